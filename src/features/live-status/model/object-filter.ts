import type { HealthStatus, LiveResource } from '../../../api/contract';
import { displayedSyncStatus, type DisplaySyncStatus } from '../../../lib/displayed-sync';
import type { ObjectTree } from '../../../lib/object-tree';

/** What the objects table is narrowed to. Empty lists mean "any". */
export interface ObjectFilter {
  health: readonly HealthStatus[];
  /** As shown: an orphan being deleted is `Deleting`. */
  sync: readonly DisplaySyncStatus[];
  kinds: readonly string[];
  /** Part of an object's name, any case. */
  query: string;
  /** Only objects that are not Healthy or not In Sync. */
  problemsOnly: boolean;
}

export const noFilter: ObjectFilter = {
  health: [],
  sync: [],
  kinds: [],
  query: '',
  problemsOnly: false,
};

/** Health values that need nobody's attention: a suspended CronJob is paused on purpose. */
const fineHealth: ReadonlySet<HealthStatus> = new Set(['Healthy', 'Suspended']);
/** Sync values that need nobody's attention: Pods and ReplicaSets were never applied. */
const fineSync: ReadonlySet<DisplaySyncStatus> = new Set(['InSync', 'NotApplicable']);

/** Not Healthy, or not In Sync (orphans included): what triage looks at first. */
export function isProblem(resource: LiveResource): boolean {
  return !fineHealth.has(resource.HealthStatus) || !fineSync.has(displayedSyncStatus(resource));
}

export function isFilterActive(filter: ObjectFilter): boolean {
  return (
    filter.health.length > 0 ||
    filter.sync.length > 0 ||
    filter.kinds.length > 0 ||
    filter.query.trim() !== '' ||
    filter.problemsOnly
  );
}

export type Facet = 'health' | 'sync' | 'kind';

/** Whether one object passes the filter, leaving out one facet (to count that facet's options). */
export function matchesFilter(resource: LiveResource, filter: ObjectFilter, except?: Facet) {
  const query = filter.query.trim().toLowerCase();
  if (query !== '' && !resource.Name.toLowerCase().includes(query)) return false;
  if (filter.problemsOnly && !isProblem(resource)) return false;
  if (except !== 'health' && filter.health.length > 0) {
    if (!filter.health.includes(resource.HealthStatus)) return false;
  }
  if (except !== 'sync' && filter.sync.length > 0) {
    if (!filter.sync.includes(displayedSyncStatus(resource))) return false;
  }
  if (except !== 'kind' && filter.kinds.length > 0) {
    if (!filter.kinds.includes(resource.Kind)) return false;
  }
  return true;
}

export interface FilterResult {
  /** Objects that pass the filter. */
  matches: ReadonlySet<string>;
  /** Matches and every node above one (targets, owners): what the table shows. */
  visible: ReadonlySet<string>;
}

/**
 * Which nodes pass the filter, and which are shown: a match is shown with its ancestors (dimmed
 * as context), so a crash-looping Pod still appears under its ReplicaSet and Deployment.
 */
export function filterTree(tree: ObjectTree, filter: ObjectFilter): FilterResult {
  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const node of tree.objects) {
    if (!matchesFilter(node.resource, filter)) continue;
    matches.add(node.key);
    let key: string | null = node.key;
    while (key !== null && !visible.has(key)) {
      visible.add(key);
      key = tree.byKey.get(key)?.parentKey ?? null;
    }
  }
  return { matches, visible };
}

export interface FacetOption<Value extends string> {
  value: Value;
  /** Objects with this value that pass every other part of the filter. */
  count: number;
  selected: boolean;
}

export interface FacetCounts {
  health: FacetOption<HealthStatus>[];
  sync: FacetOption<DisplaySyncStatus>[];
  kind: FacetOption<string>[];
}

/** Worst first: the order the health filter lists its options in. */
export const healthOrder: readonly HealthStatus[] = [
  'Degraded',
  'Missing',
  'Unknown',
  'Progressing',
  'Stale',
  'Suspended',
  'Healthy',
];

export const syncOrder: readonly DisplaySyncStatus[] = [
  'OutOfSync',
  'Orphaned',
  'Deleting',
  'Unknown',
  'InSync',
  'NotApplicable',
];

function tally<Value extends string>(
  tree: ObjectTree,
  filter: ObjectFilter,
  facet: Facet,
  valueOf: (resource: LiveResource) => Value,
): Map<Value, number> {
  const counts = new Map<Value, number>();
  for (const { resource } of tree.objects) {
    const value = valueOf(resource);
    counts.set(value, (counts.get(value) ?? 0) + (matchesFilter(resource, filter, facet) ? 1 : 0));
  }
  return counts;
}

function options<Value extends string>(
  counts: Map<Value, number>,
  order: readonly Value[],
  selected: readonly Value[],
): FacetOption<Value>[] {
  // Every value the application has, and any selected one it does not (so it can be cleared).
  const values = order.filter((value) => counts.has(value) || selected.includes(value));
  return values.map((value) => ({
    value,
    count: counts.get(value) ?? 0,
    selected: selected.includes(value),
  }));
}

/**
 * Each filter option with its count: the objects that have that value and pass every other part
 * of the filter, so a count says what choosing the option would show.
 */
export function facetCounts(tree: ObjectTree, filter: ObjectFilter): FacetCounts {
  const kinds = tally(tree, filter, 'kind', (resource) => resource.Kind);
  const kindOrder = [...new Set([...kinds.keys(), ...filter.kinds])].sort((a, b) =>
    a.localeCompare(b),
  );
  return {
    health: options(
      tally(tree, filter, 'health', (resource) => resource.HealthStatus),
      healthOrder,
      filter.health,
    ),
    sync: options(tally(tree, filter, 'sync', displayedSyncStatus), syncOrder, filter.sync),
    kind: options(kinds, kindOrder, filter.kinds),
  };
}
