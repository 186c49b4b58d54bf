import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALE_PARTS, localePart, type LocalePart } from './locale-parts.ts';

const PREFIX = 'locale-part:';

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
      return source.startsWith(PREFIX) ? `\0locale-${source.slice(PREFIX.length).replace('/', '-')}` : undefined;
    },
    load(id) {
      const match = /^\0locale-([^-]+)-(.+)$/.exec(id);
      if (!match) return undefined;
      const [, language, part] = match;
      if (!/^[a-z]{2}$/.test(language) || !LOCALE_PARTS.includes(part as LocalePart)) {
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
