import { useEffect, useLayoutEffect, useRef } from 'react';
import { focusPageHeading } from '../components/heading-focus';
import { useSourcesPage } from '../stores/sources-page';

interface Place {
  readonly opener: Element | null;
  readonly scrollY: number;
}

/**
 * Leaving the sources page puts the person back where they were on the step underneath: the same
 * place on the page, and focus on the link that opened it (the heading, when it was opened by address).
 */
export function useReturnFromSources(open: boolean): void {
  const left = useRef<Place | null>(null);
  // Noted as the page is asked for, while the link that opened it still has focus and the step is in view.
  useEffect(
    () =>
      useSourcesPage.subscribe((now, before) => {
        if (now.open && !before.open) left.current = { opener: document.activeElement, scrollY: window.scrollY };
      }),
    [],
  );
  useLayoutEffect(() => {
    if (open) return;
    const place = left.current;
    left.current = null;
    if (place === null) return;
    window.scrollTo(0, place.scrollY);
    if (place.opener instanceof HTMLElement && place.opener.isConnected && place.opener !== document.body) {
      place.opener.focus({ preventScroll: true });
    } else focusPageHeading();
  }, [open]);
}
