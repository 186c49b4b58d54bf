import { useAppText } from '../i18n/app-text';
import { factById } from '../content/catalog';
import { factValue } from '../content/fact-value';
import { IsolatedText } from './IsolatedText';
import './fact-list.css';

/** Codes, numbers and menu paths, each marked when it is not confirmed. */
export function FactList({ facts }: { facts: readonly string[] }) {
  const { t, language } = useAppText();
  if (facts.length === 0) return null;
  return (
    <ul className="fact-list">
      {facts.map((id) => {
        const fact = factById(id);
        const value = factValue(fact, language);
        return (
          <li key={id} className="fact" data-fact={id}>
            <span className="fact-label">
              <IsolatedText>{t(`facts.${id}`)}</IsolatedText>
            </span>{' '}
            <bdi dir="ltr">
              <code className={fact.kind === 'menu' ? 'fact-value menu-path' : 'fact-value'}>{value}</code>
            </bdi>
            {fact.confidence === 'unconfirmed' && (
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
