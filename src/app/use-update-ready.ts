import { useEffect, useState } from 'react';
import { registerServiceWorker } from './service-worker';

/** Registers the service worker once; returns a function that applies a waiting update, if any. */
export function useUpdateReady(): (() => void) | null {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker((activate) => setApply(() => activate));
  }, []);
  return apply;
}
