import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be off (privacy settings): behave as if nothing was stored.
    return null;
  }
}

/**
 * A string kept in localStorage, shared live by every component that reads the same key (and by
 * other tabs). Null when nothing is stored. Writing null removes the entry.
 */
export function useLocalStorageState(
  key: string,
): [value: string | null, setValue: (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const setValue = useCallback(
    (next: string | null) => {
      try {
        if (next === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, next);
      } catch {
        // Not stored; the choice still applies until the page is left.
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, setValue];
}
