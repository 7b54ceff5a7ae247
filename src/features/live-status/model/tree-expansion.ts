import type { HealthStatus } from '../../../api/contract';
import { isOrphan } from '../../../lib/displayed-sync';
import type { ObjectNode, ObjectTree, TreeNode } from '../../../lib/object-tree';

/**
 * Which rows are open. `base` says what a row does by default (`default`: see
 * `initiallyExpanded`; `all`; `none`), and `overrides` records each row the user opened or
 * closed since, by key, so "Expand all" is one step however many rows there are.
 */
export interface Expansion {
  base: 'default' | 'all' | 'none';
  overrides: ReadonlyMap<string, boolean>;
}

export const initialExpansion: Expansion = { base: 'default', overrides: new Map() };

/** Health that deserves to be seen without a click: the rows above such an object open. */
const revealedHealth: ReadonlySet<HealthStatus> = new Set(['Degraded', 'Missing']);

/** Whether an object is an orphan or below one (only top-level objects are orphaned). */
function inOrphan(tree: ObjectTree, node: ObjectNode): boolean {
  let current: TreeNode | undefined = node;
  while (current?.type === 'object') {
    if (isOrphan(current.resource)) return true;
    current = current.parentKey === null ? undefined : tree.byKey.get(current.parentKey);
  }
  return false;
}

/**
 * What is open when the page first shows: every deployment target, and every object with a
 * Degraded or Missing object below it, so a crash-looping Pod shows under its ReplicaSet. Not
 * below an orphan: Octopus no longer deploys it, and its health counts for nothing (as in the
 * application's health), so it does not pull the tree open.
 */
export function initiallyExpanded(tree: ObjectTree): ReadonlySet<string> {
  const open = new Set<string>();
  for (const root of tree.roots) {
    if (root.type === 'machine') open.add(root.key);
  }
  for (const node of tree.objects) {
    if (!revealedHealth.has(node.resource.HealthStatus)) continue;
    if (inOrphan(tree, node)) continue;
    let key = node.parentKey;
    while (key !== null && !open.has(key)) {
      open.add(key);
      key = tree.byKey.get(key)?.parentKey ?? null;
    }
  }
  return open;
}

/**
 * Whether a node is open. While a filter is on, a node opens by default when it has matches
 * below it, so every match is in view; the user's own choices still win.
 */
export function expansionPredicate(
  expansion: Expansion,
  defaults: ReadonlySet<string>,
  filtering: boolean,
): (node: TreeNode) => boolean {
  const { base, overrides } = expansion;
  return (node) => {
    const chosen = overrides.get(node.key);
    if (chosen !== undefined) return chosen;
    if (base === 'all') return true;
    if (base === 'none') return false;
    return filtering || defaults.has(node.key);
  };
}

/** Opens or closes one row. */
export function toggleExpansion(expansion: Expansion, key: string, open: boolean): Expansion {
  const overrides = new Map(expansion.overrides);
  overrides.set(key, open);
  return { base: expansion.base, overrides };
}
