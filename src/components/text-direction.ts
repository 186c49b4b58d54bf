import { createContext, useContext } from 'react';
import { i18n } from '../i18n/i18n';

/**
 * The direction of the language on screen, provided once by the app, so the many pieces of text
 * that need it do not each subscribe to language changes.
 */
export const TextDirectionContext = createContext<'ltr' | 'rtl' | null>(null);

export function useTextDirection(): 'ltr' | 'rtl' {
  return useContext(TextDirectionContext) ?? i18n.dir();
}
