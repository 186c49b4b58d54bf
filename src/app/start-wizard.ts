import { createActor } from 'xstate';
import { currentStep, wizardMachine } from '../journey/machine/wizard-machine';
import { journeyPath } from '../journey/path';
import type { DecodedLink } from '../journey/links';
import type { StepInUrl } from '../journey/step-url';
import type { WizardActor } from '../stores/wizard-actor';
import type { RestoreResult, SavedJourney } from '../stores/journey-storage';

export type NoticeId = 'restoreFailed' | 'stepUnavailable' | 'linkIncomplete';

export interface StartedWizard {
  readonly actor: WizardActor;
  readonly notice: NoticeId | null;
  /** A shared link opened on a device with no other journey saved: it is kept at once, so a reload reopens it. */
  readonly keepNow: boolean;
  /** The person's own saved journey, when a shared link would replace it: they are asked which to keep. */
  readonly ownJourney: SavedJourney | null;
}

/** The journey of the person's own this device holds, when it is not the shared one. */
function ownJourneyBeside(restored: RestoreResult, shared: DecodedLink & { kind: 'answers' }): SavedJourney | null {
  if (restored.status !== 'restored') return null;
  const own = journeyPath(restored.journey.answers).active;
  const other = Object.keys(own).length > 0 && JSON.stringify(own) !== JSON.stringify(journeyPath(shared.answers).active);
  return other ? restored.journey : null;
}

/**
 * Creates the wizard from a shared link, or from what was saved and where the address points. A step
 * the answers cannot reach opens the furthest step they can, with a notice.
 */
export function startWizard(restored: RestoreResult, inUrl: StepInUrl, link: DecodedLink = { kind: 'none' }): StartedWizard {
  // A shared link is what the person asked to open: it is shown, and kept unless it would replace a
  // journey of the person's own (that one stays saved).
  if (link.kind === 'answers') {
    const actor = createActor(wizardMachine, { input: { answers: link.answers, done: link.done, fixedBy: link.fixedBy } }).start();
    actor.send({ type: 'RESUME' });
    const ownJourney = ownJourneyBeside(restored, link);
    return { actor, notice: link.complete ? null : 'linkIncomplete', keepNow: ownJourney === null, ownJourney };
  }
  const saved: Partial<SavedJourney> = restored.status === 'restored' ? restored.journey : {};
  const actor = createActor(wizardMachine, { input: { answers: saved.answers, done: saved.done, fixedBy: saved.fixedBy } }).start();
  let notice: NoticeId | null = restored.status === 'discarded' ? 'restoreFailed' : null;
  if (inUrl.kind === 'unknown') {
    actor.send({ type: 'RESUME' });
    notice ??= 'stepUnavailable';
  } else if (inUrl.kind === 'step' && inUrl.step !== 'start') {
    actor.send({ type: 'GO_TO', step: inUrl.step });
    if (currentStep(actor.getSnapshot()) !== inUrl.step) notice ??= 'stepUnavailable';
  }
  return { actor, notice, keepNow: false, ownJourney: null };
}
