import type { ApplicationStatus, LiveResource } from '../../../api/contract';
import { formatObjectRef } from '../../../config/object-search-param';
import type { FilterResult } from './object-filter';
import type { TreeNode } from '../../../lib/object-tree';

interface RowPlace {
  key: string;
  /** 1 for the roots. */
  level: number;
  setSize: number;
  /** 1-based, among the siblings shown. */
  posInSet: number;
  parentKey: string | null;
  /** Has children to show (with the current filter). */
  expandable: boolean;
  expanded: boolean;
}

export interface ObjectRow extends RowPlace {
  type: 'object';
  resource: LiveResource;
  /** The `object` URL value that opens its drawer; null when the server gave it no id. */
  ref: string | null;
  /** Shown only because something below it matches the filter. */
  context: boolean;
}

export interface MachineRow extends RowPlace {
  type: 'machine';
  name: string;
  status: ApplicationStatus;
  objectCount: number;
}

/**
 * One visible row of the objects table. Rows hold only primitives and the server's own objects
 * (which TanStack Query keeps identical while unchanged), so a row that did not change between
 * two polls compares equal field by field and is not drawn again.
 */
export type FlatRow = ObjectRow | MachineRow;

export interface FlattenOptions {
  /** The filter's result, or null to show everything. */
  filter: FilterResult | null;
  isExpanded: (node: TreeNode) => boolean;
  /** Sorts siblings; null keeps the server's order. */
  compare: ((a: TreeNode, b: TreeNode) => number) | null;
}

function countObjects(node: TreeNode): number {
  let count = 0;
  for (const child of node.children) count += 1 + countObjects(child);
  return count;
}

/** The rows to draw, in order: each shown node, then (when expanded) its shown children. */
export function flattenObjectTree(
  roots: readonly TreeNode[],
  { filter, isExpanded, compare }: FlattenOptions,
): FlatRow[] {
  const rows: FlatRow[] = [];
  const shown = (nodes: readonly TreeNode[]) => {
    const kept = filter ? nodes.filter((node) => filter.visible.has(node.key)) : [...nodes];
    return compare ? kept.sort(compare) : kept;
  };

  const walk = (nodes: readonly TreeNode[], level: number) => {
    const siblings = shown(nodes);
    siblings.forEach((node, index) => {
      const children = shown(node.children);
      const expandable = children.length > 0;
      const expanded = expandable && isExpanded(node);
      const place: RowPlace = {
        key: node.key,
        level,
        setSize: siblings.length,
        posInSet: index + 1,
        parentKey: node.parentKey,
        expandable,
        expanded,
      };
      if (node.type === 'machine') {
        rows.push({
          ...place,
          type: 'machine',
          name: node.name,
          status: node.status,
          objectCount: countObjects(node),
        });
      } else {
        rows.push({
          ...place,
          type: 'object',
          resource: node.resource,
          ref: node.ref ? formatObjectRef(node.ref) : null,
          context: filter !== null && !filter.matches.has(node.key),
        });
      }
      if (expanded) walk(node.children, level + 1);
    });
  };
  walk(roots, 1);
  return rows;
}
