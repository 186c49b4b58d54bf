import { describe, expect, it } from 'vitest';
import { FACTS, stepNotes, stepTextKey } from '../../src/content/catalog';
import { QUESTIONS } from '../../src/journey/flow';
import { QUESTION_IDS } from '../../src/journey/steps';
import { CHECKLIST_STEP_IDS, QUESTION_OPTIONS } from '../support/model';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { flattenLocale, loadLocaleFile } from '../support/locale-files';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
}

const locales = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, flattenLocale(loadLocaleFile(code))]));
const english = locales.en;

describe('locale files', () => {
  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('%s has exactly the English keys', (code) => {
    expect([...locales[code].keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGE_CODES)('%s has no empty or untrimmed value', (code) => {
    for (const [key, value] of locales[code]) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.trim());
    }
  });

  it.each(LANGUAGE_CODES)('%s keeps the same {{placeholders}} per key as English', (code) => {
    for (const [key, value] of english) {
      expect(placeholders(locales[code].get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });

  it.each(['zh', 'ur'])('%s is translated, not copied (fewer than 10%% of values equal English)', (code) => {
    const same = [...english].filter(([key, value]) => locales[code].get(key) === value && /[a-z]{4}/.test(value));
    expect(same.length / english.size).toBeLessThan(0.1);
  });

  it('Urdu keeps codes and numbers in Western digits so they read as dialled', () => {
    for (const [key, value] of locales.ur) expect(value, key).not.toMatch(/[۰-۹٠-٩]/);
  });

  it('has every key the screens ask for', () => {
    const needed = [
      ...QUESTION_IDS.flatMap((q) => [
        `questions.${q}.title`,
        `questions.${q}.hint`,
        `questions.${q}.summary`,
        `questions.${q}.error`,
        ...QUESTION_OPTIONS[q].map((option) => `questions.${q}.options.${option}`),
      ]),
      ...Object.entries(QUESTIONS).flatMap(([q, spec]) => ('warning' in spec ? [`questions.${q}.${spec.warning.text}`] : [])),
      ...CHECKLIST_STEP_IDS.flatMap((step) => [`${stepTextKey(step)}.title`, `${stepTextKey(step)}.body`, ...stepNotes(step)]),
      ...[...FACTS.keys()].map((fact) => `facts.${fact}`),
    ];
    for (const key of needed) expect(english.has(key), key).toBe(true);
  });

  it('has no step or fact text that nothing uses', () => {
    const usedSteps = new Set(CHECKLIST_STEP_IDS.map((step) => stepTextKey(step)));
    for (const key of english.keys()) {
      if (key.startsWith('steps.')) expect(usedSteps.has(key.replace(/\.(title|body)$/, '')), key).toBe(true);
      if (key.startsWith('facts.')) expect(FACTS.has(key.slice('facts.'.length)), key).toBe(true);
    }
  });
});
