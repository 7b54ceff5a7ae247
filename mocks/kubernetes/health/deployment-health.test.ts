import { describe, expect, it } from 'vitest';
import {
  completedRollout,
  frontEndTwoOfThreeAvailable,
  liveCartsDeployment,
  liveDeploymentNamed,
  userDeploymentPastDeadline,
} from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { untypedObject } from './untyped-object';

describe('apps/Deployment', () => {
  it('is Healthy when every replica is updated and available', () => {
    expect(objectHealth(liveCartsDeployment({ replicas: 3 }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Suspended when paused', () => {
    expect(objectHealth(liveCartsDeployment({ paused: true }))).toEqual({
      status: 'Suspended',
      message: 'Deployment is paused',
    });
  });

  it('is Progressing while the controller has not observed the latest generation', () => {
    const deployment = liveCartsDeployment({
      generation: 3,
      status: completedRollout('carts-7d4b9c8f6', 1, 2),
    });
    expect(objectHealth(deployment)).toEqual({
      status: 'Progressing',
      message:
        'Waiting for rollout to finish: observed deployment generation less than desired generation',
    });
  });

  it('is Degraded once the progress deadline is exceeded', () => {
    expect(objectHealth(userDeploymentPastDeadline())).toEqual({
      status: 'Degraded',
      message: 'Deployment "user" exceeded its progress deadline',
    });
  });

  it('is Progressing while new replicas are still being created', () => {
    const deployment = liveCartsDeployment({
      replicas: 3,
      status: { observedGeneration: 1, replicas: 2, updatedReplicas: 1, availableReplicas: 1 },
    });
    expect(objectHealth(deployment)).toEqual({
      status: 'Progressing',
      message: 'Waiting for rollout to finish: 1 out of 3 new replicas have been updated...',
    });
  });

  it('is Progressing while old replicas are terminating', () => {
    const deployment = liveCartsDeployment({
      replicas: 3,
      status: { observedGeneration: 1, replicas: 4, updatedReplicas: 3, availableReplicas: 3 },
    });
    expect(objectHealth(deployment)).toEqual({
      status: 'Progressing',
      message: 'Waiting for rollout to finish: 1 old replicas are pending termination...',
    });
  });

  it('is Progressing with 2 of 3 updated replicas available', () => {
    expect(objectHealth(frontEndTwoOfThreeAvailable())).toEqual({
      status: 'Progressing',
      message: 'Waiting for rollout to finish: 2 of 3 updated replicas are available...',
    });
  });

  it('reads a Deployment without any status as not yet observed', () => {
    const deployment = liveDeploymentNamed('orders', 'weaveworksdemos/orders:0.4.7', {});
    expect(objectHealth(deployment)?.status).toBe('Progressing');
  });

  it('reads absent fields as zero values: a Deployment with nothing but its kind is Healthy', () => {
    expect(objectHealth(untypedObject({ apiVersion: 'apps/v1', kind: 'Deployment' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('judges any API version of the group the same way', () => {
    const deployment = { ...liveCartsDeployment({ paused: true }), apiVersion: 'apps/v1beta2' };
    expect(objectHealth(deployment)?.status).toBe('Suspended');
  });

  it.each([
    ['status.replicas', { status: { observedGeneration: 1, replicas: '2' } }],
    ['spec', { spec: 'paused' }],
    ['metadata.generation', { metadata: { name: 'carts', generation: 1.5 } }],
    ['status.conditions', { status: { conditions: { type: 'Progressing' } } }],
    [
      'status.conditions.0.reason',
      { status: { conditions: [{ type: 'Progressing', reason: 7 }] } },
    ],
  ])('is Unknown when %s has the wrong type', (field, fields) => {
    const result = objectHealth({ ...liveCartsDeployment(), ...fields });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      `failed to convert unstructured Deployment to typed: ${field}: `,
    );
  });

  // Cases from argoproj/argo-cd gitops-engine/pkg/health/testdata/deployment-progressing.yaml and
  // deployment-degraded.yaml (the guestbook-ui Deployment, reduced to the fields health reads),
  // with the messages of argoproj/argo-cd resource_customizations/apps/Deployment/health_test.yaml.
  describe('gitops-engine testdata', () => {
    function guestbookUi(progressing: Record<string, string>): KubeObject {
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'guestbook-ui', namespace: 'default', generation: 4 },
        spec: { progressDeadlineSeconds: 600, replicas: 1 },
        status: {
          availableReplicas: 1,
          conditions: [
            {
              type: 'Available',
              status: 'True',
              reason: 'MinimumReplicasAvailable',
              message: 'Deployment has minimum availability.',
            },
            { type: 'Progressing', ...progressing },
          ],
          observedGeneration: 4,
          readyReplicas: 1,
          replicas: 2,
          unavailableReplicas: 1,
          updatedReplicas: 1,
        },
      };
    }

    it('deployment-progressing: Progressing, an old replica pending termination', () => {
      const deployment = guestbookUi({
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: 'ReplicaSet "guestbook-ui-75dd4d49d5" is progressing.',
      });
      expect(objectHealth(deployment)).toEqual({
        status: 'Progressing',
        message: 'Waiting for rollout to finish: 1 old replicas are pending termination...',
      });
    });

    it('deployment-degraded: Degraded past the progress deadline', () => {
      const deployment = guestbookUi({
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: 'ReplicaSet "guestbook-ui-75dd4d49d5" has timed out progressing.',
      });
      expect(objectHealth(deployment)).toEqual({
        status: 'Degraded',
        message: 'Deployment "guestbook-ui" exceeded its progress deadline',
      });
    });
  });
});
