import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const read = () => navigator.onLine;

/** Whether the browser says it has a network (`navigator.onLine`), kept current by its events. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribe, read, () => true);
}
