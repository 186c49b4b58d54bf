import { useDeferredValue } from 'react';

/**
 * False on a component's first render and true in a background render straight after it. Content
 * below the fold can wait for it, so a new screen's first paint comes sooner on a slow phone.
 */
export function useSecondPass(): boolean {
  return useDeferredValue(true, false);
}
