import { useSyncExternalStore } from 'react';
import { connection as appConnection, type ConnectionMonitor } from '../api/connection';
import { useBrowserOnline } from './use-browser-online';

/**
 * Whether the data on screen cannot be refreshed right now: the browser has no network, or the
 * server has not been reachable since its last answer (see `api/connection.ts`).
 */
export function useOffline(monitor: ConnectionMonitor = appConnection): boolean {
  const online = useBrowserOnline();
  const unreachable = useSyncExternalStore(
    monitor.subscribe,
    () => monitor.getSnapshot().unreachableSince !== null,
    () => false,
  );
  return !online || unreachable;
}
