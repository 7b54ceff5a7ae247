/**
 * Realistic Kubernetes objects for tests: Sock Shop (namespace `sock-shop`) and Guestbook
 * (namespace `guestbook`), with the status blocks a real cluster writes. Builders return typed
 * objects; options change only what a test is about, the rest stays a plausible live object.
 */
import { parse } from 'yaml';
import type {
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  KubeObject,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  Secret,
  Service,
  StatefulSet,
} from '../types';

/** A typed object that is also a valid KubeObject (apiVersion, kind and name set). */
export type Live<T> = KubeObject & T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKubeObject(value: unknown): value is KubeObject {
  return (
    isRecord(value) &&
    typeof value.apiVersion === 'string' &&
    typeof value.kind === 'string' &&
    isRecord(value.metadata) &&
    typeof value.metadata.name === 'string'
  );
}

/** One manifest from YAML text, checked to be a Kubernetes object (apiVersion, kind, name). */
export function parseManifest(text: string): KubeObject {
  const value: unknown = parse(text);
  if (!isKubeObject(value)) throw new Error('not a Kubernetes object: apiVersion, kind, name');
  return value;
}

type DeploymentStatus = NonNullable<Deployment['status']>;
type StatefulSetStatus = NonNullable<StatefulSet['status']>;
type StatefulSetUpdateStrategy = NonNullable<NonNullable<StatefulSet['spec']>['updateStrategy']>;
type DaemonSetStatus = NonNullable<DaemonSet['status']>;
type ReplicaSetStatus = NonNullable<ReplicaSet['status']>;
type PodStatus = NonNullable<Pod['status']>;
type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];
type JobStatus = NonNullable<Job['status']>;
type CronJobStatus = NonNullable<CronJob['status']>;
type HpaCondition = NonNullable<
  NonNullable<HorizontalPodAutoscaler['status']>['conditions']
>[number];

export const sockShop = 'sock-shop';
export const guestbook = 'guestbook';

const created = '2024-05-14T09:12:03Z';

/** Metadata the API server adds to everything it stores. */
function serverMetadata(uid: string, generation = 1) {
  return {
    uid,
    resourceVersion: '184467',
    generation,
    creationTimestamp: created,
  };
}

// Deployments ------------------------------------------------------------------------------------

/** Sock Shop's carts Deployment as written in the manifest (complete-demo.yaml). */
export function appliedCartsDeployment(): Live<Deployment> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'carts', namespace: sockShop, labels: { name: 'carts' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { name: 'carts' } },
      template: {
        metadata: { labels: { name: 'carts' } },
        spec: {
          containers: [
            {
              name: 'carts',
              image: 'weaveworksdemos/carts:0.4.8',
              env: [
                {
                  name: 'JAVA_OPTS',
                  value:
                    '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false',
                },
              ],
              resources: {
                limits: { cpu: '300m', memory: '500Mi' },
                requests: { cpu: '100m', memory: '200Mi' },
              },
              ports: [{ containerPort: 80 }],
              securityContext: {
                runAsNonRoot: true,
                runAsUser: 10001,
                capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] },
                readOnlyRootFilesystem: true,
              },
              volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }],
            },
          ],
          volumes: [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }],
          nodeSelector: { 'beta.kubernetes.io/os': 'linux' },
        },
      },
    },
  };
}

export interface CartsDeploymentOptions {
  replicas?: number;
  image?: string;
  generation?: number;
  paused?: boolean;
  status?: DeploymentStatus;
}

/**
 * The carts Deployment as the cluster returns it: the applied fields plus server defaults,
 * server metadata and a status (by default a finished rollout of `replicas` replicas).
 */
export function liveCartsDeployment(options: CartsDeploymentOptions = {}): Live<Deployment> {
  const { replicas = 1, image = 'weaveworksdemos/carts:0.4.8', generation = 1 } = options;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'carts',
      namespace: sockShop,
      labels: { name: 'carts' },
      annotations: {
        'deployment.kubernetes.io/revision': '1',
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"name":"carts"},"name":"carts","namespace":"sock-shop"}}\n',
      },
      ...serverMetadata('3f6c2a0e-5b1d-4d6f-9a4e-0c8e2b7d1f55', generation),
    },
    spec: {
      progressDeadlineSeconds: 600,
      replicas,
      revisionHistoryLimit: 10,
      paused: options.paused,
      selector: { matchLabels: { name: 'carts' } },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
      },
      template: {
        metadata: { labels: { name: 'carts' } },
        spec: {
          containers: [
            {
              name: 'carts',
              image,
              imagePullPolicy: 'IfNotPresent',
              env: [
                {
                  name: 'JAVA_OPTS',
                  value:
                    '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false',
                },
              ],
              resources: {
                limits: { cpu: '300m', memory: '500Mi' },
                requests: { cpu: '100m', memory: '200Mi' },
              },
              ports: [{ containerPort: 80, protocol: 'TCP' }],
              securityContext: {
                runAsNonRoot: true,
                runAsUser: 10001,
                capabilities: { drop: ['all'], add: ['NET_BIND_SERVICE'] },
                readOnlyRootFilesystem: true,
              },
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
              volumeMounts: [{ mountPath: '/tmp', name: 'tmp-volume' }],
            },
          ],
          dnsPolicy: 'ClusterFirst',
          nodeSelector: { 'beta.kubernetes.io/os': 'linux' },
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          terminationGracePeriodSeconds: 30,
          volumes: [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }],
        },
      },
    },
    status: options.status ?? completedRollout('carts-7d4b9c8f6', replicas, generation),
  };
}

/** The status of a Deployment whose rollout finished: every replica updated and available. */
export function completedRollout(
  replicaSet: string,
  replicas: number,
  observedGeneration = 1,
): DeploymentStatus {
  return {
    observedGeneration,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    conditions: [
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
        lastTransitionTime: '2024-05-14T09:13:41Z',
        lastUpdateTime: '2024-05-14T09:13:41Z',
      },
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${replicaSet}" has successfully progressed.`,
        lastTransitionTime: '2024-05-14T09:12:03Z',
        lastUpdateTime: '2024-05-14T09:13:41Z',
      },
    ],
  };
}

/** Sock Shop's front-end, 3 replicas updated but only 2 available yet. */
export function frontEndTwoOfThreeAvailable(): Live<Deployment> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'front-end',
      namespace: sockShop,
      labels: { name: 'front-end' },
      ...serverMetadata('a81d0f3c-2e4b-4c59-8b6f-71e0d9c4a2b3', 2),
    },
    spec: {
      replicas: 3,
      selector: { matchLabels: { name: 'front-end' } },
      template: {
        metadata: { labels: { name: 'front-end' } },
        spec: {
          containers: [{ name: 'front-end', image: 'weaveworksdemos/front-end:0.3.12' }],
        },
      },
    },
    status: {
      observedGeneration: 2,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 2,
      availableReplicas: 2,
      unavailableReplicas: 1,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: 'ReplicaSet "front-end-6649c5b4f7" is progressing.',
        },
      ],
    },
  };
}

/** Sock Shop's user Deployment stuck on a bad image until its progress deadline passed. */
export function userDeploymentPastDeadline(): Live<Deployment> {
  return liveDeploymentNamed('user', 'weaveworksdemos/user:0.4.99', {
    observedGeneration: 2,
    replicas: 2,
    updatedReplicas: 1,
    readyReplicas: 1,
    availableReplicas: 1,
    unavailableReplicas: 1,
    conditions: [
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: 'ReplicaSet "user-5b6f8d7c9" has timed out progressing.',
      },
    ],
  });
}

/** A Sock Shop Deployment of one replica, generation 2, with the given status. */
export function liveDeploymentNamed(
  name: string,
  image: string,
  status: DeploymentStatus,
): Live<Deployment> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: sockShop,
      labels: { name },
      ...serverMetadata('5d2e8c1a-7f3b-4e6d-a0c9-3b4f5e6a7d8c', 2),
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { name } },
      template: {
        metadata: { labels: { name } },
        spec: { containers: [{ name, image }] },
      },
    },
    status,
  };
}

// ReplicaSet, StatefulSet, DaemonSet -------------------------------------------------------------

export function cartsReplicaSet(
  options: { replicas?: number; generation?: number; status?: ReplicaSetStatus } = {},
): Live<ReplicaSet> {
  const { replicas = 1, generation = 1 } = options;
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'carts-7d4b9c8f6',
      namespace: sockShop,
      labels: { name: 'carts', 'pod-template-hash': '7d4b9c8f6' },
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + 1),
        'deployment.kubernetes.io/revision': '1',
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'carts',
          uid: '3f6c2a0e-5b1d-4d6f-9a4e-0c8e2b7d1f55',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      ...serverMetadata('9c0b7e21-44d3-4f8a-b2c6-1e5d7a9f3b04', generation),
    },
    spec: {
      replicas,
      selector: { matchLabels: { name: 'carts', 'pod-template-hash': '7d4b9c8f6' } },
      template: {
        metadata: { labels: { name: 'carts', 'pod-template-hash': '7d4b9c8f6' } },
        spec: { containers: [{ name: 'carts', image: 'weaveworksdemos/carts:0.4.8' }] },
      },
    },
    status: options.status ?? {
      observedGeneration: generation,
      replicas,
      fullyLabeledReplicas: replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
    },
  };
}

/** Sock Shop's RabbitMQ as a StatefulSet of 3, as the demo world's queue-master runs it in production. */
export function rabbitMqStatefulSet(
  options: {
    replicas?: number;
    generation?: number;
    updateStrategy?: StatefulSetUpdateStrategy;
    status?: StatefulSetStatus;
  } = {},
): Live<StatefulSet> {
  const { replicas = 3, generation = 1 } = options;
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: {
      name: 'rabbitmq',
      namespace: sockShop,
      labels: { name: 'rabbitmq' },
      ...serverMetadata('6e4f1b2a-8d3c-4a5e-9f0b-2c7d8e1a3b46', generation),
    },
    spec: {
      replicas,
      serviceName: 'rabbitmq',
      podManagementPolicy: 'OrderedReady',
      selector: { matchLabels: { name: 'rabbitmq' } },
      updateStrategy: options.updateStrategy ?? { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { name: 'rabbitmq' } },
        spec: { containers: [{ name: 'rabbitmq', image: 'rabbitmq:3.6.8-management' }] },
      },
    },
    status: options.status ?? {
      observedGeneration: generation,
      replicas,
      readyReplicas: replicas,
      availableReplicas: replicas,
      currentReplicas: replicas,
      updatedReplicas: replicas,
      currentRevision: 'rabbitmq-5d8c7b9f4',
      updateRevision: 'rabbitmq-5d8c7b9f4',
      collisionCount: 0,
    },
  };
}

/** Prometheus node-exporter from Sock Shop's monitoring manifests, on a 3-node cluster. */
export function nodeExporterDaemonSet(
  options: { generation?: number; onDelete?: boolean; status?: DaemonSetStatus } = {},
): Live<DaemonSet> {
  const { generation = 1 } = options;
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      name: 'node-exporter',
      namespace: 'monitoring',
      labels: { app: 'node-exporter' },
      ...serverMetadata('0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d', generation),
    },
    spec: {
      selector: { matchLabels: { app: 'node-exporter' } },
      updateStrategy: options.onDelete
        ? { type: 'OnDelete' }
        : { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      template: {
        metadata: { labels: { app: 'node-exporter' } },
        spec: { containers: [{ name: 'node-exporter', image: 'prom/node-exporter:v1.7.0' }] },
      },
    },
    status: options.status ?? {
      observedGeneration: generation,
      currentNumberScheduled: 3,
      desiredNumberScheduled: 3,
      numberMisscheduled: 0,
      numberReady: 3,
      numberAvailable: 3,
      updatedNumberScheduled: 3,
    },
  };
}

// Pods -------------------------------------------------------------------------------------------

export interface PodOptions {
  name: string;
  namespace?: string;
  app: string;
  image: string;
  restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  annotations?: Record<string, string>;
  deletionTimestamp?: string;
  status: PodStatus;
}

/** A live Pod: spec as the API server defaulted it, with the given status. */
export function livePod(options: PodOptions): Live<Pod> {
  const namespace = options.namespace ?? sockShop;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: options.name,
      namespace,
      labels: { name: options.app },
      annotations: options.annotations,
      deletionTimestamp: options.deletionTimestamp,
      ...serverMetadata('8a1e4c2b-3d5f-4e7a-9b0c-1d2e3f4a5b6c'),
    },
    spec: {
      containers: [
        {
          name: options.app,
          image: options.image,
          imagePullPolicy: 'IfNotPresent',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      dnsPolicy: 'ClusterFirst',
      nodeName: 'gke-sock-shop-default-pool-1a2b3c4d-x7k2',
      restartPolicy: options.restartPolicy ?? 'Always',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
    },
    status: options.status,
  };
}

/** Pod conditions of a scheduled pod, ready or not. */
export function podConditions(ready: boolean): PodStatus['conditions'] {
  const readiness = ready ? 'True' : 'False';
  const notReady = ready ? {} : { reason: 'ContainersNotReady' };
  return [
    { type: 'Initialized', status: 'True', lastTransitionTime: created },
    { type: 'Ready', status: readiness, lastTransitionTime: created, ...notReady },
    { type: 'ContainersReady', status: readiness, lastTransitionTime: created, ...notReady },
    { type: 'PodScheduled', status: 'True', lastTransitionTime: created },
  ];
}

/** The status of one container, running since `created`. */
export function runningContainer(name: string, image: string, ready = true): ContainerStatus {
  return {
    name,
    image,
    imageID: `docker.io/${image}@sha256:4b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c`,
    containerID: 'containerd://e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2',
    ready,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: '2024-05-14T09:13:20Z' } },
  };
}

export const cartsCrashLoopMessage =
  'Back-off restarting failed container carts in pod carts-7d4b9c8f6-x2x9p_sock-shop(8a1e4c2b-3d5f-4e7a-9b0c-1d2e3f4a5b6c)';

/** Sock Shop's carts Pod crash-looping: the JVM exits at start-up. */
export function cartsCrashLoopPod(): Live<Pod> {
  return livePod({
    name: 'carts-7d4b9c8f6-x2x9p',
    app: 'carts',
    image: 'weaveworksdemos/carts:0.4.8',
    status: {
      phase: 'Running',
      hostIP: '10.128.0.14',
      podIP: '10.4.1.23',
      qosClass: 'Burstable',
      startTime: created,
      conditions: podConditions(false),
      containerStatuses: [
        {
          name: 'carts',
          image: 'weaveworksdemos/carts:0.4.8',
          imageID:
            'docker.io/weaveworksdemos/carts@sha256:434d2f5a6e0c8a6e8c5f1bb2d3d8c9e3b6e1e4a7d2b4f1b3c5d6e7f8a9b0c1d2',
          containerID:
            'containerd://5c2f8e1d0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
          ready: false,
          started: false,
          restartCount: 6,
          state: { waiting: { reason: 'CrashLoopBackOff', message: cartsCrashLoopMessage } },
          lastState: {
            terminated: {
              exitCode: 1,
              reason: 'Error',
              startedAt: '2024-05-14T09:19:02Z',
              finishedAt: '2024-05-14T09:19:09Z',
              containerID:
                'containerd://5c2f8e1d0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
            },
          },
        },
      ],
    },
  });
}

export const userImagePullMessage = 'Back-off pulling image "weaveworksdemos/user:0.4.99"';

/** Sock Shop's user Pod asking for an image tag that does not exist. */
export function userImagePullBackOffPod(): Live<Pod> {
  return livePod({
    name: 'user-5b6f8d7c9-q4lzm',
    app: 'user',
    image: 'weaveworksdemos/user:0.4.99',
    status: {
      phase: 'Pending',
      hostIP: '10.128.0.15',
      podIP: '10.4.2.17',
      qosClass: 'Burstable',
      startTime: created,
      conditions: podConditions(false),
      containerStatuses: [
        {
          name: 'user',
          image: 'weaveworksdemos/user:0.4.99',
          imageID: '',
          ready: false,
          started: false,
          restartCount: 0,
          state: { waiting: { reason: 'ImagePullBackOff', message: userImagePullMessage } },
        },
      ],
    },
  });
}

/** A Sock Shop catalogue Pod, running and ready. */
export function catalogueRunningPod(): Live<Pod> {
  return livePod({
    name: 'catalogue-6479dbb5bd-2mxvq',
    app: 'catalogue',
    image: 'weaveworksdemos/catalogue:0.3.5',
    status: {
      phase: 'Running',
      hostIP: '10.128.0.14',
      podIP: '10.4.1.31',
      qosClass: 'Burstable',
      startTime: created,
      conditions: podConditions(true),
      containerStatuses: [runningContainer('catalogue', 'weaveworksdemos/catalogue:0.3.5')],
    },
  });
}

/** A Guestbook frontend Pod not scheduled yet: no node has room for it. */
export function guestbookUnschedulablePod(): Live<Pod> {
  return livePod({
    name: 'frontend-795b566649-7jhk5',
    namespace: guestbook,
    app: 'guestbook',
    image: 'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5',
    status: {
      phase: 'Pending',
      qosClass: 'Burstable',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message:
            '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
          lastTransitionTime: created,
        },
      ],
    },
  });
}

/** A finished (or failed) run-once Pod, e.g. Sock Shop's database seeding. */
export function seedPod(status: PodStatus, restartPolicy: 'Never' | 'OnFailure' = 'Never') {
  return livePod({
    name: 'orders-db-seed-8kq2d',
    app: 'orders-db-seed',
    image: 'mongo:3.4',
    restartPolicy,
    status,
  });
}

/** A terminated container status, for Pods that ran to an end. */
export function terminatedContainer(
  name: string,
  image: string,
  terminated: { exitCode: number; reason?: string; message?: string },
): ContainerStatus {
  return {
    name,
    image,
    imageID: `docker.io/library/${image}@sha256:0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e`,
    ready: false,
    started: false,
    restartCount: 0,
    state: {
      terminated: {
        startedAt: '2024-05-14T09:13:00Z',
        finishedAt: '2024-05-14T09:13:09Z',
        ...terminated,
      },
    },
  };
}

// Batch ------------------------------------------------------------------------------------------

/** A Sock Shop data-migration Job with the given status. */
export function ordersMigrationJob(status: JobStatus): Live<Job> {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: 'orders-db-migrate',
      namespace: sockShop,
      labels: { name: 'orders-db-migrate' },
      ...serverMetadata('c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f'),
    },
    spec: {
      backoffLimit: 6,
      completions: 1,
      parallelism: 1,
      template: {
        metadata: { labels: { name: 'orders-db-migrate' } },
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'migrate', image: 'weaveworksdemos/orders:0.4.7' }],
        },
      },
    },
    status,
  };
}

/** A nightly Sock Shop catalogue re-index CronJob. */
export function reindexCronJob(
  options: { suspend?: boolean; status?: CronJobStatus } = {},
): Live<CronJob> {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: {
      name: 'catalogue-reindex',
      namespace: sockShop,
      ...serverMetadata('d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80'),
    },
    spec: {
      schedule: '0 2 * * *',
      suspend: options.suspend ?? false,
      concurrencyPolicy: 'Forbid',
      jobTemplate: {
        spec: {
          template: {
            spec: {
              restartPolicy: 'OnFailure',
              containers: [{ name: 'reindex', image: 'weaveworksdemos/catalogue:0.3.5' }],
            },
          },
        },
      },
    },
    status: options.status,
  };
}

// Networking, storage, autoscaling ---------------------------------------------------------------

/** Sock Shop's front-end Service: applied as written (NodePort in the demo, type is an option). */
export function appliedFrontEndService(
  type: 'NodePort' | 'LoadBalancer' | 'ClusterIP' = 'NodePort',
): Live<Service> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'front-end',
      namespace: sockShop,
      labels: { name: 'front-end' },
      annotations: { 'prometheus.io/scrape': 'true' },
    },
    spec: {
      type,
      ports: [{ port: 80, targetPort: 8079, nodePort: type === 'NodePort' ? 30001 : undefined }],
      selector: { name: 'front-end' },
    },
  };
}

/** The front-end Service as the cluster returns it, optionally with a load balancer address. */
export function liveFrontEndService(
  options: { type?: 'NodePort' | 'LoadBalancer' | 'ClusterIP'; ingressIp?: string } = {},
): Live<Service> {
  const type = options.type ?? 'NodePort';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'front-end',
      namespace: sockShop,
      labels: { name: 'front-end' },
      annotations: {
        'prometheus.io/scrape': 'true',
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{"prometheus.io/scrape":"true"},"labels":{"name":"front-end"},"name":"front-end","namespace":"sock-shop"}}\n',
      },
      ...serverMetadata('e6f7a8b9-c0d1-4e2f-8a3b-4c5d6e7f8091'),
    },
    spec: {
      type,
      clusterIP: '10.8.12.201',
      clusterIPs: ['10.8.12.201'],
      externalTrafficPolicy: type === 'ClusterIP' ? undefined : 'Cluster',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        {
          port: 80,
          protocol: 'TCP',
          targetPort: 8079,
          nodePort: type === 'ClusterIP' ? undefined : 30001,
        },
      ],
      selector: { name: 'front-end' },
      sessionAffinity: 'None',
    },
    status: {
      loadBalancer: options.ingressIp
        ? { ingress: [{ ip: options.ingressIp, ipMode: 'VIP' }] }
        : {},
    },
  };
}

/** Guestbook's Ingress, with or without an address from the ingress controller. */
export function guestbookIngress(options: { address?: string } = {}): Live<Ingress> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: 'guestbook',
      namespace: guestbook,
      ...serverMetadata('f7a8b9c0-d1e2-4f3a-8b4c-5d6e7f809102'),
    },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'guestbook.example.com',
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'frontend', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
    status: {
      loadBalancer: options.address ? { ingress: [{ ip: options.address }] } : {},
    },
  };
}

/** Sock Shop's orders-db data volume claim in the given phase. */
export function ordersDbClaim(phase: string | undefined): Live<PersistentVolumeClaim> {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: 'orders-db-data',
      namespace: sockShop,
      ...serverMetadata('a8b9c0d1-e2f3-4a4b-8c5d-6e7f80910213'),
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      storageClassName: 'standard-rwo',
      volumeMode: 'Filesystem',
      volumeName: phase === 'Bound' ? 'pvc-a8b9c0d1-e2f3-4a4b-8c5d-6e7f80910213' : undefined,
    },
    status: phase === undefined ? {} : { phase },
  };
}

/** Guestbook frontend's autoscaler (autoscaling/v2) with the given conditions. */
export function frontendAutoscaler(
  conditions: HpaCondition[] | undefined,
): Live<HorizontalPodAutoscaler> {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: {
      name: 'frontend',
      namespace: guestbook,
      ...serverMetadata('b9c0d1e2-f3a4-4b5c-8d6e-7f8091021324'),
    },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
      minReplicas: 3,
      maxReplicas: 10,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } },
        },
      ],
    },
    status: {
      currentReplicas: 3,
      desiredReplicas: 3,
      ...(conditions ? { conditions } : {}),
    },
  };
}

export const ableToScale: HpaCondition = {
  type: 'AbleToScale',
  status: 'True',
  reason: 'ReadyForNewScale',
  message: 'recommended size matches current size',
};
export const scalingActive: HpaCondition = {
  type: 'ScalingActive',
  status: 'True',
  reason: 'ValidMetricFound',
  message:
    'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
};
export const withinRange: HpaCondition = {
  type: 'ScalingLimited',
  status: 'False',
  reason: 'DesiredWithinRange',
  message: 'the desired count is within the acceptable range',
};

// Config -----------------------------------------------------------------------------------------

/** Guestbook's redis configuration. */
export function redisConfigMap(): Live<ConfigMap> {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'redis-config', namespace: guestbook },
    data: { 'redis.conf': 'maxmemory 2mb\nmaxmemory-policy allkeys-lru\n' },
  };
}

/** Sock Shop's user-db credentials as written in the manifest (stringData). */
export function appliedUserDbSecret(password: string): Live<Secret> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'user-db-credentials', namespace: sockShop },
    type: 'Opaque',
    stringData: { username: 'user', password },
  };
}

/** The user-db Secret as the cluster returns it: everything base64 in `data`. */
export function liveUserDbSecret(data: Record<string, string>): Live<Secret> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: 'user-db-credentials',
      namespace: sockShop,
      ...serverMetadata('c0d1e2f3-a4b5-4c6d-8e7f-809102132435'),
    },
    type: 'Opaque',
    data,
  };
}
