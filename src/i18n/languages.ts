export const LANGUAGE_CODES = ['en', 'zh', 'ur'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

interface LanguageInfo {
  /** The language's name in itself, the same in every locale. */
  readonly nativeName: string;
  /** The BCP 47 tag for `<html lang>`. */
  readonly htmlLang: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Record<Language, LanguageInfo> = {
  en: { nativeName: 'English', htmlLang: 'en', dir: 'ltr' },
  zh: { nativeName: '中文', htmlLang: 'zh-CN', dir: 'ltr' },
  ur: { nativeName: 'اردو', htmlLang: 'ur', dir: 'rtl' },
};

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we offer (by primary subtag), else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
