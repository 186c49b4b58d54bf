import { create } from 'zustand';
import { loadLanguage, showLanguage } from '../i18n/i18n';
import { initialLanguage } from '../i18n/initial-language';
import type { Language } from '../i18n/languages';
import { safeStorage } from '../lib/safe-storage';
import { storageRefused } from './storage-health';
import { PREFERENCES_KEY, PREFERENCES_VERSION } from './storage-keys';

export { PREFERENCES_KEY };

interface PreferencesState {
  /** The language the person chose and the app shows: this store is its one owner (ADR 0002). */
  readonly language: Language;
}

function save(language: Language): void {
  if (!safeStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { language }, version: PREFERENCES_VERSION }))) storageRefused();
}

/**
 * Preferences only: the journey and answers belong to the wizard machine (ADR 0002). The saved
 * language is untrusted: `initialLanguage` keeps it only if it is one we offer, else the browser's.
 */
export const usePreferences = create<PreferencesState>()(() => ({
  language: initialLanguage(
    safeStorage.getItem(PREFERENCES_KEY),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
  ),
}));

export type LanguageChoice = 'shown' | 'failed' | 'overtaken';

let latestChoice = 0;

/**
 * The one way the language changes: fetches its strings, then shows and saves it. When a later
 * choice is made while these strings are still on the way, the later one wins (`overtaken`); when
 * they cannot be fetched, the language on screen stays (`failed`), so the page never goes blank.
 */
export async function chooseLanguage(language: Language): Promise<LanguageChoice> {
  const choice = (latestChoice += 1);
  const loaded = await loadLanguage(language);
  if (choice !== latestChoice) return 'overtaken';
  if (!loaded) return 'failed';
  // i18next switches at once for strings it holds; nothing may come between that and the store.
  const shown = showLanguage(language);
  save(language);
  usePreferences.setState({ language });
  await shown;
  return 'shown';
}
