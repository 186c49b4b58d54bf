// The Urdu font the app ships: Noto Nastaliq Urdu cut down, at build time, to the characters the app's
// Urdu text uses (and both kinds of digits a person may type). The whole font is 159 KB; the subset is
// about 106 KB, and it keeps the font's shaping rules for every character it holds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2');
export const URDU_FONT_FILE = join(ROOT, 'src/styles/generated/noto-nastaliq-urdu-app.woff2');
const DIGITS = '0123456789۰۱۲۳۴۵۶۷۸۹';

/** Every character of the Urdu locale's strings, and the digits. */
export function urduCharacters() {
  const characters = new Set(DIGITS);
  const collect = (value) => {
    if (typeof value === 'string') for (const character of value) characters.add(character);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(JSON.parse(readFileSync(join(ROOT, 'locales/ur.json'), 'utf8')));
  return [...characters].sort().join('');
}

/** Writes the subset, unless the one on disk was made from the same font and the same text. */
export async function subsetUrduFont() {
  const font = readFileSync(SOURCE);
  const text = urduCharacters();
  const hash = createHash('sha256').update(font).update(text).digest('hex');
  const hashFile = `${URDU_FONT_FILE}.source-hash`;
  if (existsSync(URDU_FONT_FILE) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) return;
  const subset = await subsetFont(font, text, { targetFormat: 'woff2' });
  mkdirSync(dirname(URDU_FONT_FILE), { recursive: true });
  writeFileSync(URDU_FONT_FILE, subset);
  writeFileSync(hashFile, hash);
}

/** Makes the subset before Vite reads the stylesheet that names it, in development and in the build. */
export function urduFontPlugin() {
  return { name: 'urdu-font-subset', buildStart: subsetUrduFont };
}
