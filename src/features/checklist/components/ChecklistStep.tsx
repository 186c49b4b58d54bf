import { useTranslation } from 'react-i18next';
import { FactList } from '../../../components/FactList';
import { IsolatedText } from '../../../components/IsolatedText';
import type { ChecklistStepId } from '../../../data/checklist-steps';
import { STEP_FACTS } from '../../../data/step-facts';
import { stepTextKey } from '../../../data/step-text';

export function ChecklistStep({ step }: { step: ChecklistStepId }) {
  const { t } = useTranslation();
  const key = stepTextKey(step);
  return (
    <li className="checklist-step" data-step={step}>
      <h2 className="heading-s">
        <IsolatedText>{t(`${key}.title`)}</IsolatedText>
      </h2>
      <p>
        <IsolatedText>{t(`${key}.body`)}</IsolatedText>
      </p>
      <FactList facts={STEP_FACTS[step] ?? []} />
    </li>
  );
}
