/** Long enough for a slow first paint; a page loaded out of sight never reports one, and starts then. */
export const PAINT_WAIT_LIMIT_MS = 3000;

/**
 * Runs `start` once the page's first paint is on screen: when the browser reports it (a paint timing
 * entry comes only after the frame is shown), or after `PAINT_WAIT_LIMIT_MS`. A browser without paint
 * timing runs it after the first frame instead. Waiting for the frame to be shown, not only drawn, keeps
 * the app's downloads from competing with it, even when a busy browser shows that frame late.
 */
export function oncePainted(
  start: () => void,
  observerType: typeof PerformanceObserver | null = typeof PerformanceObserver === 'function' ? PerformanceObserver : null,
): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  if (observerType?.supportedEntryTypes?.includes('paint')) {
    observer = new observerType(startOnce);
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(startOnce, PAINT_WAIT_LIMIT_MS);
  } else {
    requestAnimationFrame(() => setTimeout(startOnce, 0));
  }
}
