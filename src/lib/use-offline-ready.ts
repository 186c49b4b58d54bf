import { useEffect, useState } from 'react';

/**
 * Asks the service worker whether every file of the app is cached (its "offline-status" message), so it works with no network: true
 * or false once it answers (it first fetches what is missing), null before then or where there is none.
 */
export function useOfflineReady(): boolean | null {
  const [ready, setReady] = useState<boolean | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'offline-status') {
        setReady((data as { ready?: unknown }).ready === true);
      }
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage('offline-status'));
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);
  return ready;
}
