import { describe, expect, it } from 'vitest';
import { taskStates, type TaskState } from '../api/contract';
import { displayedSync, displayedSyncStatus, isOrphan, type SyncFields } from './displayed-sync';

const ORPHANED_AT = '2026-11-21T11:00:00.000Z';

const fields = (changes: Partial<SyncFields>): SyncFields => ({
  SyncStatus: 'InSync',
  OrphanedAt: null,
  DeletionTaskState: null,
  ...changes,
});

describe('displayedSyncStatus', () => {
  it('is the server’s sync for an object that is not orphaned', () => {
    expect(displayedSyncStatus(fields({ SyncStatus: 'OutOfSync' }))).toBe('OutOfSync');
    expect(displayedSyncStatus(fields({ SyncStatus: 'NotApplicable' }))).toBe('NotApplicable');
  });

  it('is Orphaned when the server says so, with or without OrphanedAt', () => {
    expect(displayedSyncStatus(fields({ SyncStatus: 'Orphaned' }))).toBe('Orphaned');
    expect(displayedSyncStatus(fields({ SyncStatus: 'Orphaned', OrphanedAt: ORPHANED_AT }))).toBe(
      'Orphaned',
    );
  });

  it('is Orphaned for an orphan sent with no sync status (read as NotApplicable)', () => {
    expect(
      displayedSyncStatus(fields({ SyncStatus: 'NotApplicable', OrphanedAt: ORPHANED_AT })),
    ).toBe('Orphaned');
  });

  it('is Deleting while a deletion task is queued, running, cancelling or just done', () => {
    const states: Record<TaskState, string> = {
      Queued: 'Deleting',
      Executing: 'Deleting',
      Cancelling: 'Deleting',
      Success: 'Deleting',
      Failed: 'Orphaned',
      TimedOut: 'Orphaned',
      Canceled: 'Orphaned',
    };
    for (const state of taskStates) {
      const orphan = fields({ SyncStatus: 'Orphaned', OrphanedAt: ORPHANED_AT });
      expect(displayedSyncStatus({ ...orphan, DeletionTaskState: state }), state).toBe(
        states[state],
      );
    }
  });

  it('reads the Octopus CLI’s orphan (no sync status, deletion Queued) as Deleting', () => {
    expect(
      displayedSyncStatus(
        fields({
          SyncStatus: 'NotApplicable',
          OrphanedAt: ORPHANED_AT,
          DeletionTaskState: 'Queued',
        }),
      ),
    ).toBe('Deleting');
  });

  it('keeps an object whose deletion state this client does not know as Orphaned', () => {
    expect(
      displayedSyncStatus(fields({ OrphanedAt: ORPHANED_AT, DeletionTaskState: 'Unknown' })),
    ).toBe('Orphaned');
  });
});

describe('displayedSync', () => {
  it('carries since when the object is orphaned', () => {
    expect(displayedSync(fields({ SyncStatus: 'Orphaned', OrphanedAt: ORPHANED_AT }))).toEqual({
      status: 'Orphaned',
      orphanedAt: ORPHANED_AT,
      lastDeletionFailed: false,
    });
  });

  it('says the last deletion failed after a Failed or TimedOut task, not after a cancel', () => {
    const orphan = fields({ SyncStatus: 'Orphaned', OrphanedAt: ORPHANED_AT });
    expect(displayedSync({ ...orphan, DeletionTaskState: 'Failed' }).lastDeletionFailed).toBe(true);
    expect(displayedSync({ ...orphan, DeletionTaskState: 'TimedOut' }).lastDeletionFailed).toBe(
      true,
    );
    expect(displayedSync({ ...orphan, DeletionTaskState: 'Canceled' }).lastDeletionFailed).toBe(
      false,
    );
    expect(displayedSync({ ...orphan, DeletionTaskState: 'Executing' })).toMatchObject({
      status: 'Deleting',
      lastDeletionFailed: false,
    });
  });
});

describe('isOrphan', () => {
  it('counts orphans, deleted or not, and nothing else', () => {
    expect(isOrphan(fields({ SyncStatus: 'Orphaned' }))).toBe(true);
    expect(isOrphan(fields({ OrphanedAt: ORPHANED_AT, DeletionTaskState: 'Executing' }))).toBe(
      true,
    );
    expect(isOrphan(fields({ SyncStatus: 'OutOfSync' }))).toBe(false);
    expect(isOrphan(fields({}))).toBe(false);
  });
});
