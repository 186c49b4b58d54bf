import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { localePart, RESULT_SECTIONS } from '../../src/i18n/locale-parts';

const load = (language: string) =>
  JSON.parse(readFileSync(resolve('locales', `${language}.json`), 'utf8')) as Record<string, unknown>;

describe('locale parts', () => {
  it.each(LANGUAGE_CODES)('%s splits into two parts that together are the whole file, each section once', (language) => {
    const whole = load(language);
    const core = localePart(whole, 'core');
    const result = localePart(whole, 'result');
    expect(Object.keys(core).filter((section) => section in result)).toEqual([]);
    expect({ ...core, ...result }).toEqual(whole);
  });

  it.each(LANGUAGE_CODES)('%s has every result section, and the start page and questions in core', (language) => {
    const core = localePart(load(language), 'core');
    const result = localePart(load(language), 'result');
    expect(Object.keys(result).sort()).toEqual([...RESULT_SECTIONS].sort());
    for (const section of ['app', 'start', 'questions', 'form', 'notices', 'failure', 'nav']) {
      expect(core, section).toHaveProperty(section);
    }
  });
});
