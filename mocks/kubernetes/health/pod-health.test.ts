import { describe, expect, it } from 'vitest';
import {
  cartsCrashLoopMessage,
  cartsCrashLoopPod,
  catalogueRunningPod,
  guestbookUnschedulablePod,
  livePod,
  podConditions,
  runningContainer,
  seedPod,
  terminatedContainer,
  userImagePullBackOffPod,
  userImagePullMessage,
} from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { untypedObject } from './untyped-object';

describe('core/Pod', () => {
  it('is Degraded with the kubelet message when a container is in CrashLoopBackOff', () => {
    expect(objectHealth(cartsCrashLoopPod())).toEqual({
      status: 'Degraded',
      message: cartsCrashLoopMessage,
    });
  });

  it('is Degraded with the kubelet message when an image cannot be pulled', () => {
    expect(objectHealth(userImagePullBackOffPod())).toEqual({
      status: 'Degraded',
      message: 'Back-off pulling image "weaveworksdemos/user:0.4.99"',
    });
  });

  it.each([
    ['ErrImagePull', 'rpc error: code = NotFound desc = failed to pull and unpack image'],
    ['CreateContainerConfigError', 'secret "user-db-credentials" not found'],
    ['InvalidImageName', null],
  ])('judges the waiting reason %s', (reason, message) => {
    const pod = livePod({
      name: 'user-5b6f8d7c9-q4lzm',
      app: 'user',
      image: 'weaveworksdemos/user:0.4.8',
      status: {
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'user',
            image: 'weaveworksdemos/user:0.4.8',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason, ...(message ? { message } : {}) } },
          },
        ],
      },
    });
    // InvalidImageName neither starts with "Err" nor ends with "Error"/"BackOff": still Pending.
    expect(objectHealth(pod)).toEqual(
      message ? { status: 'Degraded', message } : { status: 'Progressing', message: null },
    );
  });

  it('joins the messages of every failing container', () => {
    const base = cartsCrashLoopPod();
    const crashing = base.status?.containerStatuses?.[0];
    if (!crashing) throw new Error('fixture has no container status');
    const sidecar = {
      ...runningContainer('istio-proxy', 'istio/proxyv2:1.22.0', false),
      state: { waiting: { reason: 'ImagePullBackOff', message: userImagePullMessage } },
    };
    const pod = livePod({
      name: 'carts-7d4b9c8f6-x2x9p',
      app: 'carts',
      image: 'weaveworksdemos/carts:0.4.8',
      status: { phase: 'Running', containerStatuses: [crashing, sidecar] },
    });
    expect(objectHealth(pod)).toEqual({
      status: 'Degraded',
      message: `${cartsCrashLoopMessage}, ${userImagePullMessage}`,
    });
  });

  it('does not judge waiting containers of a Never pod (a hook may still recover)', () => {
    const waiting = userImagePullBackOffPod().status?.containerStatuses ?? [];
    const pod = seedPod({ phase: 'Pending', containerStatuses: waiting });
    expect(objectHealth(pod)).toEqual({ status: 'Progressing', message: null });
  });

  it('is Progressing while Pending to be scheduled', () => {
    expect(objectHealth(guestbookUnschedulablePod())).toEqual({
      status: 'Progressing',
      message: null,
    });
  });

  it('is Healthy once Succeeded', () => {
    const pod = seedPod({
      phase: 'Succeeded',
      containerStatuses: [
        terminatedContainer('orders-db-seed', 'mongo:3.4', { exitCode: 0, reason: 'Completed' }),
      ],
    });
    expect(objectHealth(pod)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Degraded with the pod message when Failed with one (eviction)', () => {
    const message =
      'The node was low on resource: memory. Threshold quantity: 100Mi, available: 91560Ki. Container carts was using 612Mi, request is 200Mi, has larger consumption of memory.';
    const pod = livePod({
      name: 'carts-7d4b9c8f6-lm8rt',
      app: 'carts',
      image: 'weaveworksdemos/carts:0.4.8',
      status: { phase: 'Failed', reason: 'Evicted', message },
    });
    expect(objectHealth(pod)).toEqual({ status: 'Degraded', message });
  });

  it('is Degraded with the exit code of a failed container', () => {
    const pod = seedPod({
      phase: 'Failed',
      containerStatuses: [
        terminatedContainer('orders-db-seed', 'mongo:3.4', { exitCode: 1, reason: 'Error' }),
      ],
    });
    expect(objectHealth(pod)).toEqual({
      status: 'Degraded',
      message: 'container "orders-db-seed" failed with exit code 1',
    });
  });

  it('is Degraded with OOMKilled when the container ran out of memory', () => {
    const pod = seedPod({
      phase: 'Failed',
      containerStatuses: [
        terminatedContainer('orders-db-seed', 'mongo:3.4', { exitCode: 137, reason: 'OOMKilled' }),
      ],
    });
    expect(objectHealth(pod)).toEqual({ status: 'Degraded', message: 'OOMKilled' });
  });

  it('prefers the termination message, and init containers first', () => {
    const pod = seedPod({
      phase: 'Failed',
      initContainerStatuses: [
        terminatedContainer('wait-for-db', 'busybox:1.36', {
          exitCode: 1,
          reason: 'Error',
          message: 'orders-db:27017 did not answer within 60s',
        }),
      ],
      containerStatuses: [
        terminatedContainer('orders-db-seed', 'mongo:3.4', { exitCode: 1, reason: 'Error' }),
      ],
    });
    expect(objectHealth(pod)).toEqual({
      status: 'Degraded',
      message: 'orders-db:27017 did not answer within 60s',
    });
  });

  it('is Degraded with no message when Failed without any detail', () => {
    expect(objectHealth(seedPod({ phase: 'Failed' }))).toEqual({
      status: 'Degraded',
      message: null,
    });
  });

  it('is Healthy when Running and Ready', () => {
    expect(objectHealth(catalogueRunningPod())).toEqual({ status: 'Healthy', message: null });
  });

  it('is Degraded when Running, not Ready, and a container terminated before', () => {
    const restarted = {
      ...runningContainer('carts', 'weaveworksdemos/carts:0.4.8', false),
      restartCount: 3,
      lastState: { terminated: { exitCode: 143, reason: 'Error' } },
    };
    const pod = livePod({
      name: 'carts-7d4b9c8f6-x2x9p',
      app: 'carts',
      image: 'weaveworksdemos/carts:0.4.8',
      status: {
        phase: 'Running',
        conditions: podConditions(false),
        containerStatuses: [restarted],
      },
    });
    expect(objectHealth(pod)).toEqual({ status: 'Degraded', message: null });
  });

  it('is Progressing when Running and not Ready yet', () => {
    const pod = livePod({
      name: 'catalogue-6479dbb5bd-2mxvq',
      app: 'catalogue',
      image: 'weaveworksdemos/catalogue:0.3.5',
      status: {
        phase: 'Running',
        conditions: podConditions(false),
        containerStatuses: [
          runningContainer('catalogue', 'weaveworksdemos/catalogue:0.3.5', false),
        ],
      },
    });
    expect(objectHealth(pod)).toEqual({ status: 'Progressing', message: null });
  });

  it.each(['Never', 'OnFailure'] as const)(
    'is Progressing when Running with restartPolicy %s, even if Ready',
    (restartPolicy) => {
      const pod = seedPod(
        {
          phase: 'Running',
          conditions: podConditions(true),
          containerStatuses: [runningContainer('orders-db-seed', 'mongo:3.4')],
        },
        restartPolicy,
      );
      expect(objectHealth(pod)).toEqual({ status: 'Progressing', message: null });
    },
  );

  it('judges a Never pod like a long-running one with the ignore-restart-policy annotation', () => {
    const pod = livePod({
      name: 'orders-db-seed-8kq2d',
      app: 'orders-db-seed',
      image: 'mongo:3.4',
      restartPolicy: 'Never',
      annotations: { 'argocd.argoproj.io/ignore-restart-policy': 'true' },
      status: {
        phase: 'Running',
        conditions: podConditions(true),
        containerStatuses: [runningContainer('orders-db-seed', 'mongo:3.4')],
      },
    });
    expect(objectHealth(pod)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Progressing "Pending deletion" once deletion started', () => {
    const pod = livePod({
      name: 'catalogue-6479dbb5bd-2mxvq',
      app: 'catalogue',
      image: 'weaveworksdemos/catalogue:0.3.5',
      deletionTimestamp: '2024-05-14T10:02:11Z',
      status: { phase: 'Running', conditions: podConditions(true) },
    });
    expect(objectHealth(pod)).toEqual({ status: 'Progressing', message: 'Pending deletion' });
  });

  it('is Unknown in phase Unknown, with the pod message', () => {
    const pod = livePod({
      name: 'catalogue-6479dbb5bd-2mxvq',
      app: 'catalogue',
      image: 'weaveworksdemos/catalogue:0.3.5',
      status: { phase: 'Unknown', message: 'node gke-sock-shop-default-pool-1a2b3c4d-x7k2 lost' },
    });
    expect(objectHealth(pod)).toEqual({
      status: 'Unknown',
      message: 'node gke-sock-shop-default-pool-1a2b3c4d-x7k2 lost',
    });
  });

  it('is Unknown, without a message, before the kubelet wrote any status', () => {
    expect(objectHealth(untypedObject({ apiVersion: 'v1', kind: 'Pod' }))).toEqual({
      status: 'Unknown',
      message: null,
    });
  });

  it("reads an absent restart policy as Always, the API server's default", () => {
    const crashing = cartsCrashLoopPod();
    const pod = { ...crashing, spec: { ...crashing.spec, restartPolicy: undefined } };
    expect(objectHealth(pod)).toEqual({ status: 'Degraded', message: cartsCrashLoopMessage });
  });

  it('takes the ignore-restart-policy annotation whatever its value', () => {
    const pod = seedPod({
      phase: 'Running',
      conditions: podConditions(true),
      containerStatuses: [runningContainer('orders-db-seed', 'mongo:3.4')],
    });
    const annotated = {
      ...pod,
      metadata: {
        ...pod.metadata,
        annotations: { 'argocd.argoproj.io/ignore-restart-policy': '' },
      },
    };
    expect(objectHealth(annotated)).toEqual({ status: 'Healthy', message: null });
  });

  it.each([
    ['status.containerStatuses', { phase: 'Running', containerStatuses: 'main' }],
    [
      'status.containerStatuses.0.state.waiting.reason',
      { containerStatuses: [{ state: { waiting: { reason: 5 } } }] },
    ],
    ['status.phase', { phase: ['Running'] }],
    ['status', 'Running'],
  ])('is Unknown when %s has the wrong type', (field, status) => {
    const result = objectHealth({ ...catalogueRunningPod(), status });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(`failed to convert unstructured Pod to typed: ${field}: `);
  });

  // Cases from argoproj/argo-cd gitops-engine/pkg/health/testdata (the my-pod Pod of pod-crashloop
  // and pod-error, reduced to the fields health reads), with the messages of argoproj/argo-cd
  // resource_customizations/Pod/health_test.yaml.
  describe('gitops-engine testdata', () => {
    const notReady = [
      { type: 'Initialized', status: 'True' },
      {
        type: 'Ready',
        status: 'False',
        reason: 'ContainersNotReady',
        message: 'containers with unready status: [main]',
      },
      { type: 'PodScheduled', status: 'True' },
    ];
    const lastFailure = {
      terminated: { exitCode: 1, reason: 'Error', startedAt: '2018-12-02T09:19:41Z' },
    };

    function myPod(state: Record<string, unknown>): KubeObject {
      return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'my-pod', namespace: 'argocd' },
        spec: { restartPolicy: 'Always', containers: [{ name: 'main', image: 'alpine:latest' }] },
        status: {
          phase: 'Running',
          conditions: notReady,
          containerStatuses: [
            {
              name: 'main',
              image: 'alpine:latest',
              ready: false,
              restartCount: 3,
              lastState: lastFailure,
              state,
            },
          ],
        },
      };
    }

    it('pod-crashloop: Degraded with the back-off message', () => {
      const message =
        'Back-off 40s restarting failed container=main pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)';
      expect(objectHealth(myPod({ waiting: { reason: 'CrashLoopBackOff', message } }))).toEqual({
        status: 'Degraded',
        message,
      });
    });

    it('pod-error: Degraded without a message, from the container that terminated before', () => {
      const pod = myPod({ terminated: { exitCode: 1, reason: 'Error' } });
      expect(objectHealth(pod)).toEqual({ status: 'Degraded', message: null });
    });
  });
});
