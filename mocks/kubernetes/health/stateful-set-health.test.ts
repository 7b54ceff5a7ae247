import { describe, expect, it } from 'vitest';
import { rabbitMqStatefulSet } from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { untypedObject } from './untyped-object';

describe('apps/StatefulSet', () => {
  it('is Progressing until the controller observes it', () => {
    const statefulSet = rabbitMqStatefulSet({ status: { replicas: 0 } });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Progressing',
      message: 'Waiting for statefulset spec update to be observed...',
    });
  });

  it('is Progressing while pods are not ready', () => {
    const statefulSet = rabbitMqStatefulSet({
      status: { observedGeneration: 1, replicas: 3, readyReplicas: 1 },
    });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Progressing',
      message: 'Waiting for 2 pods to be ready...',
    });
  });

  it('is Progressing during a partitioned roll out', () => {
    const statefulSet = rabbitMqStatefulSet({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
      status: { observedGeneration: 1, replicas: 3, readyReplicas: 3, updatedReplicas: 1 },
    });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...',
    });
  });

  it('is Healthy when the partitioned roll out is complete', () => {
    const statefulSet = rabbitMqStatefulSet({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
    });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Healthy',
      message: 'partitioned roll out complete: 3 new pods have been updated...',
    });
  });

  it('is Healthy with the ready count under OnDelete', () => {
    const statefulSet = rabbitMqStatefulSet({ updateStrategy: { type: 'OnDelete' } });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Healthy',
      message: 'statefulset has 3 ready pods',
    });
  });

  it('is Progressing while pods move to the update revision', () => {
    const statefulSet = rabbitMqStatefulSet({
      status: {
        observedGeneration: 1,
        replicas: 3,
        readyReplicas: 3,
        currentReplicas: 2,
        updatedReplicas: 1,
        currentRevision: 'rabbitmq-5d8c7b9f4',
        updateRevision: 'rabbitmq-6b7f9c8d5',
      },
    });
    expect(objectHealth(statefulSet)).toEqual({
      status: 'Progressing',
      message:
        'waiting for statefulset rolling update to complete 1 pods at revision rabbitmq-6b7f9c8d5...',
    });
  });

  it('is Healthy when every pod is at the current revision', () => {
    expect(objectHealth(rabbitMqStatefulSet())).toEqual({
      status: 'Healthy',
      message: 'statefulset rolling update complete 3 pods at revision rabbitmq-5d8c7b9f4...',
    });
  });

  it('is Progressing with nothing but its kind: a zero observedGeneration is not observed yet', () => {
    expect(objectHealth(untypedObject({ apiVersion: 'apps/v1', kind: 'StatefulSet' }))).toEqual({
      status: 'Progressing',
      message: 'Waiting for statefulset spec update to be observed...',
    });
  });

  it('is Unknown when the partition is not a number', () => {
    const statefulSet = rabbitMqStatefulSet();
    const result = objectHealth({
      ...statefulSet,
      spec: {
        ...statefulSet.spec,
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: '1' } },
      },
    });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured StatefulSet to typed: spec.updateStrategy.rollingUpdate.partition: ',
    );
  });

  // argoproj/argo-cd gitops-engine/pkg/health/testdata/statefulset.yaml (redis-master, reduced to
  // the fields health reads), with the message of argoproj/argo-cd
  // resource_customizations/apps/StatefulSet/health_test.yaml.
  it('gitops-engine statefulset: Healthy under OnDelete with its ready pods', () => {
    const redisMaster: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'redis-master', namespace: 'default', generation: 1 },
      spec: { replicas: 1, serviceName: 'redis-master', updateStrategy: { type: 'OnDelete' } },
      status: {
        collisionCount: 0,
        currentReplicas: 1,
        currentRevision: 'redis-master-7b8f75b98',
        observedGeneration: 1,
        readyReplicas: 1,
        replicas: 1,
        updateRevision: 'redis-master-7b8f75b98',
      },
    };
    expect(objectHealth(redisMaster)).toEqual({
      status: 'Healthy',
      message: 'statefulset has 1 ready pods',
    });
  });
});
