import { IsolatedText } from '../../../components/IsolatedText';
import { rateSourceId, type DataRate } from '../../../content/data-rates';
import { LANGUAGES } from '../../../i18n/languages';
import { useAppText } from '../../../i18n/app-text';
import { formatNumber } from '../../../lib/format-number';
import { Provenance } from './Provenance';

/** The locale key and figures of a rate as the sources page states it. */
function rateText(rate: DataRate): { key: string; min: number; max: number } {
  if (rate.kind === 'oneOff') return { key: 'sources.rates.once', min: rate.oneOffMb.min, max: rate.oneOffMb.max };
  const key = rate.minMbPerHour === rate.maxMbPerHour ? 'sources.rates.perHourExact' : 'sources.rates.perHour';
  return { key, min: rate.minMbPerHour, max: rate.maxMbPerHour };
}

/** One of the data budget's figures, with its sources. */
export function RateEntry({ rate }: { readonly rate: DataRate }) {
  const { t, language } = useAppText();
  const locale = LANGUAGES[language].htmlLang;
  const { key, min, max } = rateText(rate);
  return (
    <li className="source-entry" data-source-of={rateSourceId(rate.id)} tabIndex={-1}>
      <p className="source-fact">
        <IsolatedText>
          {t(key, { activity: t(`tools.budget.activities.${rate.id}`), min: formatNumber(min, locale), max: formatNumber(max, locale) })}
        </IsolatedText>
      </p>
      <Provenance sources={rate.source} verified={rate.verified} confidence={rate.confidence} />
    </li>
  );
}
