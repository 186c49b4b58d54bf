// What the built app loads, read from the bundler's manifest (dist/.vite/manifest.json), for the
// pre-paint script to ask for at once when the page opens past the start page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const isLocale = (key) => key.startsWith('locale-');
const url = (file) => `/${file}`;

/**
 * Every script and stylesheet the app can load from its entry, one language's strings aside (those are
 * per language: `stringFiles`), less what the page already asks for (`known`).
 */
export function everythingTheAppLoads(dist, known) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const found = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || isLocale(key) || found.has(chunk.file)) return;
    found.add(chunk.file);
    for (const css of chunk.css ?? []) found.add(css);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entryKey);
  return [...found].map(url).filter((file) => !known.includes(file));
}

/**
 * Every part of a language's strings, the start-up part first: read from the build, so a part added to
 * the locales is asked for too.
 */
export function stringFiles(dist, language) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const prefix = `locale-${language}-`;
  const parts = Object.keys(manifest).filter((key) => key.startsWith(prefix));
  if (!parts.includes(`${prefix}core`)) throw new Error(`postbuild: no ${language} core strings in the build`);
  parts.sort((a, b) => Number(b === `${prefix}core`) - Number(a === `${prefix}core`));
  return parts.map((key) => url(manifest[key].file));
}
