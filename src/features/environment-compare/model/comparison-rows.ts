import type { LiveResource } from '../../../api/contract';
import type { FacetOption } from '../../../components/facet-filter/facet-filter';
import type { TreeGridRow } from '../../../components/tree-grid/tree-grid';
import type { ObjectRef } from '../../../config/object-search-param';
import type { ManifestFieldDifference } from '../../../lib/manifest-comparison';
import { forEachDescendant, type ObjectNode, type ObjectTree } from '../../../lib/object-tree';
import type { CompareFilter, CompareSort } from './compare-search';

/**
 * The comparison's rows: one per object Octopus applied (the top-level objects of each side's
 * live status), matched by kind and name, whatever their namespaces. A kind and name found on
 * several targets of one side (an application deployed to two clusters) is paired in target
 * order: the first with the first, and so on. Children (ReplicaSets, Pods) are not applied and
 * have generated names, so they are not paired: each side says how many it has.
 */

export type Presence = 'both' | 'left' | 'right';

/** One side's object in a row. */
export interface SideObject {
  resource: LiveResource;
  /** How the object endpoints address it; null when the server gave no id. */
  ref: ObjectRef | null;
  /** The target's name when the side has several targets, else null. */
  target: string | null;
  /** How many objects it owns, at every depth (its ReplicaSets and their Pods). */
  descendants: number;
}

/** One kind and name, on either side or both. */
export interface ComparedObject {
  /** `Deployment/payment`; `Deployment/payment#2` for the second of that name on a side. */
  key: string;
  kind: string;
  name: string;
  left: SideObject | null;
  right: SideObject | null;
  presence: Presence;
  /** On both sides, with a different health or sync. */
  statusDiffers: boolean;
}

/** What comparing the two applied manifests of a row found. */
export type ManifestComparison =
  | { status: 'one-side' }
  | { status: 'checking' }
  | { status: 'same' }
  | { status: 'differ'; differences: readonly ManifestFieldDifference[] }
  /** `retryable`: a request failed (asking again may help), rather than the data itself. */
  | { status: 'failed'; reason: string; retryable: boolean };

export type ManifestStatus = ManifestComparison['status'];

/** A row of the Comparison table: the object, its manifests' comparison, its place in the grid. */
export interface ComparisonRow extends ComparedObject, TreeGridRow {
  manifests: ManifestComparison;
  /** Present on one side only, or its health, sync or manifests differ. */
  differs: boolean;
}

interface TopLevelObject {
  node: ObjectNode;
  target: string | null;
}

function topLevelObjects(tree: ObjectTree): TopLevelObject[] {
  return tree.roots.flatMap((root): TopLevelObject[] =>
    root.type === 'machine'
      ? root.children.map((node) => ({ node, target: root.name }))
      : [{ node: root, target: null }],
  );
}

function countDescendants(node: ObjectNode): number {
  let count = 0;
  forEachDescendant(node, () => {
    count += 1;
  });
  return count;
}

/** Each side's top-level objects by kind and name, in target order. */
function byKindAndName(tree: ObjectTree): Map<string, SideObject[]> {
  const groups = new Map<string, SideObject[]>();
  for (const { node, target } of topLevelObjects(tree)) {
    const id = `${node.resource.Kind}/${node.resource.Name}`;
    const side: SideObject = {
      resource: node.resource,
      ref: node.ref,
      target,
      descendants: countDescendants(node),
    };
    const group = groups.get(id);
    if (group) group.push(side);
    else groups.set(id, [side]);
  }
  return groups;
}

function byKindThenName(a: ComparedObject, b: ComparedObject): number {
  return compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.key, b.key);
}

function byNameThenKind(a: ComparedObject, b: ComparedObject): number {
  return compareText(a.name, b.name) || compareText(a.kind, b.kind) || compareText(a.key, b.key);
}

/** Plain code-point order: names are ASCII, and this is many times faster than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every object on either side, paired by kind and name, sorted by kind then name. */
export function pairObjects(left: ObjectTree, right: ObjectTree): ComparedObject[] {
  const leftGroups = byKindAndName(left);
  const rightGroups = byKindAndName(right);
  const ids = new Set([...leftGroups.keys(), ...rightGroups.keys()]);
  const objects: ComparedObject[] = [];
  for (const id of ids) {
    const lefts = leftGroups.get(id) ?? [];
    const rights = rightGroups.get(id) ?? [];
    const first = lefts[0] ?? rights[0];
    if (!first) continue;
    for (let index = 0; index < Math.max(lefts.length, rights.length); index++) {
      const leftObject = lefts[index] ?? null;
      const rightObject = rights[index] ?? null;
      const presence: Presence = leftObject ? (rightObject ? 'both' : 'left') : 'right';
      objects.push({
        key: index === 0 ? id : `${id}#${String(index + 1)}`,
        kind: first.resource.Kind,
        name: first.resource.Name,
        left: leftObject,
        right: rightObject,
        presence,
        statusDiffers:
          leftObject !== null &&
          rightObject !== null &&
          (leftObject.resource.HealthStatus !== rightObject.resource.HealthStatus ||
            leftObject.resource.SyncStatus !== rightObject.resource.SyncStatus),
      });
    }
  }
  return objects.sort(byKindThenName);
}

/** The objects in the table's order: kind then name (as `pairObjects` gives), or by name. */
export function sortComparedObjects(
  objects: readonly ComparedObject[],
  { column, direction }: CompareSort,
): readonly ComparedObject[] {
  const sorted = column === 'kind' ? [...objects] : [...objects].sort(byNameThenKind);
  return direction === 'asc' ? sorted : sorted.reverse();
}

export interface ComparisonView {
  /** The rows the filters keep, in order. */
  rows: ComparisonRow[];
  kinds: FacetOption<string>[];
  /** Every row, and those known to differ (as far as the manifests compared so far tell). */
  total: number;
  differing: number;
}

function differs(object: ComparedObject, manifests: ManifestComparison): boolean {
  return object.presence !== 'both' || object.statusDiffers || manifests.status === 'differ';
}

/**
 * The table's rows: the objects (already sorted) with their manifests' comparison, kept by the
 * filters, with the kind facet's counts (among the rows "Only differences" keeps). A row whose
 * manifests are still being compared is not a difference yet: it joins "Only differences" when
 * its comparison says so. Pure, and linear in the number of objects.
 */
export function comparisonView(
  objects: readonly ComparedObject[],
  manifestsOf: (object: ComparedObject) => ManifestComparison,
  filter: CompareFilter,
): ComparisonView {
  const kinds = new Set(filter.kinds);
  const kindCounts = new Map<string, number>();
  const kept: { object: ComparedObject; manifests: ManifestComparison; differs: boolean }[] = [];
  let differing = 0;
  for (const object of objects) {
    const manifests = manifestsOf(object);
    const rowDiffers = differs(object, manifests);
    if (rowDiffers) differing += 1;
    const passesDifferences = !filter.onlyDifferences || rowDiffers;
    if (!kindCounts.has(object.kind)) kindCounts.set(object.kind, 0);
    if (!passesDifferences) continue;
    kindCounts.set(object.kind, (kindCounts.get(object.kind) ?? 0) + 1);
    if (kinds.size > 0 && !kinds.has(object.kind)) continue;
    kept.push({ object, manifests, differs: rowDiffers });
  }
  const rows = kept.map(({ object, manifests, differs: rowDiffers }, index): ComparisonRow => ({
    ...object,
    manifests,
    differs: rowDiffers,
    level: 1,
    setSize: kept.length,
    posInSet: index + 1,
    parentKey: null,
    expandable: false,
    expanded: false,
  }));
  // Every kind either side has, and a selected one neither has (so it can be cleared).
  const kindNames = [...new Set([...kindCounts.keys(), ...filter.kinds])].sort(compareText);
  return {
    rows,
    kinds: kindNames.map((value) => ({
      value,
      count: kindCounts.get(value) ?? 0,
      selected: kinds.has(value),
    })),
    total: objects.length,
    differing,
  };
}
