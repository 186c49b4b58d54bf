import type { ReactNode } from 'react';
import { useSecondPass } from '../lib/use-second-pass';

/** Renders its children in a background render just after the screen's first paint; only they re-render. */
export function SecondPass({ children }: { children: ReactNode }) {
  return useSecondPass() ? children : null;
}
