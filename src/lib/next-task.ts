/** Resolves in a later task, so the browser can paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs work nobody sees (the address bar, the tab title) in a task of its own, after the one that asked
 * for it, in the order asked. Returns a cancel function.
 */
export function inNextTask(task: () => void): () => void {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}
