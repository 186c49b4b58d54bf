import { useAppText } from '../i18n/app-text';
import { factById } from '../content/catalog';
import { shownFact } from '../content/fact-value';
import { IsolatedText } from './IsolatedText';
import './fact-list.css';

/**
 * Codes, numbers and menu paths, each marked when it is not confirmed. In Chinese a menu path shows
 * its Chinese label first and the English one after it in brackets.
 */
export function FactList({ facts }: { facts: readonly string[] }) {
  const { t, language } = useAppText();
  if (facts.length === 0) return null;
  return (
    <ul className="fact-list">
      {facts.map((id) => {
        const fact = factById(id);
        const shown = shownFact(fact, language);
        const valueClass = fact.kind === 'menu' ? 'fact-value menu-path' : 'fact-value';
        return (
          <li key={id} className="fact" data-fact={id}>
            <span className="fact-label">
              <IsolatedText>{t(`facts.${id}`)}</IsolatedText>
            </span>{' '}
            <bdi dir="ltr">
              <code className={valueClass}>{shown.value}</code>
            </bdi>
            {shown.english !== undefined && (
              <span className="fact-english">
                <bdi dir="ltr">{t('checklist.menuInEnglish', { path: shown.english })}</bdi>
              </span>
            )}
            {shown.confidence === 'unconfirmed' && (
              <span className="fact-unconfirmed">
                {' '}
                <IsolatedText>{t(fact.kind === 'menu' ? 'checklist.unconfirmedMenu' : 'checklist.unconfirmed')}</IsolatedText>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
