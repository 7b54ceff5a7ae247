import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import { findLiveResource } from './find-live-resource';

describe('findLiveResource', () => {
  it('finds a top-level object by its desired id or its UID, and a child by its UID', () => {
    const status = cartsLiveStatus();
    expect(findLiveResource(status, 'desired-carts')).toMatchObject({ Kind: 'Deployment' });
    expect(findLiveResource(status, 'desired-carts-db')).toMatchObject({ HealthStatus: 'Missing' });
    expect(findLiveResource(status, 'uid-carts-new-crash')).toMatchObject({
      Kind: 'Pod',
      Name: 'carts-new-crash',
    });
  });

  it('carries what only the tree says: since when an object is orphaned, and its deletion', () => {
    const orphan = liveResource({
      Name: 'legacy-config',
      Kind: 'ConfigMap',
      SyncStatus: 'Orphaned',
      OrphanedAt: '2026-11-21T11:00:00.000Z',
      DeletionTaskState: 'Failed',
    });
    const status = applicationLiveStatus([
      machineStatus([liveResource({ Name: 'web' })]),
      machineStatus([orphan], { MachineId: 'Machines-2' }),
    ]);
    expect(findLiveResource(status, 'desired-legacy-config')).toBe(orphan);
  });

  it('is null for an object the tree does not have, or before the live status arrives', () => {
    expect(findLiveResource(cartsLiveStatus(), 'uid-replaced-pod')).toBeNull();
    expect(findLiveResource(undefined, 'desired-carts')).toBeNull();
  });
});
