import { describe, expect, it } from 'vitest';
import { healthStatuses } from '../../../src/api/contract/enum-values';
import {
  ableToScale,
  cartsCrashLoopPod,
  cartsReplicaSet,
  catalogueRunningPod,
  frontendAutoscaler,
  guestbookIngress,
  liveCartsDeployment,
  liveFrontEndService,
  nodeExporterDaemonSet,
  ordersDbClaim,
  ordersMigrationJob,
  rabbitMqStatefulSet,
  reindexCronJob,
  scalingActive,
  withinRange,
} from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { healthRules } from './health-rules';
import { untypedObject } from './untyped-object';

/** Plausible live objects of every kind with a rule, to break one field at a time. */
const wellFormed: Record<string, readonly KubeObject[]> = {
  '/Pod': [catalogueRunningPod(), cartsCrashLoopPod()],
  '/Service': [liveFrontEndService({ type: 'LoadBalancer', ingressIp: '34.118.42.7' })],
  '/PersistentVolumeClaim': [ordersDbClaim('Bound')],
  'apps/Deployment': [liveCartsDeployment({ replicas: 3 })],
  'apps/StatefulSet': [
    rabbitMqStatefulSet({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
    }),
  ],
  'apps/ReplicaSet': [cartsReplicaSet({ replicas: 2 })],
  'apps/DaemonSet': [nodeExporterDaemonSet()],
  'batch/Job': [
    ordersMigrationJob({
      conditions: [{ type: 'Complete', status: 'True', reason: 'CompletionsReached' }],
    }),
  ],
  'batch/CronJob': [
    reindexCronJob({
      status: {
        lastScheduleTime: '2024-05-15T02:00:00Z',
        lastSuccessfulTime: '2024-05-15T02:01:37Z',
      },
    }),
  ],
  'networking.k8s.io/Ingress': [guestbookIngress({ address: '34.120.8.19' })],
  'extensions/Ingress': [
    { ...guestbookIngress({ address: '34.120.8.19' }), apiVersion: 'extensions/v1beta1' },
  ],
  'autoscaling/HorizontalPodAutoscaler': [
    frontendAutoscaler([ableToScale, scalingActive, withinRange]),
    { ...frontendAutoscaler([ableToScale]), apiVersion: 'autoscaling/v2beta2' },
    {
      ...frontendAutoscaler(undefined),
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: 'frontend',
        annotations: {
          'autoscaling.alpha.kubernetes.io/conditions': JSON.stringify([ableToScale]),
        },
      },
    },
  ],
  'apiregistration.k8s.io/APIService': [
    {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: 'v1beta1.metrics.k8s.io' },
      spec: { group: 'metrics.k8s.io', version: 'v1beta1' },
      status: { conditions: [{ type: 'Available', status: 'True', reason: 'Passed' }] },
    },
  ],
  'argoproj.io/Workflow': [
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'sample' },
      spec: { entrypoint: 'main' },
      status: { phase: 'Running', message: 'running' },
    },
  ],
};

/** Every field a rule reads, and the objects and lists on the way to it. */
const fieldPaths: readonly (readonly string[])[] = [
  ['metadata'],
  ['metadata', 'name'],
  ['metadata', 'generation'],
  ['metadata', 'annotations'],
  ['metadata', 'annotations', 'autoscaling.alpha.kubernetes.io/conditions'],
  ['metadata', 'annotations', 'argocd.argoproj.io/ignore-restart-policy'],
  ['metadata', 'deletionTimestamp'],
  ['metadata', 'finalizers'],
  ['spec'],
  ['spec', 'paused'],
  ['spec', 'replicas'],
  ['spec', 'type'],
  ['spec', 'suspend'],
  ['spec', 'restartPolicy'],
  ['spec', 'updateStrategy'],
  ['spec', 'updateStrategy', 'type'],
  ['spec', 'updateStrategy', 'rollingUpdate'],
  ['spec', 'updateStrategy', 'rollingUpdate', 'partition'],
  ['status'],
  ['status', 'phase'],
  ['status', 'message'],
  ['status', 'conditions'],
  ['status', 'conditions', '0'],
  ['status', 'conditions', '0', 'type'],
  ['status', 'conditions', '0', 'status'],
  ['status', 'conditions', '0', 'reason'],
  ['status', 'conditions', '0', 'message'],
  ['status', 'observedGeneration'],
  ['status', 'replicas'],
  ['status', 'updatedReplicas'],
  ['status', 'availableReplicas'],
  ['status', 'readyReplicas'],
  ['status', 'currentReplicas'],
  ['status', 'currentRevision'],
  ['status', 'updateRevision'],
  ['status', 'desiredNumberScheduled'],
  ['status', 'updatedNumberScheduled'],
  ['status', 'numberAvailable'],
  ['status', 'containerStatuses'],
  ['status', 'containerStatuses', '0'],
  ['status', 'containerStatuses', '0', 'name'],
  ['status', 'containerStatuses', '0', 'state'],
  ['status', 'containerStatuses', '0', 'state', 'waiting'],
  ['status', 'containerStatuses', '0', 'state', 'waiting', 'reason'],
  ['status', 'containerStatuses', '0', 'state', 'terminated'],
  ['status', 'containerStatuses', '0', 'state', 'terminated', 'exitCode'],
  ['status', 'containerStatuses', '0', 'lastState', 'terminated'],
  ['status', 'initContainerStatuses'],
  ['status', 'loadBalancer'],
  ['status', 'loadBalancer', 'ingress'],
  ['status', 'loadBalancer', 'ingress', '0'],
  ['status', 'active'],
  ['status', 'lastScheduleTime'],
  ['status', 'lastSuccessfulTime'],
];

/** Values of every JSON type, and some no JSON could hold. */
const wrongValues: readonly unknown[] = [
  null,
  undefined,
  '',
  'x',
  '3',
  '2024-05-14T10:02:11Z',
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [null],
  [1],
  ['x'],
  [[]],
  {},
  { type: 7 },
  10n,
  Symbol('field'),
  () => 'field',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A deep copy of the object with one field replaced (objects created on the way as needed). */
function withField(object: KubeObject, path: readonly string[], value: unknown): unknown {
  const copy: unknown = structuredClone(object);
  let parent: unknown = copy;
  path.forEach((key, index) => {
    if (!isRecord(parent)) return;
    if (index === path.length - 1) {
      parent[key] = value;
      return;
    }
    const next = parent[key];
    if (!isRecord(next)) parent[key] = /^\d+$/.test(path[index + 1] ?? '') ? [] : {};
    parent = parent[key];
  });
  return copy;
}

/** What objectHealth gave for an input: a problem to report, or null when all is well. */
function problemWith(input: unknown): string | null {
  try {
    const result = objectHealth(untypedObject(input));
    if (result === null) return null;
    const knownStatus = healthStatuses.includes(result.status);
    const textMessage = result.message === null || typeof result.message === 'string';
    return knownStatus && textMessage ? null : `gave ${JSON.stringify(result)}`;
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe('objectHealth never throws', () => {
  it('has well-formed objects for every kind with a rule', () => {
    const kinds = Object.entries(healthRules).flatMap(([group, rules]) =>
      Object.keys(rules).map((kind) => `${group}/${kind}`),
    );
    expect(Object.keys(wellFormed).sort()).toEqual(kinds.sort());
  });

  /** Inputs that are no Kubernetes object, or name no group and kind with a rule. */
  const notObjects: unknown[] = [
    null,
    undefined,
    0,
    '',
    'Pod',
    true,
    [],
    [catalogueRunningPod()],
    {},
    Object.create(null) as unknown,
    new Date(0),
    new Map([['kind', 'Pod']]),
    { kind: 'Pod' },
    { apiVersion: 'v1' },
    { apiVersion: 5, kind: 'Pod' },
    { apiVersion: 'apps/v1', kind: ['Deployment'] },
    { apiVersion: 'a/b/v1', kind: 'Deployment' },
    { apiVersion: 'v1', kind: 'constructor' },
    { apiVersion: 'v1', kind: '__proto__' },
    { apiVersion: 'constructor/v1', kind: 'Deployment' },
    { apiVersion: 'toString/v1', kind: 'valueOf' },
  ];

  it.each(notObjects.map((input) => ({ input })))(
    'gives null or a health for $input',
    ({ input }) => {
      expect(problemWith(input)).toBeNull();
    },
  );

  it.each(Object.entries(wellFormed))(
    'survives a wrong value in any field of a %s',
    (_kind, objects) => {
      const problems: string[] = [];
      for (const object of objects) {
        // The well-formed object itself, and each field of it broken in each way.
        const inputs: { path: readonly string[]; value: unknown; input: unknown }[] = [
          { path: [], value: undefined, input: object },
          ...fieldPaths.flatMap((path) =>
            wrongValues.map((value) => ({ path, value, input: withField(object, path, value) })),
          ),
        ];
        for (const { path, value, input } of inputs) {
          const problem = problemWith(input);
          if (problem) problems.push(`${path.join('.')} = ${String(value)}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('survives an object with nothing but its kind, for every kind with a rule', () => {
    for (const [group, rules] of Object.entries(healthRules)) {
      for (const kind of Object.keys(rules)) {
        for (const version of ['v1', 'v2', 'v1beta1', '']) {
          const apiVersion = group === '' ? version : `${group}/${version}`;
          expect(problemWith({ apiVersion, kind })).toBeNull();
          expect(
            problemWith({ apiVersion, kind, metadata: null, spec: null, status: null }),
          ).toBeNull();
        }
      }
    }
  });

  it('survives cycles, getters that throw and revoked proxies', () => {
    const cyclic: Record<string, unknown> = { ...catalogueRunningPod() };
    cyclic.status = cyclic;
    expect(problemWith(cyclic)).toBeNull();

    const throwing = { ...liveCartsDeployment() };
    Object.defineProperty(throwing, 'status', {
      enumerable: true,
      get() {
        throw new Error('no status today');
      },
    });
    expect(objectHealth(throwing)).toEqual({
      status: 'Unknown',
      message: 'failed to read the object: Error: no status today',
    });

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemWith(proxy)).toBeNull();
  });
});
