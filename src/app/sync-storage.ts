import { currentStep } from '../features/wizard/machine/wizard-machine';
import type { WizardActor } from '../features/wizard/wizard-actor';
import { saveJourney } from '../stores/journey-storage';

/** Saves the answers and the current step after every change, so a reload resumes exactly. */
export function syncStorage(actor: WizardActor): () => void {
  const subscription = actor.subscribe((snapshot) => {
    saveJourney({ answers: snapshot.context.answers, step: currentStep(snapshot) });
  });
  return () => subscription.unsubscribe();
}
