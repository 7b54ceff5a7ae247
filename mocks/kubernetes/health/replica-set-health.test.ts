import { describe, expect, it } from 'vitest';
import { cartsReplicaSet } from '../testing/fixtures';
import { objectHealth } from '../health';
import { untypedObject } from './untyped-object';

describe('apps/ReplicaSet', () => {
  it('is Healthy when all replicas are available', () => {
    expect(objectHealth(cartsReplicaSet({ replicas: 2 }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Progressing while the controller has not observed the latest generation', () => {
    const replicaSet = cartsReplicaSet({
      generation: 2,
      status: { observedGeneration: 1, replicas: 1, availableReplicas: 1 },
    });
    expect(objectHealth(replicaSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for rollout to finish: observed replica set generation less than desired generation',
    });
  });

  it('is Degraded with the ReplicaFailure message', () => {
    const message =
      'pods "carts-7d4b9c8f6-zt5wd" is forbidden: exceeded quota: compute-resources, requested: limits.memory=500Mi, used: limits.memory=1Gi, limited: limits.memory=1Gi';
    const replicaSet = cartsReplicaSet({
      status: {
        observedGeneration: 1,
        replicas: 0,
        conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message }],
      },
    });
    expect(objectHealth(replicaSet)).toEqual({ status: 'Degraded', message });
  });

  it('ignores a ReplicaFailure condition that is no longer true', () => {
    const replicaSet = cartsReplicaSet({
      status: {
        observedGeneration: 1,
        replicas: 1,
        availableReplicas: 1,
        conditions: [{ type: 'ReplicaFailure', status: 'False', reason: 'FailedCreate' }],
      },
    });
    expect(objectHealth(replicaSet)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Progressing while replicas are not available yet', () => {
    const replicaSet = cartsReplicaSet({
      replicas: 2,
      status: { observedGeneration: 1, replicas: 2, availableReplicas: 0 },
    });
    expect(objectHealth(replicaSet)).toEqual({
      status: 'Progressing',
      message: 'Waiting for rollout to finish: 0 out of 2 new replicas are available...',
    });
  });

  it('reads absent fields as zero values: a ReplicaSet with nothing but its kind is Healthy', () => {
    expect(objectHealth(untypedObject({ apiVersion: 'apps/v1', kind: 'ReplicaSet' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Unknown when its conditions are not a list', () => {
    const result = objectHealth({
      ...cartsReplicaSet(),
      status: { observedGeneration: 1, conditions: 'ReplicaFailure' },
    });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured ReplicaSet to typed: status.conditions: ',
    );
  });
});
