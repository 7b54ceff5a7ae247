import { healthStatuses, type HealthStatus } from '../../../api/contract/enum-values';
import { displaySyncStatuses, type DisplaySyncStatus } from '../../../lib/displayed-sync';
import type { ObjectFilter } from './object-filter';
import { firstDirection, sortColumns, type ObjectSort, type SortColumn } from './object-sort';

/**
 * The live status page's search parameters (the open drawer's `object` is shared, in
 * config/object-search-param.ts). Lists are comma-separated: `?health=Degraded,Missing`.
 */
export const liveStatusParams = {
  health: 'health',
  sync: 'sync',
  kinds: 'kind',
  query: 'q',
  problemsOnly: 'problems',
  sort: 'sort',
  direction: 'dir',
} as const;

export interface LiveStatusSearch {
  filter: ObjectFilter;
  sort: ObjectSort | null;
}

function list(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  if (!value) return [];
  return [...new Set(value.split(',').map((each) => each.trim()))].filter(Boolean);
}

function known<Value extends string>(values: readonly Value[]) {
  const set: ReadonlySet<string> = new Set(values);
  return (value: string): value is Value => set.has(value);
}
const isHealth = known<HealthStatus>(healthStatuses);
const isSync = known<DisplaySyncStatus>(displaySyncStatuses);
const isColumn = known<SortColumn>(sortColumns);

/** Only this page's parameters, as a string: equal strings read as equal searches. */
export function pickLiveStatusSearch(params: URLSearchParams): string {
  const picked = new URLSearchParams();
  for (const name of Object.values(liveStatusParams)) {
    const value = params.get(name);
    if (value !== null) picked.set(name, value);
  }
  return picked.toString();
}

/** Reads filters and sorting from the URL; anything it does not understand is ignored. */
export function readLiveStatusSearch(params: URLSearchParams): LiveStatusSearch {
  const column = params.get(liveStatusParams.sort);
  const direction = params.get(liveStatusParams.direction);
  return {
    filter: {
      health: list(params, liveStatusParams.health).filter(isHealth),
      sync: list(params, liveStatusParams.sync).filter(isSync),
      kinds: list(params, liveStatusParams.kinds),
      query: params.get(liveStatusParams.query) ?? '',
      problemsOnly: params.get(liveStatusParams.problemsOnly) === '1',
    },
    sort:
      column !== null && isColumn(column)
        ? {
            column,
            direction:
              direction === 'asc' || direction === 'desc' ? direction : firstDirection[column],
          }
        : null,
  };
}

export interface LiveStatusSearchChanges {
  filter?: Partial<ObjectFilter>;
  /** A sort, or null for the server's order; leave out to keep the current one. */
  sort?: ObjectSort | null;
}

function setOrDelete(params: URLSearchParams, name: string, value: string) {
  if (value === '') params.delete(name);
  else params.set(name, value);
}

/** The URL's parameters with some filters or the sort changed; everything else is kept. */
export function writeLiveStatusSearch(
  current: URLSearchParams,
  { filter, sort }: LiveStatusSearchChanges,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (filter?.health) setOrDelete(next, liveStatusParams.health, filter.health.join(','));
  if (filter?.sync) setOrDelete(next, liveStatusParams.sync, filter.sync.join(','));
  if (filter?.kinds) setOrDelete(next, liveStatusParams.kinds, filter.kinds.join(','));
  if (filter?.query !== undefined) setOrDelete(next, liveStatusParams.query, filter.query);
  if (filter?.problemsOnly !== undefined) {
    setOrDelete(next, liveStatusParams.problemsOnly, filter.problemsOnly ? '1' : '');
  }
  if (sort !== undefined) {
    setOrDelete(next, liveStatusParams.sort, sort?.column ?? '');
    setOrDelete(next, liveStatusParams.direction, sort?.direction ?? '');
  }
  return next;
}
