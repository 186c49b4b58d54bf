import type { ReactElement } from 'react';
import { stepFromSearch } from '../features/wizard/step-url';
import { WizardActorContext } from '../features/wizard/wizard-actor';
import { loadLanguage } from '../i18n/i18n';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { loadJourney } from '../stores/journey-storage';
import { usePreferences } from '../stores/preferences';
import { App } from './App';
import { startWizard } from './start-wizard';
import { syncHistory } from './sync-history';
import { syncStorage } from './sync-storage';

export interface Booted {
  readonly element: ReactElement;
  /** Stops the wizard and its listeners. */
  readonly dispose: () => void;
}

/** Restores the journey and the language, and wires the wizard to history and storage. */
export async function bootstrap(): Promise<Booted> {
  const { actor, notice } = startWizard(loadJourney(), stepFromSearch(window.location.search));
  const stopHistory = syncHistory(actor);
  const stopStorage = syncStorage(actor);

  const language = usePreferences.getState().language;
  if (!(await loadLanguage(language))) await loadLanguage(DEFAULT_LANGUAGE);

  return {
    element: (
      <WizardActorContext.Provider value={actor}>
        <App initialNotice={notice} />
      </WizardActorContext.Provider>
    ),
    dispose: () => {
      stopHistory();
      stopStorage();
      actor.stop();
    },
  };
}
