import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { LANGUAGES } from '../../../i18n/languages';
import { formatList } from '../../../lib/format-list';
import { formatNumber } from '../../../lib/format-number';
import { rateSourceId, type ActivityId } from '../../../content/data-rates';
import { SourcesLink } from '../../../components/SourcesLink';
import { budgetSentence } from '../budget-sentence';
import type { DurationEstimate } from '../data-budget';

interface Props {
  /** The data the person has, in MB. */
  readonly mb: number;
  readonly estimate: DurationEstimate;
  /** Chosen activities whose data-use figures are not confirmed: named in a note. */
  readonly unconfirmed: readonly ActivityId[];
  /** Locale keys of what the estimate leaves out for this device (a computer's background updates). */
  readonly notes: readonly string[];
  /** Locale keys of carrier billing traps to repeat next to the estimate. */
  readonly traps: readonly string[];
}

/**
 * The data budget's answer: hours as a range, one-off downloads, which figures are not confirmed,
 * and the carrier's billing traps.
 */
export function BudgetEstimate({ mb, estimate, unconfirmed, notes, traps }: Props) {
  const { t, language } = useAppText();
  const locale = LANGUAGES[language].htmlLang;
  const format = (value: number) => formatNumber(value, locale);
  const sentence = budgetSentence(mb, estimate);
  return (
    <>
      {sentence && (
        <p className="lead">
          <IsolatedText>
            {'min' in sentence
              ? t(`tools.budget.${sentence.key}`, { min: format(sentence.min), max: format(sentence.max) })
              : t(`tools.budget.${sentence.key}`)}
          </IsolatedText>
        </p>
      )}
      {estimate.oneOffMb.max > 0 && (
        <p>
          <IsolatedText>
            {t('tools.budget.oneOff', {
              min: format(estimate.oneOffMb.min),
              max: format(estimate.oneOffMb.max),
            })}
          </IsolatedText>
        </p>
      )}
      <p className="hint">
        <IsolatedText>{t('tools.budget.rangeNote')}</IsolatedText>
      </p>
      {unconfirmed.length > 0 && (
        <p className="hint">
          <IsolatedText>
            {t('tools.budget.unconfirmedRates', {
              activities: formatList(
                unconfirmed.map((id) => t(`tools.budget.activities.${id}`)),
                locale,
              ),
            })}
          </IsolatedText>{' '}
          <SourcesLink fact={rateSourceId(unconfirmed[0])}>
            <IsolatedText>{t('checklist.sourceLink')}</IsolatedText>
          </SourcesLink>
        </p>
      )}
      {notes.map((key) => (
        <p key={key} className="hint">
          <IsolatedText>{t(key)}</IsolatedText>
        </p>
      ))}
      {traps.map((key) => (
        <p key={key} className="warning-text">
          <IsolatedText>{t(key)}</IsolatedText>
        </p>
      ))}
    </>
  );
}
