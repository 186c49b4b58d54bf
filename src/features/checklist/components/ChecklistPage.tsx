import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IsolatedText } from '../../../components/IsolatedText';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useWizard } from '../../wizard/wizard-actor';
import { buildChecklist } from '../build-checklist';
import { AnswerSummary } from './AnswerSummary';
import { ChecklistStep } from './ChecklistStep';

const FIRST_PAINT_STEPS = 4;

export function ChecklistPage() {
  const { t } = useTranslation();
  const answers = useWizard((snapshot) => snapshot.context.answers);
  const steps = useMemo(() => buildChecklist(answers), [answers]);
  // The first steps paint at once; the rest follow in a background render a moment later.
  const firstSteps = useMemo(() => steps.slice(0, FIRST_PAINT_STEPS), [steps]);
  const shownSteps = useDeferredValue(steps, firstSteps);
  const title = t('checklist.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>
        <IsolatedText>{title}</IsolatedText>
      </PageHeading>
      <p className="lead">
        <IsolatedText>{t('checklist.lead')}</IsolatedText>
      </p>
      <ol className="checklist">
        {shownSteps.map((step) => (
          <ChecklistStep key={step} step={step} />
        ))}
      </ol>
      <AnswerSummary />
    </>
  );
}
