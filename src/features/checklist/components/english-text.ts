import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { i18n, loadResultStrings } from '../../../i18n/i18n';

/**
 * English text for what helplines read, whatever language is on screen; null while its strings are
 * on the way, or when they cannot be fetched (offline before they were saved).
 */
export function useEnglishText(): TFunction | null {
  const [english, setEnglish] = useState<TFunction | null>(null);
  useEffect(() => {
    let current = true;
    loadResultStrings('en').then(
      () => current && setEnglish(() => i18n.getFixedT('en')),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return english;
}
