import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { IsolatedText } from '../../src/components/IsolatedText';
import { AppTextContext, appTextFor, useAppText } from '../../src/i18n/app-text';
import { i18n, loadLanguage, loadResultStrings } from '../../src/i18n/i18n';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { withPlainStrings } from '../../src/i18n/plain-strings';

/** Every string's key in a locale file, dotted. */
function leafKeys(strings: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}

function StartNow() {
  const { t, language, dir } = useAppText();
  return (
    <p data-language={language} data-dir={dir}>
      {t('start.startNow')}
    </p>
  );
}

describe('the app text', () => {
  it('gives each language its direction, and English for a language the app does not have', () => {
    const t = ((key: string) => key) as TFunction;
    expect(appTextFor(t, 'ur')).toEqual({ t, language: 'ur', dir: 'rtl' });
    expect(appTextFor(t, 'zh').dir).toBe('ltr');
    expect(appTextFor(t, 'fr')).toEqual({ t, language: 'en', dir: 'ltr' });
    expect(appTextFor(t, undefined).language).toBe('en');
  });

  it.each(LANGUAGE_CODES)('reads every %s string as i18next does, with and without options', async (language) => {
    expect(await loadLanguage(language)).toBe(true);
    await loadResultStrings(language);
    const i18nextT = i18n.getFixedT(language);
    const t = withPlainStrings(i18nextT, language);
    const keys = leafKeys(JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')) as Record<string, unknown>);
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(t(key), key).toBe(i18nextT(key));
    const withOptions = { done: 2, total: 5, date: '1 Dec', link: 'https://example.org', min: '1', max: '2', name: 'x' };
    for (const key of keys) expect(t(key, withOptions), key).toBe(i18nextT(key, withOptions));
    expect(t('no.such.key')).toBe(i18nextT('no.such.key'));
  });

  it('is what the app provides, for every part inside it', () => {
    const t = ((key: string) => `[${key}]`) as TFunction;
    render(
      <AppTextContext.Provider value={appTextFor(t, 'ur')}>
        <StartNow />
        <p data-testid="isolated">
          <IsolatedText>{'*102# ڈائل کریں'}</IsolatedText>
        </p>
      </AppTextContext.Provider>,
    );
    const line = screen.getByText('[start.startNow]');
    expect(line).toHaveAttribute('data-language', 'ur');
    expect(line).toHaveAttribute('data-dir', 'rtl');
    expect(screen.getByTestId('isolated').querySelector('bdi[dir="ltr"]')).toHaveTextContent('*102#');
  });

  it('falls back to the language i18next has, for a part rendered on its own', async () => {
    expect(await loadLanguage('zh')).toBe(true);
    render(<StartNow />);
    const line = screen.getByText('立即开始');
    expect(line).toHaveAttribute('data-language', 'zh');
    expect(line).toHaveAttribute('data-dir', 'ltr');
  });
});
