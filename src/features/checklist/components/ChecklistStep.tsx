import { useAppText } from '../../../i18n/app-text';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import { stepFacts, stepNotes, stepTextKey } from '../../../content/catalog';

interface Props {
  step: string;
  done: boolean;
  onToggle: () => void;
}

export function ChecklistStep({ step, done, onToggle }: Props) {
  const { t } = useAppText();
  const key = stepTextKey(step);
  const title = t(`${key}.title`);
  return (
    <li className={done ? 'checklist-step checklist-step-done' : 'checklist-step'} data-step={step}>
      <h2 className="heading-s">
        <IsolatedText>{title}</IsolatedText>
      </h2>
      <p>
        <IsolatedText>{t(`${key}.body`)}</IsolatedText>
      </p>
      {stepNotes(step).map((note) => (
        <p key={note}>
          <IsolatedText>{t(note)}</IsolatedText>
        </p>
      ))}
      <FactList facts={stepFacts(step)} />
      <div className="checkbox step-tick">
        <input className="checkbox-input" type="checkbox" id={`done-${step}`} checked={done} onChange={onToggle} />
        <label className="checkbox-label" htmlFor={`done-${step}`}>
          {t('checklist.markDone')}{' '}
          <span className="visually-hidden">{title}</span>
        </label>
      </div>
    </li>
  );
}
