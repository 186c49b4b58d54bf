/** Build-time rendering of the start page in each language (see scripts/postbuild.mjs). */
import { renderToString } from 'react-dom/server';
import { createActor } from 'xstate';
import { wizardMachine } from '../features/wizard/machine/wizard-machine';
import { WizardActorContext } from '../features/wizard/wizard-actor';
import { loadLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { App } from './App';

export async function renderStartPage(language: Language): Promise<string> {
  await loadLanguage(language);
  const actor = createActor(wizardMachine, { input: {} }).start();
  const html = renderToString(
    <WizardActorContext.Provider value={actor}>
      <App />
    </WizardActorContext.Provider>,
  );
  actor.stop();
  return html;
}
