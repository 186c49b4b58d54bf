import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Today's date in the page's language, set just before the page is printed. Formatting a date the
 * first time loads the browser's calendar data (about 20 ms on a slow phone): not worth doing on
 * every checklist shown, most of which are never printed.
 */
export function usePrintDate(language: string): string | null {
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => {
    // The print layout is taken right after this event: the date must be on the page by then.
    const stamp = () => flushSync(() => setDate(new Date().toLocaleDateString(language)));
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, [language]);
  return date;
}
