import type { Language } from './languages';
import type { LocalePart } from './locale-parts';

export type LocaleModule = { default: Record<string, unknown> };

/**
 * One chunk per language and part: only the language in use is downloaded, its result part later.
 * Kept apart from i18n.ts (and i18next) so start-up can ask for a locale before the library arrives.
 */
export const LOCALE_LOADERS: Record<Language, Record<LocalePart, () => Promise<LocaleModule>>> = {
  en: { core: () => import('locale-part:en/core'), result: () => import('locale-part:en/result') },
  zh: { core: () => import('locale-part:zh/core'), result: () => import('locale-part:zh/result') },
  ur: { core: () => import('locale-part:ur/core'), result: () => import('locale-part:ur/result') },
};
