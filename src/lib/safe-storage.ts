import { copiesAhead, recallFromTab, rememberInTab } from './tab-memory';

function readLocalStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * What was last saved under `key`, never throwing: from this tab's copy when storage refused the last
 * write (it is blocked or full), else from localStorage (which another tab may have written since, or
 * the person may have cleared).
 */
export function readStoredItem(key: string): string | null {
  const inTab = recallFromTab(key);
  return inTab?.ahead ? inTab.value : readLocalStorage(key);
}

/**
 * localStorage that never throws: storage can be disabled, full or blocked (private mode, quota,
 * sandboxed frames). Writes report failure; every write is also kept in this tab (`tab-memory`), so
 * a reload of the tab finds it even when storage refused it.
 */
export const safeStorage = {
  getItem: readStoredItem,
  setItem(key: string, value: string): boolean {
    let stored: boolean;
    try {
      window.localStorage.setItem(key, value);
      stored = true;
    } catch {
      stored = false;
    }
    rememberInTab(key, { value, ahead: !stored });
    return stored;
  },
  /** Whether this browser lets the app keep anything at all (a write and a removal both work). */
  works(): boolean {
    const probe = 'esim-hotspot-helper:probe';
    try {
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return true;
    } catch {
      return false;
    }
  },
  /** Writes again what storage refused before (the tab kept it): true when storage now holds everything. */
  catchUp(): boolean {
    return copiesAhead().every(([key, value]) => safeStorage.setItem(key, value));
  },
  removeItem(key: string): void {
    rememberInTab(key);
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to clean up if storage is unavailable.
    }
  },
};
