import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The dashboard's search parameters. Anything else in the URL (`world`, `scenario`) is kept. */
export const dashboardParams = {
  /** `1` or `0`: Live status on or off for whoever opens the link, over their own choice. */
  live: 'live',
  /** Part of a project name. */
  query: 'project',
  /** A project group id. */
  group: 'group',
  /** A status key: the summary strip's filter. */
  status: 'status',
} as const;

type ParamName = keyof typeof dashboardParams;
const paramNames: readonly ParamName[] = ['live', 'query', 'group', 'status'];

/** Parameters to set; null or '' removes one, a missing key leaves it alone. */
export type UrlChanges = Partial<Record<ParamName, string | null>>;

export interface DashboardUrlState {
  /** The `live` override, when the URL has one. */
  live: boolean | null;
  query: string;
  groupId: string | null;
  /** Raw: whether it names a status depends on the mode, so the caller validates it. */
  status: string | null;
  /** Sets (or with null/'' removes) some parameters, replacing the history entry. */
  update: (changes: UrlChanges) => void;
}

function readLive(value: string | null): boolean | null {
  if (value === '1' || value === 'true' || value === 'on') return true;
  if (value === '0' || value === 'false' || value === 'off') return false;
  return null;
}

/** The dashboard's shareable state: Live status override and filters, in the URL. */
export function useDashboardUrlState(): DashboardUrlState {
  const [searchParams, setSearchParams] = useSearchParams();
  // React Router hands a functional update the parameters of the last render, not of the URL it
  // has been asked for since: two changes in a row (clear the status, then type a name) would
  // lose the first. So the parameters asked for are kept here, and each change builds on them;
  // a new URL from elsewhere (back, a link) replaces them.
  const wanted = useRef(searchParams);
  useLayoutEffect(() => {
    wanted.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (changes: UrlChanges) => {
      const next = new URLSearchParams(wanted.current);
      for (const name of paramNames) {
        const value = changes[name];
        if (value === undefined) continue;
        if (value === null || value === '') next.delete(dashboardParams[name]);
        else next.set(dashboardParams[name], value);
      }
      wanted.current = next;
      setSearchParams(next, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );
  return {
    live: readLive(searchParams.get(dashboardParams.live)),
    query: searchParams.get(dashboardParams.query) ?? '',
    groupId: searchParams.get(dashboardParams.group) || null,
    status: searchParams.get(dashboardParams.status) || null,
    update,
  };
}
