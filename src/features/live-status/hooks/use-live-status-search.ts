import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  pickLiveStatusSearch,
  readLiveStatusSearch,
  writeLiveStatusSearch,
  type LiveStatusSearch,
  type LiveStatusSearchChanges,
} from '../model/live-status-search';

export interface LiveStatusSearchState extends LiveStatusSearch {
  /** Changes filters or sorting in the URL, replacing the history entry. */
  update: (changes: LiveStatusSearchChanges) => void;
}

/** The page's filters and sorting, kept in the URL so a view can be shared and reloaded. */
export function useLiveStatusSearch(): LiveStatusSearchState {
  const [searchParams, setSearchParams] = useSearchParams();
  // Opening the drawer changes the URL too; only this page's own parameters make a new state.
  const search = pickLiveStatusSearch(searchParams);
  const state = useMemo(() => readLiveStatusSearch(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (changes: LiveStatusSearchChanges) => {
      setSearchParams((previous) => writeLiveStatusSearch(previous, changes), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  return { ...state, update };
}
