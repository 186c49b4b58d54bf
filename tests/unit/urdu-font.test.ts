// @vitest-environment node
import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { subsetUrduFont, URDU_FONT_FILE, urduCharacters } from '../../scripts/urdu-font.mjs';

const FULL_FONT = 'node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2';

/** The characters a WOFF2 font has glyphs for. */
async function charactersIn(file: string): Promise<Set<string>> {
  const sfnt = await fontverter.convert(readFileSync(file), 'sfnt');
  return new Set([...new Face(new Blob(sfnt), 0).collectUnicodes()].map((code) => String.fromCodePoint(code)));
}

/** Arabic script, its supplement and presentation forms: what Urdu text needs the Nastaliq font for. */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;

describe('the Urdu font the app ships', () => {
  let subset: Set<string>;
  let full: Set<string>;
  beforeAll(async () => {
    await subsetUrduFont();
    // One at a time: decoded together, the two fonts came back mixed up.
    subset = await charactersIn(URDU_FONT_FILE);
    full = await charactersIn(FULL_FONT);
  });

  it('has every character of the Urdu text that the full font has, and both kinds of digits it has', () => {
    const needed = [...urduCharacters()].filter((character) => full.has(character));
    expect(needed.length).toBeGreaterThan(40);
    expect(needed.filter((character) => !subset.has(character))).toEqual([]);
    expect([...'۰۱۲۳۴۵۶۷۸۹'].every((digit) => subset.has(digit))).toBe(true);
  });

  it('leaves to the next font only characters outside the Arabic script (Latin codes, ASCII punctuation)', () => {
    const fallBack = [...urduCharacters()].filter((character) => !full.has(character));
    expect(fallBack.filter((character) => ARABIC_SCRIPT.test(character))).toEqual([]);
  });

  it('holds nothing the app does not use', () => {
    const unused = [...subset].filter((character) => !urduCharacters().includes(character) && ARABIC_SCRIPT.test(character));
    expect(unused).toEqual([]);
  });

  it('is at most 110 kB, against 159 kB for the whole font', () => {
    expect(readFileSync(URDU_FONT_FILE).length).toBeLessThanOrEqual(110_000);
    expect(readFileSync(FULL_FONT).length).toBeGreaterThan(150_000);
  });
});
