import { memo } from 'react';
import { useAppText } from '../i18n/app-text';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../i18n/languages';

interface Props {
  onChange: (language: Language) => void;
}

/** One button per language, each named in its own language; the current one is marked. */
export const LanguageSwitcher = memo(function LanguageSwitcher({ onChange }: Props) {
  const { t, language } = useAppText();
  return (
    <nav className="language-switcher" aria-label={t('app.languageLabel')}>
      <ul>
        {LANGUAGE_CODES.map((code) => {
          const current = language === code;
          return (
            <li key={code}>
              <button
                type="button"
                className="language-button"
                lang={LANGUAGES[code].htmlLang}
                dir={LANGUAGES[code].dir}
                aria-pressed={current}
                onClick={() => onChange(code)}
              >
                {LANGUAGES[code].nativeName}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
