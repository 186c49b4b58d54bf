import { useEffect, useRef } from 'react';
import { scrollToStep } from './step-anchor';

/**
 * A checklist opened with steps already done (a reload, a return) opens at the first step still to do,
 * once every step is on the page; a fresh one stays at its top. Only once: after that the person scrolls.
 */
export function useOpenAtNextStep(steps: readonly string[], done: readonly string[], complete: boolean): void {
  const opened = useRef(false);
  useEffect(() => {
    if (!complete || opened.current) return;
    opened.current = true;
    const next = steps.find((step) => !done.includes(step));
    if (next === undefined || next === steps[0]) return;
    scrollToStep(next);
  }, [steps, done, complete]);
}
