import { create } from 'zustand';

interface StorageHealth {
  /** False once the browser has refused to keep something: the app then works in memory and says so. */
  readonly keeping: boolean;
}

/** Whether the person's progress is being kept on this device. Its one writer is `storageRefused`. */
export const useStorageHealth = create<StorageHealth>()(() => ({ keeping: true }));

/** A write was refused (storage blocked, full, or failing): from now on the app says progress is not kept. */
export function storageRefused(): void {
  if (useStorageHealth.getState().keeping) useStorageHealth.setState({ keeping: false });
}
