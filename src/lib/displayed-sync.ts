import type { LiveResource } from '../api/contract';
import { syncStatuses, type TaskState } from '../api/contract/enum-values';

/**
 * The sync statuses Periscope shows: the API's, and `Deleting`, which the API never sends as a
 * sync value. Octopus shows it while a "Delete Kubernetes resources" task works on an orphan;
 * the API says so through the object's `DeletionTaskState`.
 */
export const displaySyncStatuses = [...syncStatuses, 'Deleting'] as const;
export type DisplaySyncStatus = (typeof displaySyncStatuses)[number];

/** The fields an object's shown sync is derived from. */
export type SyncFields = Pick<LiveResource, 'SyncStatus' | 'OrphanedAt' | 'DeletionTaskState'>;

/** What the sync cell, the filter and the drawer say of an object. */
export interface DisplayedSync {
  status: DisplaySyncStatus;
  /** When Octopus stopped deploying the object, when the server says (`OrphanedAt`). */
  orphanedAt: string | null;
  /** The latest deletion task failed or timed out: the object is still orphaned. */
  lastDeletionFailed: boolean;
}

/**
 * Task states in which a deletion is under way. `Success` is one: the task has deleted the
 * object, and it leaves the table only once the monitor reports it gone.
 */
const deleting: ReadonlySet<TaskState | 'Unknown'> = new Set([
  'Queued',
  'Executing',
  'Cancelling',
  'Success',
]);
const failed: ReadonlySet<TaskState | 'Unknown'> = new Set(['Failed', 'TimedOut']);

/**
 * The sync status to show for an object. A server may send an orphan as `SyncStatus: Orphaned`,
 * or with no sync status at all and only `OrphanedAt` (the Octopus CLI's fixture does), so
 * `OrphanedAt` and `DeletionTaskState` decide first: a deletion under way is Deleting; set
 * `OrphanedAt`, or a finished, failed or canceled deletion, is Orphaned (a cancel leaves the
 * object unresolved); the server's value otherwise.
 */
export function displayedSyncStatus(resource: SyncFields): DisplaySyncStatus {
  const deletion = resource.DeletionTaskState;
  if (deletion !== null && deleting.has(deletion)) return 'Deleting';
  if (resource.OrphanedAt !== null || deletion !== null) return 'Orphaned';
  return resource.SyncStatus;
}

/** The shown sync status with what the drawer and the tooltips add to it. */
export function displayedSync(resource: SyncFields): DisplayedSync {
  const status = displayedSyncStatus(resource);
  const deletion = resource.DeletionTaskState;
  return {
    status,
    orphanedAt: resource.OrphanedAt,
    lastDeletionFailed: status === 'Orphaned' && deletion !== null && failed.has(deletion),
  };
}

/** An object Octopus no longer deploys, deleted or not yet: what `TotalOrphanCount` counts. */
export function isOrphan(resource: SyncFields): boolean {
  const status = displayedSyncStatus(resource);
  return status === 'Orphaned' || status === 'Deleting';
}
