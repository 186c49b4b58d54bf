import { create } from 'zustand';
import { initialLanguage } from '../i18n/initial-language';
import type { Language } from '../i18n/languages';
import { safeStorage } from '../lib/safe-storage';
import { PREFERENCES_KEY } from './storage-keys';

export { PREFERENCES_KEY };

/** The stored shape: `{ state: { language }, version }`. The pre-paint script reads it too. */
export const PREFERENCES_VERSION = 1;

interface PreferencesState {
  language: Language;
  setLanguage: (language: Language) => void;
}

function save(language: Language): void {
  safeStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { language }, version: PREFERENCES_VERSION }));
}

/**
 * Preferences only: the journey and answers belong to the wizard machine (docs/adr/0002). The saved
 * language is untrusted: `initialLanguage` keeps it only if it is one we offer, else the browser's.
 */
export const usePreferences = create<PreferencesState>()((set) => ({
  language: initialLanguage(
    safeStorage.getItem(PREFERENCES_KEY),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? []),
  ),
  setLanguage: (language) => {
    save(language);
    set({ language });
  },
}));
