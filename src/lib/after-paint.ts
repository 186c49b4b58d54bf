/** The work waiting for the coming frame: one frame callback and one task run all of it. */
let waiting: Set<() => void> | undefined;

/**
 * Runs work that nobody sees (the address bar, the tab title) after the browser has painted
 * the result of an interaction, so it does not delay that paint. Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  if (!waiting) {
    const batch = new Set<() => void>();
    waiting = batch;
    requestAnimationFrame(() => {
      // Work asked for from here on waits for the frame after this one.
      waiting = undefined;
      setTimeout(() => {
        for (const run of batch) run();
      }, 0);
    });
  }
  const batch = waiting;
  // Its own entry, so the same function asked for twice runs twice and is cancelled once.
  const run = () => task();
  batch.add(run);
  return () => void batch.delete(run);
}
