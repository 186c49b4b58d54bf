import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGE_CODES } from './languages.ts';
import { LOCALE_PARTS, localePart, type LocalePart } from './locale-parts.ts';

const PREFIX = 'locale-part:';
const LOADERS_ID = 'virtual:locale-loaders';

/**
 * `LOCALE_LOADERS[language][part]`, one chunk per language and part of the registry (languages.ts):
 * only the language in use is downloaded, its result part later. Kept apart from i18next so start-up
 * can ask for a locale before the library arrives.
 */
function localeLoadersModule(): string {
  const parts = (language: string) =>
    LOCALE_PARTS.map((part) => `${part}: () => import('${PREFIX}${language}/${part}')`).join(', ');
  return `export const LOCALE_LOADERS = { ${LANGUAGE_CODES.map((code) => `${code}: { ${parts(code)} }`).join(', ')} };`;
}

/**
 * Serves `locale-part:<language>/<part>` from `locales/<language>.json`, so translators keep one file
 * per language while the app downloads it in parts (see locale-parts.ts).
 */
export function localePartsPlugin(): Plugin {
  return {
    name: 'locale-parts',
    enforce: 'pre',
    // The resolved id names the chunk: `locale-en-core-<hash>.js`.
    resolveId(source) {
      if (source === LOADERS_ID) return `\0${LOADERS_ID}`;
      return source.startsWith(PREFIX) ? `\0locale-${source.slice(PREFIX.length).replace('/', '-')}` : undefined;
    },
    load(id) {
      if (id === `\0${LOADERS_ID}`) return localeLoadersModule();
      const match = /^\0locale-([^-]+)-(.+)$/.exec(id);
      if (!match) return undefined;
      const [, language, part] = match;
      if (!(LANGUAGE_CODES as readonly string[]).includes(language) || !LOCALE_PARTS.includes(part as LocalePart)) {
        this.error(`Unknown locale part: ${language}/${part}`);
      }
      const file = resolve('locales', `${language}.json`);
      this.addWatchFile(file);
      const strings = localePart(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, part as LocalePart);
      // JSON.parse of a string literal is faster to start than the same object as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(strings))});`;
    },
  };
}
