import type { KubeObject } from '../../../../mocks/kubernetes/types';

/**
 * The one table of cases for what "the live object matches the applied manifest" means: the rule
 * itself (applied-fields.test.ts), the simulated server's sync status and the drawer's list of
 * differing fields (object-drawer's applied-fields-agreement.test.ts) must all read each the same.
 */

type Metadata = Partial<KubeObject['metadata']>;

export function configMap(
  fields: Record<string, unknown> = {},
  metadata: Metadata = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'shop-config', namespace: 'shop', ...metadata },
    ...fields,
  };
}

export function secret(fields: Record<string, unknown>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db-credentials', namespace: 'shop' },
    type: 'Opaque',
    ...fields,
  };
}

/** The carts Deployment; `container` and `pod` add to its one container and its pod spec. */
export function deployment({
  replicas = 1,
  container = {},
  pod = {},
  spec = {},
  metadata = {},
}: {
  replicas?: number;
  container?: Record<string, unknown>;
  pod?: Record<string, unknown>;
  spec?: Record<string, unknown>;
  metadata?: Metadata;
} = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'carts', namespace: 'shop', labels: { app: 'carts' }, ...metadata },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'carts' } },
      template: {
        metadata: { labels: { app: 'carts' } },
        spec: {
          containers: [
            {
              name: 'carts',
              image: 'weaveworksdemos/carts:0.4.8',
              ports: [{ containerPort: 80 }],
              ...container,
            },
          ],
          ...pod,
        },
      },
      ...spec,
    },
  };
}

export const b64 = (text: string) => btoa(text);

export interface Case {
  name: string;
  applied: KubeObject;
  live: KubeObject;
  /** The paths of the applied fields the live object does not match, in the manifest's order. */
  differing: string[];
}

/** The one table: the rule, the sync status and the drawer must all read each case the same. */
export const CASES: Case[] = [
  {
    name: 'the same object',
    applied: configMap({ data: { mode: 'strict' } }),
    live: configMap({ data: { mode: 'strict' } }),
    differing: [],
  },
  {
    name: 'fields only the cluster sets: defaults, status, server metadata',
    applied: deployment(),
    live: {
      ...deployment({
        container: {
          imagePullPolicy: 'IfNotPresent',
          terminationMessagePath: '/dev/termination-log',
        },
        pod: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' },
        spec: { progressDeadlineSeconds: 600, revisionHistoryLimit: 10 },
        metadata: {
          uid: '3583e919',
          resourceVersion: '1427563',
          generation: 4,
          creationTimestamp: '2026-01-01T00:00:00Z',
          annotations: { 'deployment.kubernetes.io/revision': '4' },
        },
      }),
      status: { replicas: 1, availableReplicas: 1 },
    },
    differing: [],
  },
  {
    name: 'applied {} against a field the cluster does not set',
    applied: configMap({ data: {} }, { labels: {} }),
    live: configMap(),
    differing: [],
  },
  {
    name: 'applied null against a field the cluster does not set',
    applied: configMap({ data: null, binaryData: null }),
    live: configMap(),
    differing: [],
  },
  {
    name: 'applied [] against a field the cluster does not set',
    applied: deployment({ pod: { volumes: [] } }),
    live: deployment(),
    differing: [],
  },
  {
    name: 'applied null against a value the cluster set: null leaves it to the cluster',
    applied: deployment({ spec: { strategy: null } }),
    live: deployment({ spec: { strategy: { type: 'RollingUpdate' } } }),
    differing: [],
  },
  {
    name: 'applied {} against a live map with keys: a map is compared key by key',
    applied: configMap({}, { labels: {} }),
    live: configMap({}, { labels: { team: 'shop' } }),
    differing: [],
  },
  {
    name: 'applied [] against a live list with items: a list is compared whole',
    applied: deployment({ pod: { volumes: [] } }),
    live: deployment({ pod: { volumes: [{ name: 'tmp', emptyDir: {} }] } }),
    differing: ['spec.template.spec.volumes'],
  },
  {
    name: 'a changed value',
    applied: deployment({ replicas: 1 }),
    live: deployment({ replicas: 3 }),
    differing: ['spec.replicas'],
  },
  {
    name: 'several changes, in the order of the manifest',
    applied: deployment({ replicas: 1 }),
    live: deployment({ replicas: 2, container: { image: 'weaveworksdemos/carts:0.4.7' } }),
    differing: ['spec.replicas', 'spec.template.spec.containers[0].image'],
  },
  {
    name: 'a field removed from the live object',
    applied: deployment({ container: { securityContext: { runAsNonRoot: true } } }),
    live: deployment(),
    differing: ['spec.template.spec.containers[0].securityContext'],
  },
  {
    name: 'a label added in the cluster',
    applied: deployment(),
    live: deployment({ metadata: { labels: { app: 'carts', 'added-by': 'hand' } } }),
    differing: [],
  },
  {
    name: 'a list of another length',
    applied: deployment({ container: { env: [{ name: 'JAVA_OPTS', value: '-Xmx64m' }] } }),
    live: deployment({
      container: {
        env: [
          { name: 'JAVA_OPTS', value: '-Xmx64m' },
          { name: 'ZIPKIN', value: 'zipkin:9411' },
        ],
      },
    }),
    differing: ['spec.template.spec.containers[0].env'],
  },
  {
    name: 'list elements compared key by key',
    applied: deployment({ container: { ports: [{ containerPort: 80 }] } }),
    live: deployment({ container: { ports: [{ containerPort: 80, protocol: 'TCP' }] } }),
    differing: [],
  },
  {
    name: 'a key that is not a plain name',
    applied: configMap({}, { labels: { 'app.kubernetes.io/name': 'carts' } }),
    live: configMap({}, { labels: { 'app.kubernetes.io/name': 'cart' } }),
    differing: ['metadata.labels["app.kubernetes.io/name"]'],
  },
  {
    name: 'a number against its text, as the cluster returns quantities',
    applied: deployment({ container: { resources: { requests: { cpu: 1 } } } }),
    live: deployment({ container: { resources: { requests: { cpu: '1' } } } }),
    differing: [],
  },
  {
    name: 'text against a number: not converted',
    applied: deployment({ container: { ports: [{ containerPort: '80' }] } }),
    live: deployment({ container: { ports: [{ containerPort: 80 }] } }),
    differing: ['spec.template.spec.containers[0].ports[0].containerPort'],
  },
  {
    name: 'a value of another shape',
    applied: configMap({ data: { mode: 'strict' } }),
    live: configMap({ data: 'mode=strict' }),
    differing: ['data'],
  },
  {
    name: 'server metadata, tool annotations and status in an exported manifest',
    applied: {
      ...configMap(
        { data: { mode: 'strict' } },
        {
          uid: '00000000-0000-0000-0000-000000000000',
          resourceVersion: '1',
          managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }],
          annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
        },
      ),
      status: { phase: 'Old' },
    },
    live: configMap({ data: { mode: 'strict' } }, { uid: 'c1', resourceVersion: '42' }),
    differing: [],
  },
  {
    name: 'Secret: stringData against the base64 data the cluster stores',
    applied: secret({ stringData: { password: 'hunter2' } }),
    live: secret({ data: { password: b64('hunter2') } }),
    differing: [],
  },
  {
    name: 'Secret: stringData that is not ASCII, stored as UTF-8',
    applied: secret({ stringData: { greeting: 'café' } }),
    live: secret({ data: { greeting: 'Y2Fmw6k=' } }),
    differing: [],
  },
  {
    name: 'Secret: data with line breaks in its base64',
    applied: secret({
      data: { password: `${b64('hunter2').slice(0, 4)}\n${b64('hunter2').slice(4)}` },
    }),
    live: secret({ data: { password: b64('hunter2') } }),
    differing: [],
  },
  {
    name: 'Secret: a changed value',
    applied: secret({ data: { password: b64('hunter2') } }),
    live: secret({ data: { password: b64('rotated') } }),
    differing: ['data.password'],
  },
  {
    name: 'Secret: a key missing from the cluster, by the field it was applied in',
    applied: secret({ stringData: { 'tls.key': 'key' } }),
    live: secret({ data: {} }),
    differing: ['stringData["tls.key"]'],
  },
  {
    name: 'Secret: a key only the cluster has',
    applied: secret({ data: { password: b64('hunter2') } }),
    live: secret({ data: { password: b64('hunter2'), token: b64('added-by-hand') } }),
    differing: [],
  },
  {
    name: 'Secret: its other fields compared as usual',
    applied: secret({ data: { password: b64('hunter2') } }),
    live: { ...secret({ data: { password: b64('hunter2') } }), type: 'kubernetes.io/basic-auth' },
    differing: ['type'],
  },
];
