import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus (and the view) to an element each time `key` changes, not when it first appears: the
 * page heading has focus then. Used for a new heading inside a page, so it is announced.
 */
export function useFocusOnChange(key: string): RefObject<HTMLHeadingElement | null> {
  const ref = useRef<HTMLHeadingElement>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, [key]);
  return ref;
}
