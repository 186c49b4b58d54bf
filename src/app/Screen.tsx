import { lazy, Suspense } from 'react';
import { ChecklistPage } from '../features/checklist/components/ChecklistPage';
import { QuestionPage } from '../features/wizard/components/QuestionPage';
import { StartPage } from '../features/wizard/components/StartPage';
import type { StepId } from '../features/wizard/flow/questions';

const ResultTools = lazy(() => import('../features/tools/components/ResultTools'));

/** The screen for a step. */
export function Screen({ step }: { step: StepId }) {
  if (step === 'start') return <StartPage />;
  if (step === 'checklist') {
    return (
      <ChecklistPage>
        <Suspense fallback={null}>
          <ResultTools />
        </Suspense>
      </ChecklistPage>
    );
  }
  return <QuestionPage question={step} />;
}
