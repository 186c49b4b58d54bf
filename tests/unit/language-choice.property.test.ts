import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../../src/i18n/languages';

/** What the strings of each language do in the case being run: arrive when the scheduler lets them, or fail. */
const network: { scheduler?: fc.Scheduler; offline: ReadonlySet<Language> } = { offline: new Set() };

vi.mock('virtual:locale-loaders', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:locale-loaders')>();
  const delayed = (language: Language, load: () => Promise<{ default: Record<string, unknown> }>) => async () => {
    if (network.scheduler) await network.scheduler.schedule(Promise.resolve(), `${language} strings`);
    if (network.offline.has(language)) throw new Error('offline');
    return load();
  };
  const loaders = Object.fromEntries(
    Object.entries(real.LOCALE_LOADERS).map(([language, parts]) => [
      language,
      { core: delayed(language as Language, parts.core), result: delayed(language as Language, parts.result) },
    ]),
  );
  return { LOCALE_LOADERS: loaders };
});

/** Lets every promise that can settle now settle, so the next tap comes after what has already happened. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A fresh app's language modules: nothing fetched yet, the first language shown. */
async function freshApp(first: Language) {
  vi.resetModules();
  localStorage.clear();
  network.scheduler = undefined;
  network.offline = new Set();
  const preferences = await import('../../src/stores/preferences');
  const { i18n } = await import('../../src/i18n/i18n');
  expect(await preferences.chooseLanguage(first)).toBe('shown');
  return { ...preferences, i18n };
}

const language = fc.constantFrom(...LANGUAGE_CODES);

/** Taps on the language buttons, each after a random number of fetches have come back (or failed). */
const taps = fc.array(fc.record({ language, after: fc.nat(3) }), { minLength: 1, maxLength: 6 });

describe('language taps in any order, with strings that arrive in any order', () => {
  it('shows the last language tapped whose strings arrive, and nothing overtaken ever shows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), language, taps, fc.subarray([...LANGUAGE_CODES]), async (scheduler, first, tapped, offline) => {
        const app = await freshApp(first);
        const shownInOrder: Language[] = [];
        const unsubscribe = app.usePreferences.subscribe((state) => shownInOrder.push(state.language));
        network.scheduler = scheduler;
        // The language on screen has its strings already; the others may never arrive.
        network.offline = new Set(offline.filter((code) => code !== first));

        const results: Promise<string>[] = [];
        for (const tap of tapped) {
          for (let i = 0; i < tap.after && scheduler.count() > 0; i += 1) {
            await scheduler.waitOne();
            await settle();
          }
          results.push(app.chooseLanguage(tap.language));
          await settle();
        }
        await scheduler.waitAll();
        const outcomes = await Promise.all(results);
        unsubscribe();

        const last = tapped.length - 1;
        outcomes.forEach((outcome, index) => {
          const fails = network.offline.has(tapped[index].language);
          // A tap ends "overtaken" only when a later one came; the last tap is never overtaken.
          expect(index === last ? [fails ? 'failed' : 'shown'] : ['overtaken', fails ? 'failed' : 'shown']).toContain(outcome);
        });
        const shownTaps = tapped.filter((_, index) => outcomes[index] === 'shown').map((tap) => tap.language);
        expect(shownInOrder).toEqual(shownTaps);

        const expected = shownTaps.at(-1) ?? first;
        expect(app.usePreferences.getState().language).toBe(expected);
        expect(app.i18n.language).toBe(expected);
        expect(document.documentElement.lang).toBe(LANGUAGES[expected].htmlLang);
        expect(document.documentElement.dir).toBe(LANGUAGES[expected].dir);
        expect(JSON.parse(localStorage.getItem(app.PREFERENCES_KEY) ?? '{}').state.language).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
