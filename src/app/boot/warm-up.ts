import { isLanguage } from '../../i18n/languages';
import { LOCALE_LOADERS } from 'virtual:locale-loaders';

/**
 * A returning visitor's page is built by the app rather than shown from the HTML, and needs the
 * locale and usually the later screens: fetch them now, alongside React, instead of one after another
 * once start-up asks. Start-up asks again and gets the same modules; it reports any failure itself.
 * The later screens' code is asked for through the start-up chunk, which every one of them shares.
 */
export function warmUpReturningVisit(language: string | undefined, fetchLaterScreenCode: () => Promise<unknown>): void {
  if (!isLanguage(language)) return;
  const ignore = () => undefined;
  for (const load of [LOCALE_LOADERS[language].core, LOCALE_LOADERS[language].result, fetchLaterScreenCode]) {
    load().catch(ignore);
  }
}
