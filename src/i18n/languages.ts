interface LanguageInfo {
  /** The language's name in itself, the same in every locale. */
  readonly nativeName: string;
  /** The BCP 47 tag for `<html lang>`. */
  readonly htmlLang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The locale dates are written in, when not `htmlLang`'s: English as written in Pakistan, "25 November 2026". */
  readonly dateLocale?: string;
  /**
   * A web font the language's pages are set in, named as its file is (`<name>-*.woff2` in the build):
   * the page asks for it before anything else. Its `@font-face` and `:lang()` rules are in the styles.
   */
  readonly font?: string;
}

/**
 * The languages the app offers: a language is its locale file (`locales/<code>.json`) plus its entry
 * here. The build, the pre-rendered start pages and the string loaders all read this list.
 */
export const LANGUAGES = {
  en: { nativeName: 'English', htmlLang: 'en', dir: 'ltr', dateLocale: 'en-GB' },
  zh: { nativeName: '中文', htmlLang: 'zh-CN', dir: 'ltr' },
  ur: { nativeName: 'اردو', htmlLang: 'ur', dir: 'rtl', font: 'noto-nastaliq-urdu' },
} as const satisfies Record<string, LanguageInfo>;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];
export const languageInfo = (language: Language): LanguageInfo => LANGUAGES[language];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The first of the browser's preferred languages we offer (by primary subtag), else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The locale a language's dates are written in. */
export function dateLocaleOf(language: Language): string {
  const info: LanguageInfo = LANGUAGES[language];
  return info.dateLocale ?? info.htmlLang;
}
