import { useAppText } from '../i18n/app-text';
import { factById } from '../content/catalog';
import { factLink, isCopyable } from '../content/fact-link';
import { shownFact } from '../content/fact-value';
import { diallingOf } from '../lib/dialling';
import { FactCopy } from './FactCopy';
import { FactValue } from './FactValue';
import { IsolatedText } from './IsolatedText';
import { SourcesLink } from './SourcesLink';
import './fact-list.css';

/**
 * Codes, numbers and menu paths, each marked when it is not confirmed. In Chinese a menu path shows
 * its Chinese label first and the English one after it in brackets.
 */
export function FactList({ facts }: { facts: readonly string[] }) {
  const { t, language } = useAppText();
  if (facts.length === 0) return null;
  // Rendered at build time there is no navigator: nothing is dialled there.
  const dialling = diallingOf(globalThis.navigator);
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
            <FactValue value={shown.value} className={valueClass} link={factLink(fact, dialling)} />
            {isCopyable(fact) && <FactCopy value={fact.value} />}
            {shown.english !== undefined && (
              <span className="fact-english">
                <bdi dir="ltr">{t('checklist.menuInEnglish', { path: shown.english })}</bdi>
              </span>
            )}
            {shown.confidence === 'unconfirmed' && (
              <span className="fact-unconfirmed">
                {' '}
                <IsolatedText>{t(fact.kind === 'menu' ? 'checklist.unconfirmedMenu' : 'checklist.unconfirmed')}</IsolatedText>{' '}
                <SourcesLink fact={id}>
                  <IsolatedText>{t('checklist.sourceLink')}</IsolatedText>
                </SourcesLink>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
