import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { LOCALE_PARTS, localePart, PAGE_ONLY_SECTIONS, PART_SECTIONS } from '../../src/i18n/locale-parts';

const load = (language: string) =>
  JSON.parse(readFileSync(resolve('locales', `${language}.json`), 'utf8')) as Record<string, unknown>;

describe('locale parts', () => {
  it.each(LANGUAGE_CODES)('%s splits into parts that together are the whole file but the pages of their own, each section once', (language) => {
    const whole = load(language);
    const app = Object.fromEntries(Object.entries(whole).filter(([section]) => !PAGE_ONLY_SECTIONS.includes(section)));
    const parts = LOCALE_PARTS.map((part) => localePart(whole, part));
    const sections = parts.flatMap((part) => Object.keys(part));
    expect(sections.sort()).toEqual(Object.keys(app).sort());
    expect(Object.assign({}, ...parts)).toEqual(app);
    // The live check page's strings are in the file, for that page only.
    expect(whole).toHaveProperty('check');
  });

  it.each(LANGUAGE_CODES)('%s: the start page and what every screen shares in core, the questions and result apart', (language) => {
    const whole = load(language);
    expect(Object.keys(localePart(whole, 'questions'))).toEqual([...PART_SECTIONS.questions]);
    expect(Object.keys(localePart(whole, 'result')).sort()).toEqual([...PART_SECTIONS.result].sort());
    const core = localePart(whole, 'core');
    for (const section of ['app', 'start', 'form', 'notices', 'failure', 'nav']) expect(core, section).toHaveProperty(section);
    expect(core).not.toHaveProperty('questions');
  });
});
