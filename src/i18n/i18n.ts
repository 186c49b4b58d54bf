import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';
import { LOCALE_LOADERS } from 'virtual:locale-loaders';
import type { LocalePart } from './locale-parts';

export const i18n = i18next.createInstance();

let initialised: Promise<unknown> | undefined;

function init(): Promise<unknown> {
  initialised ??= i18n.use(initReactI18next).init({
    resources: {},
    lng: undefined,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnNull: false,
  });
  return initialised;
}

const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();

/** Fetches one part of a locale (once) into the shared namespace. A failed fetch can be tried again. */
function loadPart(language: Language, part: LocalePart): Promise<void> {
  const key = `${language}/${part}`;
  if (loaded.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = LOCALE_LOADERS[language][part]()
      .then((module) => {
        i18n.addResourceBundle(language, 'translation', module.default, true, false);
        loaded.add(key);
      })
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** The parts every language switch brings (more once the person has gone past the start page). */
const wanted = new Set<LocalePart>(['core']);

function applyDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = LANGUAGES[language].htmlLang;
  root.dir = LANGUAGES[language].dir;
}

/**
 * Loads a language's strings (once): resolves to false when they could not be fetched. It does not
 * switch to it: which language is shown is the preferences store's (`chooseLanguage`).
 */
export async function loadLanguage(language: Language): Promise<boolean> {
  await init();
  try {
    await Promise.all([...wanted].map((part) => loadPart(language, part)));
    return true;
  } catch {
    return false;
  }
}

/** Shows a loaded language: i18next's and the document's language and direction follow it. */
export async function showLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** From now on, loading a language brings these parts of its strings too. */
export function wantStrings(parts: readonly LocalePart[]): void {
  for (const part of parts) wanted.add(part);
}

/** Fetches these parts of the strings of the language in use (and of every language chosen later). */
function loadStrings(parts: readonly LocalePart[], language = i18n.language as Language): Promise<unknown> {
  wantStrings(parts);
  return Promise.all(parts.map((part) => loadPart(language, part)));
}

/** The questions' strings. */
export const loadQuestionStrings = (): Promise<unknown> => loadStrings(['questions']);

/** The checklist's and tools' strings, with the questions' (the checklist lists the answers). */
export const loadResultStrings = (language?: Language): Promise<unknown> => loadStrings(['questions', 'result'], language);
