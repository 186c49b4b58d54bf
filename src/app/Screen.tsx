import { Suspense } from 'react';
import { Loading } from '../components/Loading';
import { StartPage } from '../features/wizard/components/StartPage';
import type { StepId } from '../journey/steps';
import { ChecklistScreen } from './ChecklistScreen';
import { identifierChecker, questionHelp, questionPage } from './later-screens';

/** The screen for a step. */
export function Screen({ step }: { step: StepId }) {
  if (step === 'start') return <StartPage />;
  if (step === 'checklist') return <ChecklistScreen />;
  return (
    <Suspense fallback={<Loading />}>
      <questionPage.Deferred question={step} Help={questionHelp.Deferred} Checker={identifierChecker.Deferred} />
    </Suspense>
  );
}
