/** Modules served by the locale-parts build plugin. */
declare module 'locale-part:*' {
  const strings: Record<string, unknown>;
  export default strings;
}

/** One loader per language of the registry and part of its locale (locale-parts-plugin.ts). */
declare module 'virtual:locale-loaders' {
  import type { Language } from './languages';
  import type { LocalePart } from './locale-parts';

  export type LocaleModule = { default: Record<string, unknown> };
  export const LOCALE_LOADERS: Record<Language, Record<LocalePart, () => Promise<LocaleModule>>>;
}
