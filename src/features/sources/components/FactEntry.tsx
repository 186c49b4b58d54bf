import { FactValue } from '../../../components/FactValue';
import { IsolatedText } from '../../../components/IsolatedText';
import { factById } from '../../../content/catalog';
import { shownFact } from '../../../content/fact-value';
import { useAppText } from '../../../i18n/app-text';
import { provenanceOf } from '../../../outcome/sources-view';
import { Provenance } from './Provenance';

/**
 * A fact's name on this page. Beside a step, a menu path is named by what to do ("Open:"); here,
 * away from its step, by the phone and the setting it leads to.
 */
const labelKey = (id: string, kind: string) => (kind === 'menu' ? `sources.menus.${id}` : `facts.${id}`);

/** One fact as the app shows it, with its provenance (in Chinese, its Chinese labels' too). */
export function FactEntry({ id }: { readonly id: string }) {
  const { t, language } = useAppText();
  const fact = factById(id);
  const shown = shownFact(fact, language);
  const provenances = provenanceOf(fact, language);
  return (
    <li className="source-entry" data-source-of={id} tabIndex={-1}>
      <p className="source-fact">
        <IsolatedText>{t(labelKey(id, fact.kind))}</IsolatedText>{' '}
        <FactValue value={shown.value} className="fact-value" link={undefined} />
        {shown.english !== undefined && <bdi dir="ltr">{t('checklist.menuInEnglish', { path: shown.english })}</bdi>}
      </p>
      {provenances.map((provenance, index) => (
        <Provenance
          key={index}
          sources={[provenance.source]}
          verified={provenance.verified}
          confidence={provenance.confidence}
          heading={provenances.length > 1 ? t(index === 0 ? 'sources.englishLabels' : 'sources.chineseLabels') : undefined}
        />
      ))}
    </li>
  );
}
