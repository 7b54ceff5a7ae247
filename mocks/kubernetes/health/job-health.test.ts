import { describe, expect, it } from 'vitest';
import { ordersMigrationJob } from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';

describe('batch/Job', () => {
  it('is Progressing, without a message, while running', () => {
    const job = ordersMigrationJob({ active: 1, startTime: '2024-05-14T09:20:00Z' });
    expect(objectHealth(job)).toEqual({ status: 'Progressing', message: null });
  });

  it('is Degraded with the Failed condition message', () => {
    const job = ordersMigrationJob({
      failed: 7,
      conditions: [
        {
          type: 'FailureTarget',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        },
        {
          type: 'Failed',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        },
      ],
    });
    expect(objectHealth(job)).toEqual({
      status: 'Degraded',
      message: 'Job has reached the specified backoff limit',
    });
  });

  it('is Healthy once Complete', () => {
    const job = ordersMigrationJob({
      succeeded: 1,
      completionTime: '2024-05-14T09:21:13Z',
      conditions: [
        { type: 'SuccessCriteriaMet', status: 'True', reason: 'CompletionsReached' },
        { type: 'Complete', status: 'True', reason: 'CompletionsReached' },
      ],
    });
    expect(objectHealth(job)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Suspended without a message, as gitops-engine gives it the (empty) failure message', () => {
    const job = ordersMigrationJob({
      conditions: [
        { type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' },
      ],
    });
    expect(objectHealth(job)).toEqual({ status: 'Suspended', message: null });
  });

  it('stays Suspended after a later Suspended condition that is not true', () => {
    const job = ordersMigrationJob({
      conditions: [
        { type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' },
        { type: 'Suspended', status: 'False', reason: 'JobResumed', message: 'Job resumed' },
      ],
    });
    expect(objectHealth(job)?.status).toBe('Suspended');
  });

  it('is Healthy once resumed: gitops-engine counts any Suspended condition as finished', () => {
    const job = ordersMigrationJob({
      active: 1,
      conditions: [
        { type: 'Suspended', status: 'False', reason: 'JobResumed', message: 'Job resumed' },
      ],
    });
    expect(objectHealth(job)).toEqual({ status: 'Healthy', message: 'Job resumed' });
  });

  it('is Unknown when a condition type is not text', () => {
    const result = objectHealth({
      ...ordersMigrationJob({}),
      status: { conditions: [{ type: 5 }] },
    });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured Job to typed: status.conditions.0.type: ',
    );
  });

  // argoproj/argo-cd gitops-engine/pkg/health/testdata/job-failed.yaml (reduced to the fields
  // health reads), with the message of argoproj/argo-cd resource_customizations/batch/Job/health_test.yaml.
  it('gitops-engine job-failed: Degraded with the backoff limit message', () => {
    const fail: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'fail', namespace: 'argoci-workflows' },
      spec: { backoffLimit: 0, completions: 1, parallelism: 1 },
      status: {
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
        failed: 1,
        startTime: '2018-12-02T08:09:25Z',
      },
    };
    expect(objectHealth(fail)).toEqual({
      status: 'Degraded',
      message: 'Job has reached the specified backoff limit',
    });
  });
});
