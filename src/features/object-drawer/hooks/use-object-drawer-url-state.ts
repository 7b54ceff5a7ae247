import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  OBJECT_DIFF_PARAM,
  OBJECT_SERVER_FIELDS_PARAM,
  OBJECT_TAB_PARAM,
} from '../../../config/object-drawer-params';
import { parseObjectTab, type ObjectTab } from '../model/object-tabs';

export interface ObjectDrawerUrlState {
  /** The tab the URL asks for; null for none (or one this drawer does not know). */
  requestedTab: ObjectTab | null;
  selectTab: (tab: ObjectTab) => void;
  /** Show diff is on. */
  showDiff: boolean;
  setShowDiff: (on: boolean) => void;
  /** The diff shows every field of the live object, those the cluster sets too. */
  showServerFields: boolean;
  setShowServerFields: (on: boolean) => void;
}

/**
 * The drawer's tab (`?objectTab=`, absent for Summary), its Show diff switch (`?objectDiff=1`)
 * and its Show server-set fields switch (`?objectServerFields=1`), written with replace
 * navigation: switching tabs does not fill the history.
 */
export function useObjectDrawerUrlState(): ObjectDrawerUrlState {
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedTab = parseObjectTab(searchParams.get(OBJECT_TAB_PARAM));
  const showDiff = searchParams.get(OBJECT_DIFF_PARAM) === '1';
  const showServerFields = searchParams.get(OBJECT_SERVER_FIELDS_PARAM) === '1';

  const update = useCallback(
    (name: string, value: string | null) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null) next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  const selectTab = useCallback(
    (tab: ObjectTab) => {
      update(OBJECT_TAB_PARAM, tab === 'summary' ? null : tab);
    },
    [update],
  );
  const setShowDiff = useCallback(
    (on: boolean) => {
      update(OBJECT_DIFF_PARAM, on ? '1' : null);
    },
    [update],
  );

  const setShowServerFields = useCallback(
    (on: boolean) => {
      update(OBJECT_SERVER_FIELDS_PARAM, on ? '1' : null);
    },
    [update],
  );

  return { requestedTab, selectTab, showDiff, setShowDiff, showServerFields, setShowServerFields };
}
