import { describe, expect, it } from 'vitest';
import { reindexCronJob } from '../testing/fixtures';
import { objectHealth } from '../health';

describe('batch/CronJob', () => {
  it('is Suspended when spec.suspend is set', () => {
    expect(objectHealth(reindexCronJob({ suspend: true, status: {} }))).toEqual({
      status: 'Suspended',
      message: 'CronJob is Suspended',
    });
  });

  it('is Progressing without any status yet', () => {
    expect(objectHealth(reindexCronJob())).toEqual({
      status: 'Progressing',
      message: 'Waiting for CronJob',
    });
  });

  it('is Progressing while jobs are active', () => {
    const cronJob = reindexCronJob({
      status: {
        lastScheduleTime: '2024-05-15T02:00:00Z',
        lastSuccessfulTime: '2024-05-14T02:01:42Z',
        active: [
          {
            apiVersion: 'batch/v1',
            kind: 'Job',
            name: 'catalogue-reindex-28597680',
            namespace: 'sock-shop',
            uid: 'e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b',
          },
        ],
      },
    });
    expect(objectHealth(cronJob)).toEqual({
      status: 'Progressing',
      message: 'Waiting for 1 Jobs to complete',
    });
  });

  it('is Healthy when never scheduled yet', () => {
    expect(objectHealth(reindexCronJob({ status: {} }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Degraded when the last run did not succeed', () => {
    const cronJob = reindexCronJob({
      status: {
        lastScheduleTime: '2024-05-15T02:00:00Z',
        lastSuccessfulTime: '2024-05-14T02:01:42Z',
      },
    });
    expect(objectHealth(cronJob)).toEqual({
      status: 'Degraded',
      message: 'CronJob has not completed its last execution successfully',
    });
  });

  it('is Degraded when no run ever succeeded', () => {
    const cronJob = reindexCronJob({ status: { lastScheduleTime: '2024-05-15T02:00:00Z' } });
    expect(objectHealth(cronJob)).toEqual({
      status: 'Degraded',
      message: 'CronJob has not completed its last execution successfully',
    });
  });

  it('is Healthy when the last run succeeded', () => {
    const cronJob = reindexCronJob({
      status: {
        lastScheduleTime: '2024-05-15T02:00:00Z',
        lastSuccessfulTime: '2024-05-15T02:01:37Z',
      },
    });
    expect(objectHealth(cronJob)).toEqual({
      status: 'Healthy',
      message: 'CronJob has completed its last execution successfully',
    });
  });

  it('is Unknown when the list of active jobs is not a list', () => {
    const result = objectHealth({ ...reindexCronJob(), status: { active: 'catalogue-reindex' } });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured CronJob to typed: status.active: ',
    );
  });
});
