import { currentStep } from '../journey/machine/wizard-machine';
import { sourcesFromAddress, stepFromSearch, urlForStep, withParam, withSourcesPage } from '../journey/step-url';
import type { StepId } from '../journey/steps';
import type { WizardActor } from '../stores/wizard-actor';
import { inNextTask } from '../lib/next-task';
import { ANSWERS_PARAM } from '../journey/url-params';
import { useLinkChoice } from '../stores/link-choice';
import { keepCopiesInThisEntry, tabStateWith } from '../lib/tab-memory';
import { useSourcesPage } from '../stores/sources-page';

/** Marks the entry of a sources page opened from a step: that step's own entry is just before it. */
const OVER_STEP = 'sourcesOverStep';

/**
 * The address of a step; while the person decides about a shared link, it keeps the link's answers,
 * so a reload shows the shared checklist again and asks again; with the sources page over the step,
 * it says so too.
 */
function addressFor(shownStep: StepId): string {
  const { link } = useLinkChoice.getState();
  const sources = useSourcesPage.getState();
  const step = urlForStep(shownStep);
  const address = link === null ? step : withParam(step, ANSWERS_PARAM, link);
  return sources.open ? withSourcesPage(address, sources.fact) : address;
}

const addressShown = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

/** Shows what the address says of the sources page. */
function showSourcesAsAddressSays(): void {
  useSourcesPage.setState(sourcesFromAddress(window.location.search, window.location.hash));
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
    if (addressShown() !== addressFor(shown)) {
      window.history.replaceState(tabStateWith({ step: shown }), '', addressFor(shown));
    }
  };
  showSourcesAsAddressSays();
  correctAddress();
  // The choice about a shared link made, the address stops carrying it.
  const stopChoice = useLinkChoice.subscribe(correctAddress);

  // The sources page opened or left in the app: Back leaves it, and a page opened from a step goes
  // back to that step's own entry. One the address opened (or Back and Forward) is in history already.
  let followingAddress = false;
  const stopSources = useSourcesPage.subscribe((now, before) => {
    if (followingAddress || now.open === before.open) return;
    const state = window.history.state as Record<string, unknown> | null;
    if (now.open) window.history.pushState(tabStateWith({ step: shown, [OVER_STEP]: true }), '', addressFor(shown));
    else if (state?.[OVER_STEP] === true) window.history.back();
    else window.history.replaceState(tabStateWith({ step: shown, [OVER_STEP]: false }), '', addressFor(shown));
  });

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
    followingAddress = true;
    showSourcesAsAddressSays();
    followingAddress = false;
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
    stopSources();
    window.removeEventListener('popstate', onPopState);
  };
}
