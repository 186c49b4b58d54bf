import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The Chinese strings arrive only when a test lets them, or fail to. */
function slowChinese() {
  let release: (ok: boolean) => void = () => undefined;
  const arrival = new Promise<boolean>((resolve) => (release = resolve));
  vi.doMock('virtual:locale-loaders', async (importOriginal) => {
    const real = await importOriginal<typeof import('virtual:locale-loaders')>();
    const slow = (load: () => Promise<{ default: Record<string, unknown> }>) => async () => {
      if (!(await arrival)) throw new Error('offline');
      return load();
    };
    const { core, result } = real.LOCALE_LOADERS.zh;
    return { LOCALE_LOADERS: { ...real.LOCALE_LOADERS, zh: { core: slow(core), result: slow(result) } } };
  });
  return { arrive: () => release(true), fail: () => release(false) };
}

/** A fresh copy of the app's language modules, with the Chinese strings never fetched yet. */
async function freshApp() {
  vi.resetModules();
  const chinese = slowChinese();
  const preferences = await import('../../src/stores/preferences');
  const { i18n } = await import('../../src/i18n/i18n');
  return { ...preferences, i18n, chinese };
}

beforeEach(() => {
  vi.doUnmock('virtual:locale-loaders');
});

describe('choosing a language', () => {
  it('lets the last choice win when an earlier one arrives later', async () => {
    const { chooseLanguage, usePreferences, i18n, chinese, PREFERENCES_KEY } = await freshApp();
    const first = chooseLanguage('zh');
    const second = chooseLanguage('ur');
    expect(await second).toBe('shown');
    chinese.arrive();
    expect(await first).toBe('overtaken');
    expect(usePreferences.getState().language).toBe('ur');
    expect(i18n.language).toBe('ur');
    expect(document.documentElement.dir).toBe('rtl');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toEqual({ state: { language: 'ur' }, version: 1 });
  });

  it('keeps the language on screen when the chosen one cannot be fetched', async () => {
    const { chooseLanguage, usePreferences, i18n, chinese } = await freshApp();
    expect(await chooseLanguage('en')).toBe('shown');
    const choice = chooseLanguage('zh');
    chinese.fail();
    expect(await choice).toBe('failed');
    expect(usePreferences.getState().language).toBe('en');
    expect(i18n.language).toBe('en');
  });
});
