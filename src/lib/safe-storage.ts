/** A localStorage read that never throws: null when the item is missing or storage is unavailable. */
export function readStoredItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * localStorage that never throws: storage can be disabled, full or blocked (private mode, quota,
 * sandboxed frames). Reads then return null and writes report failure.
 */
export const safeStorage = {
  getItem: readStoredItem,
  setItem(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
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
  removeItem(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to clean up if storage is unavailable.
    }
  },
};
