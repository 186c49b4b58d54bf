import { IsolatedText } from '../../../components/IsolatedText';
import type { Confidence, IsoDate } from '../../../content/fact-types';
import { describeSource, siteOf } from '../../../content/source-description';
import { dateLocaleOf } from '../../../i18n/languages';
import { useAppText } from '../../../i18n/app-text';
import { formatDay } from '../../../lib/format-day';

interface Props {
  /** The fact's sources, each as the data holds it: an address, or a note naming the fact sheet. */
  readonly sources: readonly string[];
  readonly verified: IsoDate;
  readonly confidence: Confidence;
  /** What these labels are, when a fact has more than one provenance (its Chinese labels). */
  readonly heading?: string;
}

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** How sure we are of a fact, the day it was checked, and where it comes from. */
export function Provenance({ sources, verified, confidence, heading }: Props) {
  const { t, language } = useAppText();
  const described = sources.map(describeSource);
  const links = described.flatMap((source) => source.links);
  const bases = new Set(described.map((source) => source.basis).filter((basis) => basis !== 'page'));
  const sections = described.flatMap((source) => (source.sheetSection === null ? [] : [source.sheetSection]));
  return (
    <div className="provenance">
      {heading !== undefined && (
        <p className="provenance-heading">
          <IsolatedText>{heading}</IsolatedText>
        </p>
      )}
      <p className={`confidence confidence-${confidence}`}>
        <IsolatedText>
          {t('sources.status', {
            confidence: t(`sources.confidence.${confidence}`),
            date: formatDay(verified, dateLocaleOf(language)),
          })}
        </IsolatedText>
      </p>
      {[...bases].map((basis) => (
        <p key={basis}>
          <IsolatedText>{t(`sources.basis.${basis}`)}</IsolatedText>
        </p>
      ))}
      {sections.map((section) => (
        <p key={section}>
          <IsolatedText>{t('sources.notes', { section })}</IsolatedText>
        </p>
      ))}
      {links.length > 0 && (
        <ul className="source-links">
          {links.map((link) => (
            <li key={link}>
              <bdi dir="ltr">
                <a href={link} {...NEW_TAB}>
                  {siteOf(link)}
                </a>
              </bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
