import { useId, useState, type FormEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { IsolatedText } from '../../../components/IsolatedText';
import { DATA_RATES, type ActivityId } from '../../../data/data-rates';
import { LANGUAGES } from '../../../i18n/languages';
import { formatNumber } from '../../../lib/format-number';
import { TextField } from './TextField';
import { estimateDuration, parseDataAmount, type DataAmountError, type DataUnit, type DurationEstimate } from '../data-budget';

type BudgetError = DataAmountError | 'noActivity';

interface Props {
  /** Locale keys of carrier billing traps to repeat next to the estimate. */
  readonly traps: readonly string[];
}

/** How long the data lasts for chosen activities, as a range: sources disagree on data-use rates. */
export function DataBudget({ traps }: Props) {
  const { t, language } = useAppText();
  const id = useId();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<DataUnit>('GB');
  const [activities, setActivities] = useState<ActivityId[]>([]);
  const [errors, setErrors] = useState<BudgetError[]>([]);
  const [estimate, setEstimate] = useState<DurationEstimate | null>(null);

  const locale = LANGUAGES[language].htmlLang;
  const format = (value: number) => formatNumber(value, locale);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDataAmount(amount, unit);
    const found: BudgetError[] = [];
    if (!parsed.ok) found.push(parsed.error);
    if (activities.length === 0) found.push('noActivity');
    setErrors(found);
    setEstimate(parsed.ok && found.length === 0 ? estimateDuration(parsed.mb, activities) : null);
  }

  const amountError = errors.find((error) => error !== 'noActivity');
  const activityError = errors.includes('noActivity');

  return (
    <section className="tool" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading-m">
        {t('tools.budget.title')}
      </h2>
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h3 className="error-summary-title">{t('form.errorSummaryTitle')}</h3>
          <ul className="error-summary-list">
            {errors.map((error) => (
              <li key={error}>
                <a href={`#${id}-${error === 'noActivity' ? 'activities' : 'amount'}`}>
                  <IsolatedText>{t(`tools.budget.errors.${error}`)}</IsolatedText>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          id={`${id}-amount`}
          label={t('tools.budget.amountLabel')}
          hint={t('tools.budget.amountHint')}
          error={amountError ? t(`tools.budget.errors.${amountError}`) : null}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          inputClassName="text-input-amount"
          beside={
            <select
              className="select"
              aria-label={t('tools.budget.unitLabel')}
              value={unit}
              onChange={(event) => setUnit(event.target.value === 'MB' ? 'MB' : 'GB')}
            >
              <option value="GB">{t('tools.budget.unitGb')}</option>
              <option value="MB">{t('tools.budget.unitMb')}</option>
            </select>
          }
        />
        <fieldset id={`${id}-activities`} className={activityError ? 'field form-group-error' : 'field'}>
          <legend className="field-label">{t('tools.budget.activitiesLegend')}</legend>
          {activityError && (
            <ErrorMessage message={t('tools.budget.errors.noActivity')} />
          )}
          <div className="checkboxes">
            {DATA_RATES.map((rate) => (
              <div className="checkbox" key={rate.id}>
                <input
                  className="checkbox-input"
                  type="checkbox"
                  id={`${id}-${rate.id}`}
                  checked={activities.includes(rate.id)}
                  onChange={(event) =>
                    setActivities((current) =>
                      event.target.checked ? [...current, rate.id] : current.filter((a) => a !== rate.id),
                    )
                  }
                />
                <label className="checkbox-label" htmlFor={`${id}-${rate.id}`}>
                  <IsolatedText>{t(`tools.budget.activities.${rate.id}`)}</IsolatedText>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t('tools.budget.calculate')}
        </button>
      </form>
      <div role="status" className="budget-result">
        {estimate && (
          <>
            {estimate.maxHours === 0 ? (
              <p className="lead">
                <IsolatedText>{t('tools.budget.resultNone')}</IsolatedText>
              </p>
            ) : (
              Number.isFinite(estimate.maxHours) && (
                <p className="lead">
                  <IsolatedText>
                    {t('tools.budget.result', { min: format(estimate.minHours), max: format(estimate.maxHours) })}
                  </IsolatedText>
                </p>
              )
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
            {traps.map((key) => (
              <p key={key} className="warning-text">
                <IsolatedText>{t(key)}</IsolatedText>
              </p>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
