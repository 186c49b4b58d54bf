import { useId, useState, type FormEvent } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { Checkboxes } from '../../../components/Checkboxes';
import { choiceId } from '../../../components/ChoiceList';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { DATA_RATES, type ActivityId } from '../../../content/data-rates';
import { estimateDuration, parseDataAmount, unconfirmedActivities, type DataAmountError, type DataUnit, type DurationEstimate } from '../data-budget';
import { BudgetEstimate } from './BudgetEstimate';
import { TextField } from './TextField';

type BudgetError = DataAmountError | 'noActivity';

interface Props {
  /** Locale keys of what the estimate leaves out for the connecting device. */
  readonly notes?: readonly string[];
  /** Locale keys of carrier billing traps to repeat next to the estimate. */
  readonly traps: readonly string[];
}

/** How long the data lasts for chosen activities, as a range: sources disagree on data-use rates. */
export function DataBudget({ notes = [], traps }: Props) {
  const { t } = useAppText();
  const id = useId();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<DataUnit>('GB');
  const [activities, setActivities] = useState<ActivityId[]>([]);
  const [errors, setErrors] = useState<BudgetError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [estimate, setEstimate] = useState<{ mb: number; duration: DurationEstimate; unconfirmed: ActivityId[] } | null>(null);

  const amountId = `${id}-amount`;
  const message = (error: BudgetError) => t(`tools.budget.errors.${error}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDataAmount(amount, unit);
    const found: BudgetError[] = [];
    if (!parsed.ok) found.push(parsed.error);
    if (activities.length === 0) found.push('noActivity');
    setErrors(found);
    if (found.length > 0) setAttempt((n) => n + 1);
    setEstimate(
      parsed.ok && found.length === 0
        ? { mb: parsed.mb, duration: estimateDuration(parsed.mb, activities), unconfirmed: unconfirmedActivities(activities) }
        : null,
    );
  }

  const amountError = errors.find((error) => error !== 'noActivity');
  const activityError = errors.includes('noActivity');
  const summary = errors.map((error) => ({
    message: message(error),
    // GOV.UK links a group's error to its first option.
    targetId: error === 'noActivity' ? choiceId(id, DATA_RATES[0].id) : amountId,
  }));

  return (
    <section className="tool" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="heading-s">
        {t('tools.budget.title')}
      </h3>
      {errors.length > 0 && <ErrorSummary errors={summary} attempt={attempt} headingLevel={4} />}
      <form noValidate onSubmit={submit}>
        <TextField
          id={amountId}
          label={t('tools.budget.amountLabel')}
          hint={t('tools.budget.amountHint')}
          error={amountError ? message(amountError) : null}
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
        <Checkboxes
          id={`${id}-activities`}
          idPrefix={id}
          legend={t('tools.budget.activitiesLegend')}
          error={activityError ? message('noActivity') : null}
          choices={DATA_RATES.map((rate) => ({ value: rate.id, label: t(`tools.budget.activities.${rate.id}`) }))}
          checked={activities}
          onChange={setActivities}
        />
        <button type="submit" className="button">
          {t('tools.budget.calculate')}
        </button>
      </form>
      <div role="status" className="budget-result">
        {estimate && <BudgetEstimate mb={estimate.mb} estimate={estimate.duration} unconfirmed={estimate.unconfirmed} notes={notes} traps={traps} />}
      </div>
    </section>
  );
}
