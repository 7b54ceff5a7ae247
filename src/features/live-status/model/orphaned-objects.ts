import type { LiveStatusSummary } from '../../../api/contract';
import { displayedSyncStatus, isOrphan, type DisplaySyncStatus } from '../../../lib/displayed-sync';
import type { ObjectTree } from '../../../lib/object-tree';

/**
 * How many objects Octopus no longer deploys: the server's `TotalOrphanCount` when it sends one
 * (a 2026 field: older servers leave it out), else the orphans in the tree. Deleting ones count:
 * they are orphans until the monitor reports them gone.
 */
export function orphanCount(summary: LiveStatusSummary, tree: ObjectTree | null): number {
  if (summary.TotalOrphanCount !== null) return summary.TotalOrphanCount;
  return tree?.objects.filter((node) => isOrphan(node.resource)).length ?? 0;
}

/** The Sync filter that lists the orphans: Orphaned, and Deleting when any is being deleted. */
export function orphanSyncFilter(tree: ObjectTree | null): DisplaySyncStatus[] {
  const deleting = tree?.objects.some((node) => displayedSyncStatus(node.resource) === 'Deleting');
  return deleting ? ['Orphaned', 'Deleting'] : ['Orphaned'];
}
