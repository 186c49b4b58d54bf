import type { ReactElement } from 'react';
import { stepFromSearch } from '../journey/step-url';
import { WizardActorContext } from '../stores/wizard-actor';
import { wantStrings } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { decodeAnswers } from '../journey/links';
import { ANSWERS_PARAM, LANGUAGE_PARAM } from '../journey/url-params';
import { currentStep } from '../journey/machine/wizard-machine';
import { loadJourney } from '../stores/journey-storage';
import { safeStorage } from '../lib/safe-storage';
import { openTabMemory } from '../lib/tab-memory';
import { chooseLanguage, usePreferences } from '../stores/preferences';
import { holdForChoice } from '../stores/link-choice';
import { useSourcesPage } from '../stores/sources-page';
import { storageRefused, useStorageHealth } from '../stores/storage-health';
import { App } from './App';
import { preloadLaterScreens, sourcesPage } from './later-screens';
import { startWizard } from './start-wizard';
import { openSourcesLinksInApp } from './open-sources-links';
import { syncHistory } from './sync-history';
import { syncStorage } from './sync-storage';

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
  openTabMemory();
  const search = window.location.search;
  const { actor, notice, keepNow, ownJourney } = startWizard(loadJourney(), stepFromSearch(search), await decodeAnswers(search));
  const params = new URLSearchParams(search);
  const linkLanguage = params.get(LANGUAGE_PARAM);
  if (ownJourney) holdForChoice(ownJourney, params.get(ANSWERS_PARAM) ?? '');
  // What only this tab kept (storage refused it before the reload) is written again.
  if (!safeStorage.works() || !safeStorage.catchUp()) storageRefused();
  const stopHistory = syncHistory(actor);
  const stopStorage = syncStorage(actor, { saveAtOnce: keepNow });
  const stopSourcesLinks = openSourcesLinksInApp();

  // A returning visitor past the start page gets the later screens with the language's strings.
  const sourcesOpen = useSourcesPage.getState().open;
  const begun = currentStep(actor.getSnapshot()) !== 'start' || sourcesOpen;
  if (begun) wantStrings(['questions', 'result']);
  // A link's language is the person's choice too; one that cannot be fetched falls back to English.
  const wanted = isLanguage(linkLanguage) ? linkLanguage : usePreferences.getState().language;
  if ((await chooseLanguage(wanted)) !== 'shown') await chooseLanguage(DEFAULT_LANGUAGE);
  const { language } = usePreferences.getState();
  if (begun) await Promise.all([preloadLaterScreens(), sourcesOpen && sourcesPage.preload()]).catch(() => undefined);
  const snapshot = actor.getSnapshot();
  // Only a page exactly like the pre-rendered one is taken over in place: no notice of any kind.
  const freshStart =
    notice === null &&
    !sourcesOpen &&
    useStorageHealth.getState().keeping &&
    currentStep(snapshot) === 'start' &&
    Object.keys(snapshot.context.answers).length === 0;

  return {
    language,
    screen: freshStart ? 'freshStart' : 'other',
    element: (
      <WizardActorContext.Provider value={actor}>
        <App initialNotice={notice} />
      </WizardActorContext.Provider>
    ),
    dispose: () => {
      stopHistory();
      stopStorage();
      stopSourcesLinks();
      actor.stop();
    },
  };
}
