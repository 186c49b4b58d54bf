import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';

type LocaleModule = { default: Record<string, unknown> };

/** One chunk per locale: only the language in use is downloaded. */
const LOCALE_LOADERS: Record<Language, () => Promise<LocaleModule>> = {
  en: () => import('../../locales/en.json'),
  zh: () => import('../../locales/zh.json'),
  ur: () => import('../../locales/ur.json'),
};

export const i18n = i18next.createInstance();

let initialised: Promise<unknown> | undefined;

function init(): Promise<unknown> {
  initialised ??= i18n.use(initReactI18next).init({
    resources: {},
    lng: undefined,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnNull: false,
  });
  return initialised;
}

function applyDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = LANGUAGES[language].htmlLang;
  root.dir = LANGUAGES[language].dir;
}

/**
 * Loads a locale (once) and switches to it. If loading fails the current language stays, and the
 * promise resolves to false, so the page never goes blank.
 */
export async function loadLanguage(language: Language): Promise<boolean> {
  await init();
  try {
    if (!i18n.hasResourceBundle(language, 'translation')) {
      const locale = await LOCALE_LOADERS[language]();
      i18n.addResourceBundle(language, 'translation', locale.default);
    }
  } catch {
    return false;
  }
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
  return true;
}
