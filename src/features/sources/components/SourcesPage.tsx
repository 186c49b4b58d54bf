import { useLayoutEffect, useRef } from 'react';
import { showNewPage } from '../../../components/heading-focus';
import { IsolatedText } from '../../../components/IsolatedText';
import { useDocumentTitle } from '../../../components/use-document-title';
import { DATA_RATES } from '../../../content/data-rates';
import { useAppText } from '../../../i18n/app-text';
import { FACT_GROUPS } from '../../../outcome/sources-view';
import { FactEntry } from './FactEntry';
import { RateEntry } from './RateEntry';
import '../sources.css';

/**
 * Where the information comes from: every fact the app shows, with its sources, the day it was
 * checked and how sure we are. Opened from a fact's note, it starts at that fact's entry.
 */
export function SourcesPage({ fact }: { readonly fact: string | null }) {
  const { t } = useAppText();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t('sources.title');
  useDocumentTitle(title);
  // In the commit that shows the page: focus, and with it the view, on the entry asked for, or the heading.
  useLayoutEffect(() => {
    const entry = fact === null ? null : document.querySelector<HTMLElement>(`[data-source-of="${CSS.escape(fact)}"]`);
    if (entry) {
      entry.focus({ preventScroll: true });
      entry.scrollIntoView({ block: 'start' });
    } else if (heading.current) showNewPage(heading.current);
  }, [fact]);
  return (
    <>
      <h1 ref={heading} className="page-heading" tabIndex={-1}>
        <IsolatedText>{title}</IsolatedText>
      </h1>
      <p className="lead">
        <IsolatedText>{t('sources.lead')}</IsolatedText>
      </p>
      <p>
        <IsolatedText>{t('sources.confidenceLead')}</IsolatedText>
      </p>
      {FACT_GROUPS.map((group) => (
        <section key={group.headingKey} className="source-group">
          <h2>
            <IsolatedText>{t(group.headingKey)}</IsolatedText>
          </h2>
          <ul className="source-entries">
            {group.facts.map((id) => (
              <FactEntry key={id} id={id} />
            ))}
          </ul>
        </section>
      ))}
      <section className="source-group">
        <h2>
          <IsolatedText>{t('sources.groups.rates', { tool: t('tools.budget.title') })}</IsolatedText>
        </h2>
        <ul className="source-entries">
          {DATA_RATES.map((rate) => (
            <RateEntry key={rate.id} rate={rate} />
          ))}
        </ul>
      </section>
    </>
  );
}
