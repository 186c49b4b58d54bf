import { createActor } from 'xstate';
import { currentStep, wizardMachine } from '../features/wizard/machine/wizard-machine';
import type { StepInUrl } from '../features/wizard/step-url';
import type { WizardActor } from '../features/wizard/wizard-actor';
import type { RestoreResult } from '../stores/journey-storage';

export type NoticeId = 'restoreFailed' | 'stepUnavailable';

export interface StartedWizard {
  readonly actor: WizardActor;
  readonly notice: NoticeId | null;
}

/**
 * Creates the wizard from what was saved and where the address points. A step the saved answers
 * cannot reach opens the furthest step they can, with a notice.
 */
export function startWizard(restored: RestoreResult, inUrl: StepInUrl): StartedWizard {
  const answers = restored.status === 'restored' ? restored.journey.answers : {};
  const actor = createActor(wizardMachine, { input: { answers } }).start();
  let notice: NoticeId | null = restored.status === 'discarded' ? 'restoreFailed' : null;
  if (inUrl.kind === 'unknown') {
    actor.send({ type: 'RESUME' });
    notice ??= 'stepUnavailable';
  } else if (inUrl.kind === 'step' && inUrl.step !== 'start') {
    actor.send({ type: 'GO_TO', step: inUrl.step });
    if (currentStep(actor.getSnapshot()) !== inUrl.step) notice ??= 'stepUnavailable';
  }
  return { actor, notice };
}
