import { describe, expect, it } from 'vitest';
import { nodeExporterDaemonSet } from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { untypedObject } from './untyped-object';

describe('apps/DaemonSet', () => {
  const rollingOut = {
    observedGeneration: 1,
    desiredNumberScheduled: 3,
    currentNumberScheduled: 3,
    numberMisscheduled: 0,
    numberReady: 2,
  };

  it('is Healthy when every node runs an updated, available pod', () => {
    expect(objectHealth(nodeExporterDaemonSet())).toEqual({ status: 'Healthy', message: null });
  });

  it('is Progressing while the controller has not observed the latest generation', () => {
    const daemonSet = nodeExporterDaemonSet({
      generation: 2,
      status: { ...rollingOut, updatedNumberScheduled: 3, numberAvailable: 3 },
    });
    expect(objectHealth(daemonSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for rollout to finish: observed daemon set generation less than desired generation',
    });
  });

  it('is Healthy under OnDelete, saying how many pods are updated', () => {
    const daemonSet = nodeExporterDaemonSet({
      onDelete: true,
      status: { ...rollingOut, updatedNumberScheduled: 2, numberAvailable: 2 },
    });
    expect(objectHealth(daemonSet)).toEqual({
      status: 'Healthy',
      message: 'daemon set 2 out of 3 new pods have been updated',
    });
  });

  it('is Progressing while pods are being updated', () => {
    const daemonSet = nodeExporterDaemonSet({
      status: { ...rollingOut, updatedNumberScheduled: 1, numberAvailable: 3 },
    });
    expect(objectHealth(daemonSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for daemon set "node-exporter" rollout to finish: 1 out of 3 new pods have been updated...',
    });
  });

  it('is Progressing while updated pods are not available', () => {
    const daemonSet = nodeExporterDaemonSet({
      status: { ...rollingOut, updatedNumberScheduled: 3, numberAvailable: 2 },
    });
    expect(objectHealth(daemonSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for daemon set "node-exporter" rollout to finish: 2 of 3 updated pods are available...',
    });
  });

  it('names no daemon set when it has no metadata', () => {
    const daemonSet = untypedObject({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      status: { desiredNumberScheduled: 2, updatedNumberScheduled: 1, numberAvailable: 1 },
    });
    expect(objectHealth(daemonSet)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for daemon set "" rollout to finish: 1 out of 2 new pods have been updated...',
    });
  });

  it('is Unknown when a count is a string', () => {
    const daemonSet = {
      ...nodeExporterDaemonSet(),
      status: { ...rollingOut, numberAvailable: '3' },
    };
    const result = objectHealth(daemonSet);
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured DaemonSet to typed: status.numberAvailable: ',
    );
  });

  // argoproj/argo-cd gitops-engine/pkg/health/testdata/daemonset-ondelete.yaml (reduced to the
  // fields health reads), with the message of argoproj/argo-cd
  // resource_customizations/apps/DaemonSet/health_test.yaml.
  it('gitops-engine daemonset-ondelete: Healthy, counting the updated pods it never reported', () => {
    const fluentd: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'fluentd-elasticsearch', namespace: 'kube-system' },
      spec: { updateStrategy: { type: 'OnDelete' } },
      status: {
        currentNumberScheduled: 1,
        desiredNumberScheduled: 1,
        numberAvailable: 1,
        numberMisscheduled: 0,
        numberReady: 1,
        observedGeneration: 4,
      },
    };
    expect(objectHealth(fluentd)).toEqual({
      status: 'Healthy',
      message: 'daemon set 0 out of 1 new pods have been updated',
    });
  });
});
