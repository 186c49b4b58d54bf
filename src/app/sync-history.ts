import { currentStep } from '../journey/machine/wizard-machine';
import { stepFromSearch, urlForStep } from '../journey/step-url';
import type { StepId } from '../journey/steps';
import type { WizardActor } from '../stores/wizard-actor';
import { inNextTask } from '../lib/next-task';
import { ANSWERS_PARAM } from '../journey/url-params';
import { useLinkChoice } from '../stores/link-choice';
import { keepCopiesInThisEntry, tabStateWith } from '../lib/tab-memory';

/**
 * The address of a step; while the person decides about a shared link, it keeps the link's answers,
 * so a reload shows the shared checklist again and asks again.
 */
function addressFor(step: StepId): string {
  const { link } = useLinkChoice.getState();
  const address = urlForStep(step);
  return link === null ? address : `${address}${address.includes('?') ? '&' : '?'}${ANSWERS_PARAM}=${encodeURIComponent(link)}`;
}

/** Whether the address bar already shows this step (Back and Forward move it before the wizard). */
function addressShows(step: StepId): boolean {
  const inUrl = stepFromSearch(window.location.search);
  return inUrl.kind === 'step' ? inUrl.step === step : inUrl.kind === 'none' && step === 'start';
}

/**
 * Keeps the address bar and the browser's Back and Forward in step with the wizard: each new step
 * is a history entry, and moving through history asks the machine to go there (it refuses steps
 * the answers cannot reach, and the address is corrected).
 */
export function syncHistory(actor: WizardActor): () => void {
  let shown = currentStep(actor.getSnapshot());
  // Only when the address says something else (a link, an unknown step): replacing costs a few
  // milliseconds at start-up.
  const correctAddress = () => {
    if (`${window.location.pathname}${window.location.search}` !== addressFor(shown)) {
      window.history.replaceState(tabStateWith({ step: shown }), '', addressFor(shown));
    }
  };
  correctAddress();
  // The choice about a shared link made, the address stops carrying it.
  const stopChoice = useLinkChoice.subscribe(correctAddress);

  const pendingPushes = new Set<() => void>();
  const subscription = actor.subscribe((snapshot) => {
    const step = currentStep(snapshot);
    if (step === shown) return;
    shown = step;
    // A history entry is added in a task of its own, after the step's, unless the person has moved on
    // by then. Back and Forward have moved the address already, so only the person's own moves add
    // one; reading the address waits too.
    const cancel = inNextTask(() => {
      pendingPushes.delete(cancel);
      if (currentStep(actor.getSnapshot()) === step && !addressShows(step)) {
        window.history.pushState(tabStateWith({ step }), '', addressFor(step));
      }
    });
    pendingPushes.add(cancel);
  });

  const onPopState = () => {
    const inUrl = stepFromSearch(window.location.search);
    const wanted = inUrl.kind === 'step' ? inUrl.step : 'start';
    actor.send({ type: 'GO_TO', step: wanted });
    const landed = currentStep(actor.getSnapshot());
    if (landed !== wanted) window.history.replaceState(tabStateWith({ step: landed }), '', addressFor(landed));
    // The entry Back or Forward lands on holds older copies of what is saved: a reload there loses nothing.
    else keepCopiesInThisEntry();
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    for (const cancel of pendingPushes) cancel();
    subscription.unsubscribe();
    stopChoice();
    window.removeEventListener('popstate', onPopState);
  };
}
