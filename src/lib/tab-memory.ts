import { isPlainObject } from './parse-json';

/**
 * A copy of what the app saves, in the state of this tab's history entries. The browser keeps that
 * state across a reload of the tab even when it refuses localStorage (blocked, full, or failing after
 * a while), so a reload loses nothing. New tabs and later visits have only localStorage (ADR 0002).
 */
export interface TabCopy {
  readonly value: string;
  /** The last write to localStorage was refused, so this copy is newer than what storage holds. */
  readonly ahead: boolean;
}

const COPIES = 'kept';

function entryState(): Record<string, unknown> {
  // The start page is also rendered at build time, where there is no window.
  const state: unknown = typeof window === 'undefined' ? null : window.history.state;
  return isPlainObject(state) ? state : {};
}

/** The newest copies this page knows: what the entry it opened on held, then every write since. */
let latest: Record<string, unknown> | undefined;

/** As the app starts: the entry the page opened on holds the newest copies. */
export function openTabMemory(): Record<string, unknown> {
  const copies = entryState()[COPIES];
  return (latest = isPlainObject(copies) ? copies : {});
}

export function recallFromTab(key: string): TabCopy | null {
  const copy = (latest ?? openTabMemory())[key];
  return isPlainObject(copy) && typeof copy.value === 'string' ? { value: copy.value, ahead: copy.ahead === true } : null;
}

/** Each key whose copy in this tab is newer than what storage holds, with that copy's value. */
export function copiesAhead(): [key: string, value: string][] {
  return Object.keys(latest ?? openTabMemory()).flatMap((key) => {
    const copy = recallFromTab(key);
    return copy?.ahead ? [[key, copy.value] as [string, string]] : [];
  });
}

/** The state for a new or corrected history entry: it carries the newest copies along. */
export function tabStateWith(extra: Record<string, unknown>): Record<string, unknown> {
  return { ...entryState(), ...extra, [COPIES]: latest ?? openTabMemory() };
}

/** Puts the newest copies in the entry on screen: after a write, and after Back or Forward. */
export function keepCopiesInThisEntry(): void {
  try {
    window.history.replaceState(tabStateWith({}), '');
  } catch {
    // Some browsers refuse frequent replacements; the copy is a second line, storage the first.
  }
}

/** Keeps this copy in the tab; without one, forgets what the tab held under `key`. */
export function rememberInTab(key: string, copy?: TabCopy): void {
  latest = { ...(latest ?? openTabMemory()), [key]: copy };
  keepCopiesInThisEntry();
}
