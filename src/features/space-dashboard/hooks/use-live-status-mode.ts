import { useCallback } from 'react';
import { useLocalStorageState } from '../../../hooks/use-local-storage-state';
import type { DashboardMode } from '../model/dashboard-model';
import type { DashboardUrlState, UrlChanges } from './use-dashboard-url-state';

export const LIVE_STATUS_STORAGE_KEY = 'periscope.dashboard.liveStatus';

/**
 * The Live status switch: on unless the user turned it off (kept in localStorage), and a `live`
 * URL parameter overrides it for a shared link. Flipping it stores the choice and, when the URL
 * carries an override, updates that too so the two never disagree.
 */
export function useLiveStatusMode(url: Pick<DashboardUrlState, 'live' | 'update'>): {
  mode: DashboardMode;
  /** Flips the switch; `alsoChange` are URL changes to make in the same navigation. */
  setLive: (live: boolean, alsoChange?: UrlChanges) => void;
} {
  const [stored, setStored] = useLocalStorageState(LIVE_STATUS_STORAGE_KEY);
  const live = url.live ?? stored !== 'off';
  const { live: override, update } = url;
  const setLive = useCallback(
    (next: boolean, alsoChange: UrlChanges = {}) => {
      setStored(next ? 'on' : 'off');
      const changes = override === null ? alsoChange : { ...alsoChange, live: next ? '1' : '0' };
      if (Object.keys(changes).length > 0) update(changes);
    },
    [setStored, override, update],
  );
  return { mode: live ? 'live' : 'deployments', setLive };
}
