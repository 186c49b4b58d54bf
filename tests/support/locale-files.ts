import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type LocaleTree = { [key: string]: LocaleTree | string };

/** A locale file as written. */
export function loadLocaleFile(language: string): LocaleTree {
  return JSON.parse(readFileSync(resolve('locales', `${language}.json`), 'utf8')) as LocaleTree;
}

/** Flattens a locale to "a.b.c" -> value. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flattenLocale(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
