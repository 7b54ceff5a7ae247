import { describe, expect, it } from 'vitest';
import type { TaskObjectStatus } from '../contract';
import { deploymentQueries } from './deployment-queries';
import { releaseQueries } from './release-queries';
import {
  OBJECT_STATUS_DISCOVERY_INTERVAL_MS,
  OBJECT_STATUS_REFETCH_INTERVAL_MS,
  objectStatusIsFinal,
  objectStatusRefetchInterval,
  TASK_REFETCH_INTERVAL_MS,
  taskQueries,
  taskRefetchInterval,
} from './task-queries';

const ids = { spaceId: 'Spaces-1', taskId: 'ServerTasks-7' };

function status(...live: boolean[]): TaskObjectStatus {
  return {
    Steps: live.map((isLive, index) => ({
      ActionId: `step-${index}`,
      StepName: `Step ${index}`,
      Status: isLive ? 'InProgress' : 'Successful',
      VerifiesObjects: true,
      IsLive: isLive,
      SnapshotTakenAt: isLive ? null : '2026-11-21T12:00:00.000Z',
      Resources: [],
    })),
  };
}

describe('deployment, release and task query keys', () => {
  it('follow one hierarchy per resource, with a task’s log and objects under the task', () => {
    expect(deploymentQueries.detail({ spaceId: 'Spaces-1', deploymentId: 'D-1' }).queryKey).toEqual(
      ['deployments', 'Spaces-1', 'D-1'],
    );
    expect(releaseQueries.detail({ spaceId: 'Spaces-1', releaseId: 'R-1' }).queryKey).toEqual([
      'releases',
      'Spaces-1',
      'R-1',
    ]);
    expect(taskQueries.detail(ids).queryKey).toEqual(['tasks', 'Spaces-1', 'ServerTasks-7']);
    expect(taskQueries.details(ids).queryKey).toEqual([...taskQueries.one(ids), 'details']);
    expect(
      taskQueries.objectStatus(ids, { taskCompleted: false, watching: true }).queryKey,
    ).toEqual([...taskQueries.one(ids), 'kubernetes-object-status']);
  });

  it('give the object status one key whatever the polling, so the tabs share one cache entry', () => {
    expect(
      taskQueries.objectStatus(ids, { taskCompleted: true, watching: false }).queryKey,
    ).toEqual(taskQueries.objectStatus(ids, { taskCompleted: false, watching: true }).queryKey);
  });
});

describe('task polling', () => {
  it('polls a task and its log until the task has completed', () => {
    expect(taskRefetchInterval(undefined)).toBe(TASK_REFETCH_INTERVAL_MS);
    expect(taskRefetchInterval({ IsCompleted: false })).toBe(2_000);
    expect(taskRefetchInterval({ IsCompleted: true })).toBe(false);
  });
});

describe('object status polling', () => {
  const watching = { taskCompleted: false, watching: true };

  it('polls about every 2 s while any step is live', () => {
    expect(OBJECT_STATUS_REFETCH_INTERVAL_MS).toBe(2_000);
    expect(objectStatusRefetchInterval(status(false, true), watching)).toBe(2_000);
    // Even when the task has completed: the last step's stabilization period may still run.
    expect(objectStatusRefetchInterval(status(true), { taskCompleted: true, watching: true })).toBe(
      2_000,
    );
  });

  it('keeps polling while the task runs, since a step may yet start', () => {
    expect(objectStatusRefetchInterval(undefined, watching)).toBe(2_000);
    expect(objectStatusRefetchInterval(status(), watching)).toBe(2_000);
    expect(objectStatusRefetchInterval(status(false, false), watching)).toBe(2_000);
  });

  it('stops when no step is live and the task has completed', () => {
    const done = { taskCompleted: true, watching: true };
    expect(objectStatusRefetchInterval(status(false, false), done)).toBe(false);
    expect(objectStatusRefetchInterval(status(), done)).toBe(false);
    expect(objectStatusIsFinal(status(false, false), true)).toBe(true);
    expect(objectStatusIsFinal(status(false, true), true)).toBe(false);
    expect(objectStatusIsFinal(status(false), false)).toBe(false);
  });

  it('off the Kubernetes tab, only asks until it knows the tab exists', () => {
    const away = { taskCompleted: false, watching: false };
    expect(objectStatusRefetchInterval(undefined, away)).toBe(OBJECT_STATUS_DISCOVERY_INTERVAL_MS);
    expect(objectStatusRefetchInterval(status(), away)).toBe(10_000);
    expect(objectStatusRefetchInterval(status(true), away)).toBe(false);
    expect(objectStatusRefetchInterval(status(), { taskCompleted: true, watching: false })).toBe(
      false,
    );
  });
});
