/** Build-time rendering of the start page in each language (see scripts/postbuild.mjs). */

/** The languages to render, and the font file each asks for first (from the registry). */
export const LANGUAGES_TO_RENDER = LANGUAGE_CODES.map((code) => ({ code, font: languageInfo(code).font }));
import { renderToString } from 'react-dom/server';
import { createActor } from 'xstate';
import { wizardMachine } from '../journey/machine/wizard-machine';
import { WizardActorContext } from '../stores/wizard-actor';
import { LANGUAGE_CODES, languageInfo, type Language } from '../i18n/languages';
import { chooseLanguage } from '../stores/preferences';
import { App } from './App';

export async function renderStartPage(language: Language): Promise<string> {
  if ((await chooseLanguage(language)) !== 'shown') throw new Error(`prerender: no strings for ${language}`);
  const actor = createActor(wizardMachine, { input: {} }).start();
  const html = renderToString(
    <WizardActorContext.Provider value={actor}>
      <App />
    </WizardActorContext.Provider>,
  );
  actor.stop();
  return html;
}
