import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  pickCompareSearch,
  readCompareSearch,
  writeCompareSearch,
  type CompareSearch,
  type CompareSearchChanges,
} from '../model/compare-search';

export interface CompareSearchState extends CompareSearch {
  /** Changes the page's state in the URL, replacing the history entry. */
  update: (changes: CompareSearchChanges) => void;
}

/** The page's sides, filters, sort and selected row, kept in the URL to share and reload. */
export function useCompareSearch(): CompareSearchState {
  const [searchParams, setSearchParams] = useSearchParams();
  // Other parameters (`world`, `scenario`) change nothing here: only the page's own make a state.
  const search = pickCompareSearch(searchParams);
  const state = useMemo(() => readCompareSearch(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (changes: CompareSearchChanges) => {
      setSearchParams((previous) => writeCompareSearch(previous, changes), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  return { ...state, update };
}
