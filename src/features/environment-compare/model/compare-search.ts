import { compareSideParams } from '../../../config/paths';
import type { DeployedSide } from '../../../lib/deployed-sides';

/**
 * The comparison page's search parameters: its two sides (named in `config/paths.ts`, which
 * builds links to the page), its filters, sort and the selected row. Lists are comma-separated:
 * `?kind=Deployment,Service`. Anything the page does not understand is ignored.
 */
export const compareParams = {
  ...compareSideParams,
  onlyDifferences: 'diff',
  kinds: 'kind',
  object: 'object',
  sort: 'sort',
  direction: 'dir',
} as const;

/** One side: an environment, and a tenant when the deployment is tenanted. */
export type CompareSide = DeployedSide;

export type CompareSortColumn = 'kind' | 'name';

export interface CompareSort {
  column: CompareSortColumn;
  direction: 'asc' | 'desc';
}

/** Kind, then name, A to Z: what the page shows until asked otherwise. */
export const defaultCompareSort: CompareSort = { column: 'kind', direction: 'asc' };

export interface CompareFilter {
  /** Only rows present on one side, or whose health, sync or manifests differ. */
  onlyDifferences: boolean;
  /** Empty: any kind. */
  kinds: readonly string[];
}

export interface CompareSearch {
  left: CompareSide | null;
  right: CompareSide | null;
  filter: CompareFilter;
  sort: CompareSort;
  /** The selected row's key (`Deployment/payment`). */
  object: string | null;
}

function side(params: URLSearchParams, environment: string, tenant: string): CompareSide | null {
  const environmentId = params.get(environment)?.trim();
  if (!environmentId) return null;
  return { environmentId, tenantId: params.get(tenant)?.trim() || null };
}

function list(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  if (!value) return [];
  return [...new Set(value.split(',').map((each) => each.trim()))].filter(Boolean);
}

/** Reads the page's state from the URL. */
export function readCompareSearch(params: URLSearchParams): CompareSearch {
  const column = params.get(compareParams.sort);
  return {
    left: side(params, compareParams.left, compareParams.leftTenant),
    right: side(params, compareParams.right, compareParams.rightTenant),
    filter: {
      onlyDifferences: params.get(compareParams.onlyDifferences) === '1',
      kinds: list(params, compareParams.kinds),
    },
    sort:
      column === 'kind' || column === 'name'
        ? { column, direction: params.get(compareParams.direction) === 'desc' ? 'desc' : 'asc' }
        : defaultCompareSort,
    object: params.get(compareParams.object) || null,
  };
}

/** Only the page's own parameters, as a string: equal strings read as equal states. */
export function pickCompareSearch(params: URLSearchParams): string {
  const picked = new URLSearchParams();
  for (const name of Object.values(compareParams)) {
    const value = params.get(name);
    if (value !== null) picked.set(name, value);
  }
  return picked.toString();
}

export interface CompareSearchChanges {
  left?: CompareSide | null;
  right?: CompareSide | null;
  filter?: Partial<CompareFilter>;
  sort?: CompareSort;
  object?: string | null;
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null | undefined) {
  if (value === null || value === undefined || value === '') params.delete(name);
  else params.set(name, value);
}

/** The URL's parameters with some of the page's state changed; everything else is kept. */
export function writeCompareSearch(
  current: URLSearchParams,
  { left, right, filter, sort, object }: CompareSearchChanges,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (left !== undefined) {
    setOrDelete(next, compareParams.left, left?.environmentId);
    setOrDelete(next, compareParams.leftTenant, left?.tenantId);
  }
  if (right !== undefined) {
    setOrDelete(next, compareParams.right, right?.environmentId);
    setOrDelete(next, compareParams.rightTenant, right?.tenantId);
  }
  if (filter?.onlyDifferences !== undefined) {
    setOrDelete(next, compareParams.onlyDifferences, filter.onlyDifferences ? '1' : null);
  }
  if (filter?.kinds) setOrDelete(next, compareParams.kinds, filter.kinds.join(','));
  if (sort) {
    const isDefault =
      sort.column === defaultCompareSort.column && sort.direction === defaultCompareSort.direction;
    setOrDelete(next, compareParams.sort, isDefault ? null : sort.column);
    setOrDelete(next, compareParams.direction, isDefault ? null : sort.direction);
  }
  if (object !== undefined) setOrDelete(next, compareParams.object, object);
  return next;
}

export function sameSide(a: CompareSide | null, b: CompareSide | null): boolean {
  return (
    a !== null && b !== null && a.environmentId === b.environmentId && a.tenantId === b.tenantId
  );
}
