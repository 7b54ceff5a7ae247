import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withoutObjectDrawerParams } from '../../../config/object-drawer-params';
import {
  DEPLOYMENT_TAB_PARAM,
  OBJECT_PARAM,
  parseDeploymentTab,
  type DeploymentTab,
} from '../model/deployment-tab';
import { formatObjectParam, parseObjectParam, type ObjectRef } from '../model/object-param';

/** The search string (with `?`) that opens an object's drawer, keeping every other parameter. */
export function searchWithObject(search: string, ref: ObjectRef): string {
  const params = new URLSearchParams(search);
  params.set(OBJECT_PARAM, formatObjectParam(ref));
  return `?${params.toString()}`;
}

/**
 * The deployment page's shareable state: the tab (`?tab=kubernetes`) and the open object
 * (`?object=<actionId>:<uuid>`). Changes replace the history entry; anything else in the URL
 * (`world`, `scenario`) is kept.
 */
export function useDeploymentUrlState() {
  const [searchParams, setSearchParams] = useSearchParams();
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
  const setTab = useCallback(
    (tab: DeploymentTab) => update(DEPLOYMENT_TAB_PARAM, tab === 'log' ? null : tab),
    [update],
  );
  // The drawer's own tab and diff go with it: the next drawer opens on its Summary.
  const closeObject = useCallback(() => {
    setSearchParams(
      (previous) => {
        const next = withoutObjectDrawerParams(previous);
        next.delete(OBJECT_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [setSearchParams]);

  const tabParam = searchParams.get(DEPLOYMENT_TAB_PARAM);
  const objectParam = searchParams.get(OBJECT_PARAM);
  const objectRef = useMemo(() => parseObjectParam(objectParam), [objectParam]);
  // The URL without the object: what object links build on. A string, so it compares equal
  // while only `object` changes, and opening a drawer does not re-render every row.
  const withoutObject = new URLSearchParams(searchParams);
  withoutObject.delete(OBJECT_PARAM);
  const baseSearch = withoutObject.toString();

  return {
    tab: parseDeploymentTab(tabParam),
    objectRef,
    baseSearch,
    setTab,
    closeObject,
  };
}
