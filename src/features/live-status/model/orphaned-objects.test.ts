import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import type { ApplicationLiveStatus } from '../../../api/contract';
import { buildObjectTree } from '../../../lib/object-tree';
import { orphanCount, orphanSyncFilter } from './orphaned-objects';

const ORPHANED_AT = '2026-11-21T11:00:00.000Z';

function withOrphans(totalOrphanCount: number | null): ApplicationLiveStatus {
  const status = applicationLiveStatus([
    machineStatus([
      liveResource({ Name: 'web' }),
      liveResource({ Name: 'old-config', Kind: 'ConfigMap', SyncStatus: 'Orphaned' }),
      // As the Octopus CLI's fixture sends one: no sync status, a deletion queued.
      liveResource({
        Name: 'old-worker',
        SyncStatus: 'NotApplicable',
        OrphanedAt: ORPHANED_AT,
        DeletionTaskState: 'Queued',
      }),
    ]),
  ]);
  return { ...status, Summary: { ...status.Summary, TotalOrphanCount: totalOrphanCount } };
}

describe('orphanCount', () => {
  it('takes the server’s TotalOrphanCount when it sends one', () => {
    const status = withOrphans(5);
    expect(orphanCount(status.Summary, buildObjectTree(status))).toBe(5);
    expect(orphanCount(withOrphans(0).Summary, buildObjectTree(status))).toBe(0);
  });

  it('counts the orphans in the tree, being deleted or not, on a server without it', () => {
    const status = withOrphans(null);
    expect(orphanCount(status.Summary, buildObjectTree(status))).toBe(2);
    expect(orphanCount(cartsLiveStatus().Summary, buildObjectTree(cartsLiveStatus()))).toBe(0);
    expect(orphanCount(status.Summary, null)).toBe(0);
  });
});

describe('orphanSyncFilter', () => {
  it('selects Orphaned, and Deleting when an orphan is being deleted', () => {
    expect(orphanSyncFilter(buildObjectTree(withOrphans(2)))).toEqual(['Orphaned', 'Deleting']);
    expect(orphanSyncFilter(buildObjectTree(cartsLiveStatus()))).toEqual(['Orphaned']);
    expect(orphanSyncFilter(null)).toEqual(['Orphaned']);
  });
});
