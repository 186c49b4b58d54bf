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

/** A language's strings: the start-up part, then the parts the questions and the checklist need. */
export function stringFiles(dist, language) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  return ['core', 'questions', 'result'].map((part) => {
    const chunk = manifest[`locale-${language}-${part}`];
    if (!chunk) throw new Error(`postbuild: no ${language} ${part} strings in the build`);
    return url(chunk.file);
  });
}
