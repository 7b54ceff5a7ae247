import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withoutObjectDrawerParams } from '../config/object-drawer-params';
import {
  OBJECT_SEARCH_PARAM,
  objectSearch,
  parseObjectRef,
  type ObjectRef,
} from '../config/object-search-param';

export interface ObjectSearchParam {
  /** The object whose drawer is open, from the URL; null when none is. */
  openObject: ObjectRef | null;
  /** The raw parameter value, for comparing with list keys. */
  openObjectKey: string | null;
  /** The `?…` to link to for opening `ref` (every other parameter kept). */
  searchFor: (ref: ObjectRef) => string;
  /** Removes the parameter and the drawer's own (closes it), replacing the history entry. */
  close: () => void;
}

/** The `object` search parameter: which object's drawer is open, and how to open or close one. */
export function useObjectSearchParam(): ObjectSearchParam {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get(OBJECT_SEARCH_PARAM);
  const openObject = useMemo(() => parseObjectRef(raw), [raw]);
  const searchFor = useCallback(
    (ref: ObjectRef) => objectSearch(searchParams, ref),
    [searchParams],
  );
  const close = useCallback(() => {
    setSearchParams(
      (previous) => {
        // The drawer's own parameters (its tab, Show diff) go with it.
        const next = withoutObjectDrawerParams(previous);
        next.delete(OBJECT_SEARCH_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [setSearchParams]);
  return { openObject, openObjectKey: openObject ? raw : null, searchFor, close };
}
