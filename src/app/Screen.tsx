import { QuestionPage } from '../features/wizard/components/QuestionPage';
import { StartPage } from '../features/wizard/components/StartPage';
import type { StepId } from '../journey/steps';
import { ChecklistScreen } from './ChecklistScreen';
import { identifierChecker, questionHelp } from './later-screens';

/** The screen for a step. */
export function Screen({ step }: { step: StepId }) {
  if (step === 'start') return <StartPage />;
  if (step === 'checklist') return <ChecklistScreen />;
  return <QuestionPage question={step} Help={questionHelp.Deferred} Checker={identifierChecker.Deferred} />;
}
