import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { factById, STEPS, stepFacts, stepNotes, stepTextKey } from '../../src/content/catalog';
import { shownFact } from '../../src/content/fact-value';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { checklistAsText } from '../../src/outcome/checklist-text';
import { loadLocaleFile } from '../support/locale-files';

const LINK = 'https://example.test/?a=2.x';
const translators = new Map<string, TFunction>();

beforeAll(async () => {
  for (const language of LANGUAGE_CODES) {
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation: loadLocaleFile(language) } }, interpolation: { escapeValue: false } });
    translators.set(language, instance.t);
  }
});

describe.each(LANGUAGE_CODES)('the checklist as copied and shared text, in %s', (language) => {
  const textOf = (steps: readonly string[]) => checklistAsText(translators.get(language)!, language, steps, LINK);
  const t = (key: string) => translators.get(language)!(key);

  it.each([...STEPS.keys()])('%s keeps its text, its notes and each code’s not-confirmed note', (step) => {
    const text = textOf([step]);
    expect(text).toContain(`1. ${t(`${stepTextKey(step)}.title`)}`);
    // A step's text and notes carry the hedges of the entries they rest on (hedges.test.ts).
    expect(text).toContain(t(`${stepTextKey(step)}.body`));
    for (const note of stepNotes(step)) expect(text).toContain(t(note));
    const lines = text.split('\n');
    for (const id of stepFacts(step)) {
      const shown = shownFact(factById(id), language);
      const line = lines.find((row) => row.includes(`${t(`facts.${id}`)} ${shown.value}`));
      expect(line, id).toBeDefined();
      expect(line!.endsWith(`(${t('checklist.unconfirmedShort')})`), id).toBe(shown.confidence === 'unconfirmed');
    }
  });

  it('numbers the steps in order, and ends with the link', () => {
    const lines = textOf(['ptaCheckStatus', 'zongBalanceSave']).split('\n');
    expect(lines[0]).toBe(t('checklist.title'));
    expect(lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.split('. ')[0])).toEqual(['1', '2']);
    expect(lines.at(-1)).toBe(LINK);
  });
});

describe('the copied text in English', () => {
  const text = (steps: readonly string[]) => checklistAsText(translators.get('en')!, 'en', steps, LINK);

  it('says a third-party claim in a step’s text is not confirmed', () => {
    expect(text(['zongBalanceSave'])).toMatch(/not confirmed|could not confirm/i);
  });

  it('keeps a network’s “no APN found” note', () => {
    expect(text(['fixMissingIosApnOnic'])).toContain('We found no APN for Onic.');
  });

  it('marks an APN from third-party lists as not confirmed', () => {
    expect(text(['apnZong'])).toContain('APN: zonginternet (not confirmed)');
  });
});
