import { memo } from 'react';
import { useAppText } from '../i18n/app-text';
import { LANGUAGE_CODES, LANGUAGES, type Language } from '../i18n/languages';
import { LANGUAGE_PARAM } from '../journey/url-params';

interface Props {
  onChange: (language: Language) => void;
}

/**
 * One link per language, each named in its own language; the current one is marked. A real link, so a
 * tap before the app's code has arrived still works: it loads the start page in that language. Once
 * the app runs, it switches the language in place instead, where the person is.
 */
export const LanguageSwitcher = memo(function LanguageSwitcher({ onChange }: Props) {
  const { t, language } = useAppText();
  return (
    <nav className="language-switcher" aria-label={t('app.languageLabel')}>
      <ul>
        {LANGUAGE_CODES.map((code) => (
          <li key={code}>
            <a
              className="language-button"
              href={`?${LANGUAGE_PARAM}=${code}`}
              hrefLang={LANGUAGES[code].htmlLang}
              lang={LANGUAGES[code].htmlLang}
              dir={LANGUAGES[code].dir}
              aria-current={language === code ? 'true' : undefined}
              onClick={(click) => {
                click.preventDefault();
                onChange(code);
              }}
            >
              {LANGUAGES[code].nativeName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
