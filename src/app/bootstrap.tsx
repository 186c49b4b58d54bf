import type { ReactElement } from 'react';
import { stepFromSearch } from '../features/wizard/step-url';
import { WizardActorContext } from '../features/wizard/wizard-actor';
import { loadLanguage, wantResultStrings } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { decodeAnswers } from '../features/wizard/deep-link';
import { LANGUAGE_PARAM } from '../features/wizard/url-params';
import { currentStep } from '../features/wizard/machine/wizard-machine';
import { loadJourney } from '../stores/journey-storage';
import { safeStorage } from '../lib/safe-storage';
import { usePreferences } from '../stores/preferences';
import { App } from './App';
import { preloadLaterScreens } from './ChecklistScreen';
import { fetchLaterScreenCode } from './later-screen-code';
import { startWizard } from './start-wizard';
import { syncHistory } from './sync-history';
import { syncStorage } from './sync-storage';

export { fetchLaterScreenCode };

export interface Booted {
  readonly element: ReactElement;
  /** The language the app shows. */
  readonly language: Language;
  /** `freshStart` when the first screen is the start page with nothing saved and no notice. */
  readonly screen: 'freshStart' | 'other';
  /** Stops the wizard and its listeners. */
  readonly dispose: () => void;
}

/** Restores the journey and the language, and wires the wizard to history and storage. */
export async function bootstrap(): Promise<Booted> {
  const search = window.location.search;
  const { actor, notice } = startWizard(loadJourney(), stepFromSearch(search), decodeAnswers(search));
  const linkLanguage = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (isLanguage(linkLanguage)) usePreferences.getState().setLanguage(linkLanguage);
  const storageWorks = safeStorage.works();
  const stopHistory = syncHistory(actor);
  const stopStorage = syncStorage(actor);

  // A returning visitor past the start page gets later screens' code and strings at once, in parallel.
  const begun = currentStep(actor.getSnapshot()) !== 'start';
  if (begun) wantResultStrings();
  const laterScreens = begun ? fetchLaterScreenCode().catch(() => undefined) : undefined;
  let language = usePreferences.getState().language;
  if (!(await loadLanguage(language))) {
    language = DEFAULT_LANGUAGE;
    await loadLanguage(language);
  }
  // The strings came with the language; this adds the code fetched meanwhile.
  if (laterScreens) await Promise.all([laterScreens, preloadLaterScreens().catch(() => undefined)]);
  const snapshot = actor.getSnapshot();
  const freshStart =
    notice === null && currentStep(snapshot) === 'start' && Object.keys(snapshot.context.answers).length === 0;

  return {
    language,
    screen: freshStart ? 'freshStart' : 'other',
    element: (
      <WizardActorContext.Provider value={actor}>
        <App initialNotice={notice} storageWorks={storageWorks} />
      </WizardActorContext.Provider>
    ),
    dispose: () => {
      stopHistory();
      stopStorage();
      actor.stop();
    },
  };
}
