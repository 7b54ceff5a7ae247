import { describe, expect, it } from 'vitest';
import {
  ableToScale,
  cartsCrashLoopMessage,
  cartsCrashLoopPod,
  cartsReplicaSet,
  catalogueRunningPod,
  completedRollout,
  frontEndTwoOfThreeAvailable,
  frontendAutoscaler,
  guestbookIngress,
  guestbookUnschedulablePod,
  liveCartsDeployment,
  liveDeploymentNamed,
  liveFrontEndService,
  livePod,
  liveUserDbSecret,
  nodeExporterDaemonSet,
  ordersDbClaim,
  ordersMigrationJob,
  podConditions,
  rabbitMqStatefulSet,
  redisConfigMap,
  reindexCronJob,
  runningContainer,
  scalingActive,
  seedPod,
  terminatedContainer,
  userDeploymentPastDeadline,
  userImagePullBackOffPod,
  userImagePullMessage,
  withinRange,
} from './fixtures';
import { healthSeverity, objectHealth, worstHealth } from './health';
import type { KubeObject } from './types';

describe('objectHealth: Deployment', () => {
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
});

describe('objectHealth: ReplicaSet', () => {
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
});

describe('objectHealth: StatefulSet', () => {
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
});

describe('objectHealth: DaemonSet', () => {
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
});

describe('objectHealth: Pod', () => {
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
});

describe('objectHealth: Job', () => {
  it('is Progressing while running, with its pod counts', () => {
    const job = ordersMigrationJob({ active: 1, startTime: '2024-05-14T09:20:00Z' });
    expect(objectHealth(job)).toEqual({
      status: 'Progressing',
      message: 'Job is running: 1 active, 0 succeeded, 0 failed',
    });
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

  it('is Suspended with the Suspended condition message', () => {
    const job = ordersMigrationJob({
      conditions: [
        { type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' },
      ],
    });
    expect(objectHealth(job)).toEqual({ status: 'Suspended', message: 'Job suspended' });
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
});

describe('objectHealth: CronJob', () => {
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
});

describe('objectHealth: Service, Ingress, PersistentVolumeClaim', () => {
  it('is Healthy for a NodePort or ClusterIP Service', () => {
    expect(objectHealth(liveFrontEndService())).toEqual({ status: 'Healthy', message: null });
    expect(objectHealth(liveFrontEndService({ type: 'ClusterIP' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Progressing for a LoadBalancer Service without an address', () => {
    expect(objectHealth(liveFrontEndService({ type: 'LoadBalancer' }))).toEqual({
      status: 'Progressing',
      message: null,
    });
  });

  it('is Healthy for a LoadBalancer Service with an address', () => {
    const service = liveFrontEndService({ type: 'LoadBalancer', ingressIp: '34.118.42.7' });
    expect(objectHealth(service)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Progressing for an Ingress without an address, Healthy with one', () => {
    expect(objectHealth(guestbookIngress())).toEqual({ status: 'Progressing', message: null });
    expect(objectHealth(guestbookIngress({ address: '34.120.8.19' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('judges an extensions/v1beta1 Ingress the same way', () => {
    const legacy: KubeObject = { ...guestbookIngress(), apiVersion: 'extensions/v1beta1' };
    expect(objectHealth(legacy)).toEqual({ status: 'Progressing', message: null });
  });

  it.each([
    ['Bound', 'Healthy'],
    ['Pending', 'Progressing'],
    ['Lost', 'Degraded'],
    [undefined, 'Unknown'],
  ] as const)('is %s -> %s for a PersistentVolumeClaim', (phase, status) => {
    expect(objectHealth(ordersDbClaim(phase))).toEqual({ status, message: null });
  });
});

describe('objectHealth: HorizontalPodAutoscaler', () => {
  it('is Healthy with the first healthy condition when all is well', () => {
    expect(objectHealth(frontendAutoscaler([ableToScale, scalingActive, withinRange]))).toEqual({
      status: 'Healthy',
      message: 'recommended size matches current size',
    });
  });

  it('is Degraded when metrics cannot be read, even after a healthy condition', () => {
    const message =
      'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API';
    const hpa = frontendAutoscaler([
      ableToScale,
      { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric', message },
      withinRange,
    ]);
    expect(objectHealth(hpa)).toEqual({ status: 'Degraded', message });
  });

  it.each([
    ['AbleToScale', 'FailedGetScale'],
    ['AbleToScale', 'FailedUpdateScale'],
    ['ScalingActive', 'InvalidSelector'],
    ['ScalingActive', 'FailedGetExternalMetric'],
  ])('is Degraded for %s/%s', (type, reason) => {
    const hpa = frontendAutoscaler([
      { type, status: 'False', reason, message: `the HPA controller reported ${reason}` },
    ]);
    expect(objectHealth(hpa)).toEqual({
      status: 'Degraded',
      message: `the HPA controller reported ${reason}`,
    });
  });

  it('is Healthy when scaling is limited by the replica bounds', () => {
    const hpa = frontendAutoscaler([
      {
        type: 'AbleToScale',
        status: 'False',
        reason: 'BackoffBoth',
        message: 'the time since the previous scale is still within both windows',
      },
      {
        type: 'ScalingLimited',
        status: 'True',
        reason: 'TooFewReplicas',
        message: 'the desired replica count is less than the minimum replica count',
      },
    ]);
    expect(objectHealth(hpa)).toEqual({
      status: 'Healthy',
      message: 'the desired replica count is less than the minimum replica count',
    });
  });

  it('is Progressing "Waiting to Autoscale" without conditions', () => {
    expect(objectHealth(frontendAutoscaler(undefined))).toEqual({
      status: 'Progressing',
      message: 'Waiting to Autoscale',
    });
  });

  it('is Progressing "Waiting to Autoscale" when no condition is healthy', () => {
    const hpa = frontendAutoscaler([
      {
        type: 'ScalingActive',
        status: 'False',
        reason: 'ScalingDisabled',
        message: 'scaling is disabled since the replica count of the target is zero',
      },
    ]);
    expect(objectHealth(hpa)).toEqual({ status: 'Progressing', message: 'Waiting to Autoscale' });
  });

  it('reads autoscaling/v1 conditions from their annotation', () => {
    const conditions = JSON.stringify([
      { ...ableToScale, lastTransitionTime: '2024-05-14T09:20:00Z' },
      {
        type: 'ScalingActive',
        status: 'False',
        reason: 'FailedGetResourceMetric',
        message: 'missing request for cpu in container php-redis of Pod frontend-795b566649-7jhk5',
      },
    ]);
    const v2 = frontendAutoscaler(undefined);
    const v1: KubeObject = {
      ...v2,
      apiVersion: 'autoscaling/v1',
      metadata: {
        ...v2.metadata,
        annotations: { 'autoscaling.alpha.kubernetes.io/conditions': conditions },
      },
    };
    expect(objectHealth(v1)).toEqual({
      status: 'Degraded',
      message: 'missing request for cpu in container php-redis of Pod frontend-795b566649-7jhk5',
    });
  });

  it('is Unknown when the autoscaling/v1 annotation is not JSON', () => {
    const v2 = frontendAutoscaler(undefined);
    const v1: KubeObject = {
      ...v2,
      apiVersion: 'autoscaling/v1',
      metadata: {
        ...v2.metadata,
        annotations: { 'autoscaling.alpha.kubernetes.io/conditions': '[{"type":' },
      },
    };
    expect(objectHealth(v1)?.status).toBe('Unknown');
    expect(objectHealth(v1)?.message).toMatch(
      /^failed to convert conditions annotation to typed: /,
    );
  });
});

describe('objectHealth: kinds without a rule', () => {
  it('is null for a ConfigMap, a Secret and a custom resource', () => {
    expect(objectHealth(redisConfigMap())).toBeNull();
    expect(objectHealth(liveUserDbSecret({ username: 'dXNlcg==' }))).toBeNull();
    const certificate: KubeObject = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'guestbook-tls', namespace: 'guestbook' },
      spec: { secretName: 'guestbook-tls' },
    };
    expect(objectHealth(certificate)).toBeNull();
  });

  it('is null for a known kind name in another API group', () => {
    const foreign: KubeObject = { ...catalogueRunningPod(), apiVersion: 'example.com/v1' };
    expect(objectHealth(foreign)).toBeNull();
  });

  it('is Progressing "Pending deletion" for any object being deleted, as in gitops-engine', () => {
    const configMap = redisConfigMap();
    const deleting: KubeObject = {
      ...configMap,
      metadata: { ...configMap.metadata, deletionTimestamp: '2024-05-14T10:02:11Z' },
    };
    expect(objectHealth(deleting)).toEqual({ status: 'Progressing', message: 'Pending deletion' });
  });
});

describe('worstHealth and healthSeverity', () => {
  it('orders Healthy < Suspended < Progressing < Missing < Degraded < Unknown < Stale', () => {
    const ordered = Object.entries(healthSeverity)
      .sort(([, a], [, b]) => a - b)
      .map(([status]) => status);
    expect(ordered).toEqual([
      'Healthy',
      'Suspended',
      'Progressing',
      'Missing',
      'Degraded',
      'Unknown',
      'Stale',
    ]);
  });

  it('picks the worst status', () => {
    expect(worstHealth(['Healthy', 'Degraded', 'Progressing'])).toBe('Degraded');
    expect(worstHealth(['Suspended', 'Healthy'])).toBe('Suspended');
    expect(worstHealth(['Missing', 'Progressing'])).toBe('Missing');
    expect(worstHealth(['Degraded', 'Unknown'])).toBe('Unknown');
    expect(worstHealth(['Unknown', 'Stale', 'Healthy'])).toBe('Stale');
  });

  it('takes any iterable, and gives null for none', () => {
    expect(worstHealth(new Set(['Healthy', 'Progressing'] as const))).toBe('Progressing');
    expect(worstHealth([])).toBeNull();
  });
});
