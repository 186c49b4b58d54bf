import { useState, type ReactNode } from 'react';
import { useAppText } from '../../../i18n/app-text';
import { IsolatedText } from '../../../components/IsolatedText';
import { stepTextKey } from '../../../content/catalog';
import { stepAnchor } from './step-anchor';
import { StepContent } from './StepContent';

interface Props {
  step: string;
  done: boolean;
  onToggle: () => void;
  /** A tool that helps with this step, shown after its text (not printed). */
  tool?: ReactNode;
}

/**
 * One step to do. Once done it folds to its heading, with a button to open it again; printed, shared
 * and copied, it is whole.
 */
export function ChecklistStep({ step, done, onToggle, tool }: Props) {
  const { t } = useAppText();
  const [opened, setOpened] = useState(false);
  const key = stepTextKey(step);
  const title = t(`${key}.title`);
  const folded = done && !opened;
  const className = ['checklist-step', done && 'checklist-step-done', folded && 'checklist-step-folded'].filter(Boolean).join(' ');
  return (
    <li className={className} data-step={step} id={stepAnchor(step)}>
      <h2 className="heading-s" tabIndex={-1}>
        <IsolatedText>{title}</IsolatedText>
      </h2>
      {done && (
        <button
          type="button"
          className="step-fold"
          aria-expanded={!folded}
          aria-controls={`${stepAnchor(step)}-body`}
          onClick={() => setOpened(folded)}
        >
          {t(folded ? 'checklist.showStep' : 'checklist.hideStep')}{' '}
          <span className="visually-hidden">{title}</span>
        </button>
      )}
      <StepContent step={step} tool={tool} id={`${stepAnchor(step)}-body`} />
      <div className="checkbox step-tick">
        <input className="checkbox-input" type="checkbox" id={`done-${step}`} checked={done} onChange={() => {
            setOpened(false);
            onToggle();
          }} />
        <label className="checkbox-label" htmlFor={`done-${step}`}>
          {t('checklist.markDone')}{' '}
          <span className="visually-hidden">{title}</span>
        </label>
      </div>
    </li>
  );
}
