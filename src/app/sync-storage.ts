import { currentStep } from '../journey/machine/wizard-machine';
import type { WizardActor } from '../stores/wizard-actor';
import { saveJourney, type SavedJourney } from '../stores/journey-storage';
import { useLinkChoice } from '../stores/link-choice';

/**
 * Saves the answers and the current step after every change, so a reload resumes exactly. The write
 * waits until the new screen has been painted, keeping it off the click-to-paint path. `saveAtOnce`
 * saves the journey as it starts, too (a shared link opened on this device).
 */
export function syncStorage(actor: WizardActor, { saveAtOnce = false } = {}): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    pending = undefined;
    // The person's own journey stays as it is saved while they decide about a shared link.
    if (useLinkChoice.getState().own !== null) return;
    const snapshot = actor.getSnapshot();
    const { answers, done, fixedBy } = snapshot.context;
    saveJourney({ answers, step: currentStep(snapshot), done: done as SavedJourney['done'], ...(fixedBy === null ? {} : { fixedBy }) });
  };
  if (saveAtOnce) save();
  const subscription = actor.subscribe(() => {
    if (pending === undefined) pending = setTimeout(save, 50);
  });
  // Keeping the shared link saves it at once.
  const stopChoice = useLinkChoice.subscribe((choice, before) => {
    if (before.own !== null && choice.own === null) save();
  });
  // Leaving the page must not lose the last answer.
  const flush = () => {
    if (pending !== undefined) {
      clearTimeout(pending);
      save();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    subscription.unsubscribe();
    stopChoice();
    window.removeEventListener('pagehide', flush);
  };
}
