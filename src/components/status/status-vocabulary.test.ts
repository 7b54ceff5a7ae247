import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  healthStatuses,
  objectStatuses,
  syncStatuses,
  taskStates,
} from '../../api/contract';
import { displaySyncStatuses } from '../../lib/displayed-sync';
import { applicationStatusDefinitions } from './application-status';
import { healthStatusDefinitions } from './health-status';
import { objectStatusDefinitions } from './object-status';
import type { StatusDefinition } from './status-definition';
import {
  displayedSyncDefinition,
  LAST_DELETION_FAILED,
  syncStatusDefinitions,
} from './sync-status';
import {
  successWithWarningsDefinition,
  taskStateDefinition,
  taskStateDefinitions,
} from './task-state';

const families: [string, readonly string[], Record<string, StatusDefinition>][] = [
  ['application status', applicationStatuses, applicationStatusDefinitions],
  ['health status', healthStatuses, healthStatusDefinitions],
  ['sync status', displaySyncStatuses, syncStatusDefinitions],
  ['task state', [...taskStates, 'Unknown'], taskStateDefinitions],
  ['object status', [...objectStatuses, 'Unknown'], objectStatusDefinitions],
];

const labels = (definitions: Record<string, StatusDefinition>) =>
  Object.fromEntries(Object.entries(definitions).map(([key, { label }]) => [key, label]));
const icons = (definitions: Record<string, StatusDefinition>) =>
  Object.fromEntries(Object.entries(definitions).map(([key, { icon }]) => [key, icon?.iconName]));

describe('status vocabulary', () => {
  it.each(families)('maps every %s, each with a label and a description', (_, values, map) => {
    expect(Object.keys(map).sort()).toEqual([...values].sort());
    for (const definition of Object.values(map)) {
      expect(definition.label).not.toBe('');
      expect(definition.description.length).toBeGreaterThan(10);
    }
  });

  it('labels and draws application statuses as Octopus does', () => {
    expect(labels(applicationStatusDefinitions)).toEqual({
      Progressing: 'Progressing',
      Healthy: 'Healthy',
      Unknown: 'Unknown',
      Degraded: 'Degraded',
      OutOfSync: 'Out of Sync',
      Missing: 'Missing',
      Unavailable: 'Unavailable',
      Waiting: 'Waiting',
      Stale: 'Stale',
      NotSupported: 'Live status not available',
    });
    expect(icons(applicationStatusDefinitions)).toEqual({
      Progressing: 'circle-notch',
      Healthy: 'heart',
      Unknown: 'question',
      Degraded: 'heart-crack',
      OutOfSync: 'arrow-up',
      Missing: 'ghost',
      Unavailable: 'circle-exclamation',
      Waiting: 'hourglass',
      Stale: 'bolt-lightning',
      NotSupported: undefined,
    });
    expect(applicationStatusDefinitions.Stale.slashed).toBe(true);
    expect(applicationStatusDefinitions.Waiting.description).toBe(
      'Application live status will be available once the deployment completes',
    );
  });

  it('labels object health and sync as Octopus does', () => {
    expect(healthStatusDefinitions.Suspended).toMatchObject({
      label: 'Suspended',
      description: 'Job is not currently running',
    });
    expect(icons(healthStatusDefinitions).Suspended).toBe('pause');
    expect(labels(syncStatusDefinitions)).toMatchObject({
      InSync: 'In Sync',
      OutOfSync: 'Out of Sync',
    });
    expect(icons(syncStatusDefinitions)).toMatchObject({ InSync: 'check', OutOfSync: 'arrow-up' });
  });

  it('shows every API sync value, and Deleting, which only Periscope derives', () => {
    expect(displaySyncStatuses).toEqual([...syncStatuses, 'Deleting']);
    expect(labels(syncStatusDefinitions)).toMatchObject({
      Orphaned: 'Orphaned',
      Deleting: 'Deleting',
    });
    expect(icons(syncStatusDefinitions)).toMatchObject({
      Orphaned: 'link-slash',
      Deleting: 'trash-can',
    });
  });

  it('says since when an object is orphaned, and that its last deletion failed', () => {
    const since = displayedSyncDefinition({
      status: 'Orphaned',
      orphanedAt: '2026-11-21T11:00:00.000Z',
      lastDeletionFailed: false,
    });
    expect(since.label).toBe('Orphaned');
    expect(since.description).toMatch(
      /^Octopus no longer deploys this object \(since \d+ Nov 2026, \d\d:\d\d:00 [^)]+\); it keeps running until someone deletes it in Octopus$/,
    );
    const failed = displayedSyncDefinition({
      status: 'Orphaned',
      orphanedAt: null,
      lastDeletionFailed: true,
    });
    expect(failed.description).toBe(
      `${syncStatusDefinitions.Orphaned.description}. ${LAST_DELETION_FAILED}`,
    );
    expect(
      displayedSyncDefinition({ status: 'Deleting', orphanedAt: null, lastDeletionFailed: false }),
    ).toBe(syncStatusDefinitions.Deleting);
  });

  it('labels deployment-time object status as the Kubernetes tab does', () => {
    expect(labels(objectStatusDefinitions)).toMatchObject({
      InProgress: 'In progress',
      Successful: 'Success',
      Failed: 'Error',
      TimedOut: 'Timed out while in progress',
    });
    expect(icons(objectStatusDefinitions)).toMatchObject({
      InProgress: 'spinner',
      Successful: 'heart',
      Failed: 'heart-crack',
      TimedOut: 'clock',
    });
    expect(objectStatusDefinitions.InProgress).toMatchObject({ tone: 'progressing', spin: true });
    expect(objectStatusDefinitions.TimedOut.tone).toBe('timed-out');
  });

  it('says "with warnings" only of a successful deployment', () => {
    expect(taskStateDefinition('Success', true)).toBe(successWithWarningsDefinition);
    expect(taskStateDefinition('Failed', true)).toBe(taskStateDefinitions.Failed);
    expect(taskStateDefinition('TimedOut').label).toBe('Timed out');
  });
});
