import { nextTask } from './next-task';

/**
 * Starts each load in a task of its own, in order, and settles like `Promise.all`. Starting a
 * dynamic import adds its chunk's preload links to the page, which took about 10 to 60 ms of
 * main-thread time per screen at 4x CPU slowdown (measured): together in one task, long enough to
 * hold up a tap.
 */
export function oneTaskEach(loads: readonly (() => Promise<unknown>)[]): Promise<unknown[]> {
  return Promise.all(loads.map((load, index) => (index === 0 ? load() : nextTask().then(load))));
}
