import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { i18n } from './i18n';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './languages';

/** The language on screen, its direction and its translate function. */
export interface AppText {
  readonly t: TFunction;
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Provided once by the app, which alone subscribes to language changes. The many components that
 * show text read this context: react-i18next's hook checks the loaded namespaces on every render and
 * copies the i18next instance on every mount, about 4 ms a step at 4x CPU across a question page.
 */
export const AppTextContext = createContext<AppText | null>(null);

export function appTextFor(t: TFunction, language: string | undefined): AppText {
  const shown = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  return { t, language: shown, dir: LANGUAGES[shown].dir };
}

/** The app's text; a part rendered on its own gets the language i18next has now. */
export function useAppText(): AppText {
  return useContext(AppTextContext) ?? appTextFor(i18n.getFixedT(i18n.language), i18n.language);
}
