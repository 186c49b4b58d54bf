import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LANGUAGE, detectLanguage, isLanguage, type Language } from '../i18n/languages';
import { isPlainObject, parseJson } from '../lib/parse-json';
import { safeStorage } from '../lib/safe-storage';
import { PREFERENCES_KEY } from './storage-keys';

export { PREFERENCES_KEY };

export const PREFERENCES_VERSION = 1;

interface PreferencesState {
  language: Language;
  setLanguage: (language: Language) => void;
}

function browserLanguage(): Language {
  return typeof navigator === 'undefined' ? DEFAULT_LANGUAGE : detectLanguage(navigator.languages ?? []);
}

/** Preferences only: the journey and answers belong to the wizard machine (docs/adr/0002). */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      // Unreadable JSON counts as nothing stored.
      storage: createJSONStorage(() => ({
        getItem: (key) => {
          const raw = safeStorage.getItem(key);
          return parseJson(raw) === undefined ? null : raw;
        },
        setItem: (key, value) => void safeStorage.setItem(key, value),
        removeItem: (key) => safeStorage.removeItem(key),
      })),
      partialize: (state) => ({ language: state.language }),
      // Stored data is untrusted: keep only a language we know.
      merge: (persisted, current) =>
        isPlainObject(persisted) && isLanguage(persisted.language)
          ? { ...current, language: persisted.language }
          : current,
      migrate: (persisted) => persisted as PreferencesState,
    },
  ),
);
