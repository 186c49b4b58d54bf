import type { Page } from 'playwright-core';

/**
 * Storage that fails, installed in the page before the app runs (`context.addInitScript`). Each
 * function is sent to the page on its own, so it uses nothing from around it.
 */

/** Storage that refuses every read and write, as some private modes and locked-down browsers do. */
export function blockStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/** Storage that takes `allowed` writes (the app's own check at start-up is one), then is full; `__writes` counts them. */
export function fillStorageAfter(allowed: number): void {
  const counted = window as unknown as { __writes: number };
  counted.__writes = 0;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    counted.__writes += 1;
    if (counted.__writes > allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
}

const NOTICE = 'This browser is not letting the app save anything';

/** Whether the page says progress is not being kept. */
export const noticeShown = (page: Page) => page.getByText(NOTICE).count().then((count) => count > 0);
