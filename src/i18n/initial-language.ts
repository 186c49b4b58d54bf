import { isPlainObject, parseJson } from '../lib/parse-json';
import { detectLanguage, isLanguage, type Language } from './languages';

/** The saved language (as the preferences store persists it), else the browser's, else English. */
export function initialLanguage(savedPreferences: string | null, preferred: readonly string[]): Language {
  const saved = parseJson(savedPreferences);
  if (isPlainObject(saved) && isPlainObject(saved.state) && isLanguage(saved.state.language)) {
    return saved.state.language;
  }
  return detectLanguage(preferred);
}
