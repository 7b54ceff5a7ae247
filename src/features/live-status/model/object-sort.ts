import type { HealthStatus } from '../../../api/contract';
import { displayedSyncStatus, type DisplaySyncStatus } from '../../../lib/displayed-sync';
import { sortableTime } from '../../../lib/sortable-time';
import { healthOrder, syncOrder } from './object-filter';
import type { TreeNode } from '../../../lib/object-tree';

export const sortColumns = ['name', 'kind', 'namespace', 'health', 'sync', 'updated'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';

export interface ObjectSort {
  column: SortColumn;
  direction: SortDirection;
}

/**
 * The direction a column sorts in when first chosen: names A to Z, statuses worst first (their
 * "ascending" order is by severity), and the most recently updated first.
 */
export const firstDirection: Record<SortColumn, SortDirection> = {
  name: 'asc',
  kind: 'asc',
  namespace: 'asc',
  health: 'asc',
  sync: 'asc',
  updated: 'desc',
};

/** A header click: the column's first direction, then the other, then back to no sorting. */
export function nextSort(current: ObjectSort | null, column: SortColumn): ObjectSort | null {
  if (current?.column !== column) return { column, direction: firstDirection[column] };
  if (current.direction === firstDirection[column]) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return null;
}

const healthRank = new Map<HealthStatus, number>(healthOrder.map((value, index) => [value, index]));
const syncRank = new Map<DisplaySyncStatus, number>(
  syncOrder.map((value, index) => [value, index]),
);
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function nameOf(node: TreeNode): string {
  return node.type === 'machine' ? node.name : node.resource.Name;
}

/** Ascending order of two siblings by one column; deployment targets only sort by name. */
function compareBy(column: SortColumn, a: TreeNode, b: TreeNode): number {
  if (column === 'name' || a.type === 'machine' || b.type === 'machine') {
    return collator.compare(nameOf(a), nameOf(b));
  }
  const left = a.resource;
  const right = b.resource;
  switch (column) {
    case 'kind':
      return collator.compare(left.Kind, right.Kind);
    case 'namespace':
      return collator.compare(left.Namespace ?? '', right.Namespace ?? '');
    case 'health':
      return (healthRank.get(left.HealthStatus) ?? 0) - (healthRank.get(right.HealthStatus) ?? 0);
    case 'sync':
      return (
        (syncRank.get(displayedSyncStatus(left)) ?? 0) -
        (syncRank.get(displayedSyncStatus(right)) ?? 0)
      );
    case 'updated':
      return sortableTime(left.LastUpdated) - sortableTime(right.LastUpdated);
  }
}

/**
 * A comparator for siblings (the tree keeps its shape: children are sorted among themselves).
 * Ties fall back to the name; null keeps the server's order, which is the order of deployment.
 */
export function siblingComparator(
  sort: ObjectSort | null,
): ((a: TreeNode, b: TreeNode) => number) | null {
  if (!sort) return null;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * compareBy(sort.column, a, b) || collator.compare(nameOf(a), nameOf(b));
}
