/**
 * The small world the real-shape server serves: one space, two environments, an untenanted
 * project and a tenanted one with two tenants, each cell deployed once and watched by the
 * Kubernetes monitor of its environment's cluster. Written by hand, like a snapshot of a real
 * Octopus Server; nothing here is simulated or shared with the simulated server.
 */

export const SPACE = { id: 'Spaces-1', name: 'Default', slug: 'default' } as const;
export const PROJECT_GROUP = { id: 'ProjectGroups-1', name: 'Default Project Group' } as const;

export interface NamedThing {
  id: string;
  name: string;
  slug: string;
}

export const environments = {
  staging: { id: 'Environments-1', name: 'Staging', slug: 'staging' },
  production: { id: 'Environments-2', name: 'Production', slug: 'production' },
} as const satisfies Record<string, NamedThing>;

export interface WorldProject extends NamedThing {
  tenanted: boolean;
  description: string;
}

export const projects = {
  checkout: {
    id: 'Projects-1',
    name: 'checkout',
    slug: 'checkout',
    tenanted: false,
    description: 'The shop’s checkout service.',
  },
  ledger: {
    id: 'Projects-2',
    name: 'ledger',
    slug: 'ledger',
    tenanted: true,
    description: 'One ledger per customer.',
  },
} as const satisfies Record<string, WorldProject>;

export const tenants = {
  acme: { id: 'Tenants-1', name: 'Acme Corp', slug: 'acme-corp' },
  globex: { id: 'Tenants-2', name: 'Globex', slug: 'globex' },
} as const satisfies Record<string, NamedThing>;

/** A Kubernetes agent target: one cluster per environment. */
export interface WorldMachine extends NamedThing {
  environmentId: string;
}

export const machines = {
  staging: {
    id: 'Machines-1',
    name: 'k8s-staging',
    slug: 'k8s-staging',
    environmentId: environments.staging.id,
  },
  production: {
    id: 'Machines-2',
    name: 'k8s-production',
    slug: 'k8s-production',
    environmentId: environments.production.id,
  },
} as const satisfies Record<string, WorldMachine>;

export const allProjects: readonly WorldProject[] = Object.values(projects);
export const allEnvironments: readonly NamedThing[] = Object.values(environments);
export const allTenants: readonly NamedThing[] = Object.values(tenants);
export const allMachines: readonly WorldMachine[] = Object.values(machines);

/** An event as the cluster recorded it (events.k8s.io). */
export interface WorldEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  note: string;
  action: string;
  reportingController: string;
  count: number;
  /** Seconds before now. */
  firstSeenAgo: number;
  lastSeenAgo: number;
}

export interface WorldContainer {
  name: string;
  image: string;
  /** Log lines (without timestamps), oldest first. */
  logs: string[];
  /** The previous container's log, for a container that restarted. */
  previousLogs?: string[];
}

/**
 * A Kubernetes object in the cluster. `message: undefined` means the server leaves the message
 * out of the body; `null` means it sends null.
 */
export interface WorldObject {
  kind: string;
  group: string;
  apiVersion: string;
  name: string;
  namespace: string | null;
  health: string;
  healthMessage?: string | null;
  /**
   * `NotApplicable` for objects Octopus did not apply (a Deployment's ReplicaSets and Pods);
   * undefined: the server leaves `SyncStatus` out, as the Octopus CLI's tests have an orphan.
   */
  sync?: string;
  syncMessage?: string | null;
  /** Set for objects a step applied: how Octopus addresses them. */
  desiredResourceId: string | null;
  /** The Kubernetes UID. */
  resourceId: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Seconds before now. */
  createdAgo: number;
  /** Kind-specific manifest parts (spec, data, status). */
  body: Record<string, unknown>;
  /** The manifest the step applied, when it differs from the live one (an out-of-sync object). */
  desiredBody?: Record<string, unknown>;
  containers?: WorldContainer[];
  /**
   * For an object a later release stopped deploying: how long ago Octopus stopped expecting it
   * (seconds before now, `OrphanedAt`) and the state of its deletion task (null: none asked for).
   */
  orphan?: { orphanedAgo: number; deletionTaskState: string | null };
  events: WorldEvent[];
  children: WorldObject[];
}

/** One application: a project in an environment (for a tenant or not). */
export interface WorldApplication {
  project: WorldProject;
  environment: NamedThing;
  tenant: NamedThing | null;
  machine: WorldMachine;
  summary: {
    status: string;
    health: string;
    sync: string;
    /** Left out of the body when undefined. */
    syncMessage?: string | null;
  };
  objects: WorldObject[];
}

/** A deployment, its release and its task, with how long ago it ran. */
export interface WorldDeployment {
  id: string;
  taskId: string;
  release: WorldRelease;
  environment: NamedThing;
  tenant: NamedThing | null;
  /** Seconds before now the task was queued; it took `durationSeconds`. */
  queuedAgo: number;
  durationSeconds: number;
  state: 'Success' | 'Failed';
  hasWarningsOrErrors: boolean;
  isCurrent: boolean;
  isPrevious: boolean;
}

export interface WorldRelease {
  id: string;
  version: string;
  project: WorldProject;
  channelId: string;
  /** Seconds before now. */
  assembledAgo: number;
}

const checkoutImage = 'ghcr.io/example/checkout:1.4.2';
const ledgerImage = 'ghcr.io/example/ledger:2.0.0';

function podLogs(app: string, version: string): string[] {
  return [
    `${app} ${version} starting`,
    'loading configuration from /etc/config',
    'connected to postgres at db.internal:5432',
    'listening on :8080',
    'GET /healthz 200 0.4ms',
  ];
}

/** The checkout application in Production: a healthy rollout, the tree the journeys walk. */
function checkoutProductionObjects(): WorldObject[] {
  const namespace = 'checkout-production';
  const labels = { app: 'checkout', 'app.kubernetes.io/managed-by': 'octopus' };
  const podTemplateHash = '7d9f8c6b5';
  const pod = (suffix: string, uid: string, createdAgo: number): WorldObject => ({
    kind: 'Pod',
    group: '',
    apiVersion: 'v1',
    name: `checkout-${podTemplateHash}-${suffix}`,
    namespace,
    health: 'Healthy',
    sync: 'NotApplicable',
    desiredResourceId: null,
    resourceId: uid,
    labels: { app: 'checkout', 'pod-template-hash': podTemplateHash },
    annotations: {},
    createdAgo,
    body: {
      spec: {
        containers: [{ name: 'checkout', image: checkoutImage, ports: [{ containerPort: 8080 }] }],
        nodeName: 'aks-nodepool1-31544-vmss000001',
      },
      status: { phase: 'Running', podIP: '10.244.1.23' },
    },
    containers: [
      { name: 'checkout', image: checkoutImage, logs: podLogs('checkout', '1.4.2') },
      {
        name: 'envoy',
        image: 'envoyproxy/envoy:v1.31.0',
        logs: ['[info] initializing epoch 0', '[info] all clusters initialized'],
      },
    ],
    events: [
      {
        type: 'Normal',
        reason: 'Scheduled',
        note: `Successfully assigned ${namespace}/checkout-${podTemplateHash}-${suffix} to aks-nodepool1-31544-vmss000001`,
        action: 'Binding',
        reportingController: 'default-scheduler',
        count: 1,
        firstSeenAgo: createdAgo,
        lastSeenAgo: createdAgo,
      },
      {
        type: 'Normal',
        reason: 'Pulled',
        note: `Container image "${checkoutImage}" already present on machine`,
        action: 'Pulling',
        reportingController: 'kubelet',
        count: 1,
        firstSeenAgo: createdAgo - 2,
        lastSeenAgo: createdAgo - 2,
      },
      {
        type: 'Normal',
        reason: 'Started',
        note: 'Started container checkout',
        action: 'Starting',
        reportingController: 'kubelet',
        count: 1,
        firstSeenAgo: createdAgo - 3,
        lastSeenAgo: createdAgo - 3,
      },
    ],
    children: [],
  });
  return [
    {
      kind: 'Deployment',
      group: 'apps',
      apiVersion: 'apps/v1',
      name: 'checkout',
      namespace,
      health: 'Healthy',
      healthMessage: null,
      sync: 'InSync',
      syncMessage: null,
      desiredResourceId: '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c01',
      resourceId: 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e01',
      labels,
      annotations: { 'deployment.kubernetes.io/revision': '3' },
      createdAgo: 86_400 * 12,
      body: {
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'checkout' } },
          template: {
            metadata: { labels: { app: 'checkout' } },
            spec: { containers: [{ name: 'checkout', image: checkoutImage }] },
          },
        },
        status: { replicas: 2, readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2 },
      },
      events: [
        {
          type: 'Normal',
          reason: 'ScalingReplicaSet',
          note: `Scaled up replica set checkout-${podTemplateHash} to 2`,
          action: 'ScalingReplicaSet',
          reportingController: 'deployment-controller',
          count: 1,
          firstSeenAgo: 3_600,
          lastSeenAgo: 3_600,
        },
      ],
      children: [
        {
          kind: 'ReplicaSet',
          group: 'apps',
          apiVersion: 'apps/v1',
          name: `checkout-${podTemplateHash}`,
          namespace,
          health: 'Healthy',
          sync: 'NotApplicable',
          desiredResourceId: null,
          resourceId: 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e02',
          labels: { app: 'checkout', 'pod-template-hash': podTemplateHash },
          annotations: { 'deployment.kubernetes.io/revision': '3' },
          createdAgo: 3_600,
          body: {
            spec: { replicas: 2, selector: { matchLabels: { app: 'checkout' } } },
            status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 },
          },
          events: [
            {
              type: 'Normal',
              reason: 'SuccessfulCreate',
              note: `Created pod: checkout-${podTemplateHash}-x2k8p`,
              action: 'Create',
              reportingController: 'replicaset-controller',
              count: 1,
              firstSeenAgo: 3_598,
              lastSeenAgo: 3_598,
            },
          ],
          children: [
            pod('x2k8p', 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e03', 3_598),
            pod('q7w4m', 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e04', 3_590),
          ],
        },
      ],
    },
    {
      kind: 'Service',
      group: '',
      apiVersion: 'v1',
      name: 'checkout',
      namespace,
      health: 'Healthy',
      sync: 'InSync',
      desiredResourceId: '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c02',
      resourceId: 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e05',
      labels,
      annotations: {},
      createdAgo: 86_400 * 12,
      body: {
        spec: {
          type: 'ClusterIP',
          clusterIP: '10.0.142.17',
          selector: { app: 'checkout' },
          ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
        },
      },
      events: [],
      children: [],
    },
    {
      kind: 'ConfigMap',
      group: '',
      apiVersion: 'v1',
      name: 'checkout-config',
      namespace,
      health: 'Healthy',
      healthMessage: null,
      sync: 'InSync',
      desiredResourceId: '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c03',
      resourceId: 'c6f7a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e06',
      labels,
      annotations: {},
      createdAgo: 86_400 * 12,
      body: { data: { PAYMENT_PROVIDER: 'stripe', CURRENCY: 'EUR', LOG_LEVEL: 'info' } },
      events: [],
      children: [],
    },
  ];
}

/** The checkout application in Staging: a crash-looping Pod, so Degraded. */
function checkoutStagingObjects(): WorldObject[] {
  const namespace = 'checkout-staging';
  const image = 'ghcr.io/example/checkout:1.5.0-beta.1';
  const podName = 'checkout-5c8d7b9f4-h2v6n';
  const backOff = `Back-off restarting failed container checkout in pod ${podName}`;
  return [
    {
      kind: 'Deployment',
      group: 'apps',
      apiVersion: 'apps/v1',
      name: 'checkout',
      namespace,
      health: 'Degraded',
      healthMessage: 'Deployment "checkout" exceeded its progress deadline',
      sync: 'OutOfSync',
      syncMessage: 'spec.replicas differs from the applied manifest',
      desiredResourceId: '1b1a8c52-5d43-4a6e-9f0e-6f1d6a2b7c01',
      resourceId: 'd7f8a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e01',
      labels: { app: 'checkout', 'app.kubernetes.io/managed-by': 'octopus' },
      annotations: { 'deployment.kubernetes.io/revision': '7' },
      createdAgo: 86_400 * 20,
      body: {
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'checkout' } },
          template: {
            metadata: { labels: { app: 'checkout' } },
            spec: { containers: [{ name: 'checkout', image }] },
          },
        },
        status: { replicas: 1, readyReplicas: 0, unavailableReplicas: 1 },
      },
      desiredBody: {
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'checkout' } },
          template: {
            metadata: { labels: { app: 'checkout' } },
            spec: { containers: [{ name: 'checkout', image }] },
          },
        },
      },
      events: [
        {
          type: 'Warning',
          reason: 'ProgressDeadlineExceeded',
          note: 'Deployment "checkout" has timed out progressing.',
          action: 'Progressing',
          reportingController: 'deployment-controller',
          count: 1,
          firstSeenAgo: 1_200,
          lastSeenAgo: 1_200,
        },
      ],
      children: [
        {
          kind: 'ReplicaSet',
          group: 'apps',
          apiVersion: 'apps/v1',
          name: 'checkout-5c8d7b9f4',
          namespace,
          health: 'Progressing',
          sync: 'NotApplicable',
          desiredResourceId: null,
          resourceId: 'd7f8a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e02',
          labels: { app: 'checkout', 'pod-template-hash': '5c8d7b9f4' },
          annotations: {},
          createdAgo: 1_800,
          body: { spec: { replicas: 1 }, status: { replicas: 1, readyReplicas: 0 } },
          events: [],
          children: [
            {
              kind: 'Pod',
              group: '',
              apiVersion: 'v1',
              name: podName,
              namespace,
              health: 'Degraded',
              healthMessage: backOff,
              sync: 'NotApplicable',
              desiredResourceId: null,
              resourceId: 'd7f8a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e03',
              labels: { app: 'checkout', 'pod-template-hash': '5c8d7b9f4' },
              annotations: {},
              createdAgo: 1_800,
              body: {
                spec: { containers: [{ name: 'checkout', image }] },
                status: {
                  phase: 'Running',
                  containerStatuses: [
                    {
                      name: 'checkout',
                      ready: false,
                      restartCount: 9,
                      state: { waiting: { reason: 'CrashLoopBackOff' } },
                    },
                  ],
                },
              },
              containers: [
                {
                  name: 'checkout',
                  image,
                  logs: ['checkout 1.5.0-beta.1 starting', 'loading configuration'],
                  previousLogs: [
                    'checkout 1.5.0-beta.1 starting',
                    'FATAL: PAYMENT_PROVIDER is not set',
                  ],
                },
              ],
              events: [
                {
                  type: 'Warning',
                  reason: 'BackOff',
                  note: backOff,
                  action: 'Starting',
                  reportingController: 'kubelet',
                  count: 41,
                  firstSeenAgo: 1_700,
                  lastSeenAgo: 20,
                },
              ],
              children: [],
            },
          ],
        },
      ],
    },
    {
      kind: 'Service',
      group: '',
      apiVersion: 'v1',
      name: 'checkout',
      namespace,
      health: 'Healthy',
      sync: 'InSync',
      desiredResourceId: '1b1a8c52-5d43-4a6e-9f0e-6f1d6a2b7c02',
      resourceId: 'd7f8a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e05',
      labels: { app: 'checkout' },
      annotations: {},
      createdAgo: 86_400 * 20,
      body: { spec: { type: 'ClusterIP', ports: [{ port: 80, targetPort: 8080 }] } },
      events: [],
      children: [],
    },
    // Release 1.5.0-beta.1 stopped deploying the feature flags: the ConfigMap stays, orphaned,
    // sent as the Octopus CLI's tests have an orphan: OrphanedAt set and no SyncStatus at all.
    {
      kind: 'ConfigMap',
      group: '',
      apiVersion: 'v1',
      name: 'checkout-feature-flags',
      namespace,
      health: 'Healthy',
      orphan: { orphanedAgo: 1_500, deletionTaskState: null },
      desiredResourceId: '1b1a8c52-5d43-4a6e-9f0e-6f1d6a2b7c03',
      resourceId: 'd7f8a0e4-1b2d-4c3e-8f9a-0a1b2c3d4e06',
      labels: { app: 'checkout', 'app.kubernetes.io/managed-by': 'octopus' },
      annotations: {},
      createdAgo: 86_400 * 30,
      body: { data: { NEW_CHECKOUT_FLOW: 'false' } },
      events: [],
      children: [],
    },
  ];
}

/** A tenant's ledger: one Deployment with its ReplicaSet and Pod. */
function ledgerObjects(tenantSlug: string, environmentSlug: string, seed: number, health: string) {
  const namespace = `ledger-${tenantSlug}-${environmentSlug}`;
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const uid = (n: number) => `e8a9b0c1-2d3e-4f50-8a6b-7c8d9e0f${hex(seed)}${hex(n)}`;
  const podName = `ledger-6f7d8c9b5-${['k4m2p', 'r8t3v', 'w9z6x', 'b5n7c'][seed % 4] ?? 'k4m2p'}`;
  const objects: WorldObject[] = [
    {
      kind: 'Deployment',
      group: 'apps',
      apiVersion: 'apps/v1',
      name: 'ledger',
      namespace,
      health,
      healthMessage:
        health === 'Progressing' ? 'Waiting for rollout to finish: 0 of 1 updated' : null,
      sync: 'InSync',
      desiredResourceId: `2c2a8c52-5d43-4a6e-9f0e-6f1d6a2b${hex(seed)}01`,
      resourceId: uid(1),
      labels: { app: 'ledger', tenant: tenantSlug },
      annotations: {},
      createdAgo: 86_400 * 3,
      body: {
        spec: { replicas: 1, selector: { matchLabels: { app: 'ledger' } } },
        status: { replicas: 1, readyReplicas: health === 'Healthy' ? 1 : 0 },
      },
      events: [],
      children: [
        {
          kind: 'ReplicaSet',
          group: 'apps',
          apiVersion: 'apps/v1',
          name: 'ledger-6f7d8c9b5',
          namespace,
          health,
          sync: 'NotApplicable',
          desiredResourceId: null,
          resourceId: uid(2),
          labels: { app: 'ledger' },
          annotations: {},
          createdAgo: 7_200,
          body: { spec: { replicas: 1 } },
          events: [],
          children: [
            {
              kind: 'Pod',
              group: '',
              apiVersion: 'v1',
              name: podName,
              namespace,
              health,
              sync: 'NotApplicable',
              desiredResourceId: null,
              resourceId: uid(3),
              labels: { app: 'ledger' },
              annotations: {},
              createdAgo: 7_200,
              body: {
                spec: { containers: [{ name: 'ledger', image: ledgerImage }] },
                status: { phase: health === 'Healthy' ? 'Running' : 'Pending' },
              },
              containers: [
                { name: 'ledger', image: ledgerImage, logs: podLogs('ledger', '2.0.0') },
              ],
              events: [],
              children: [],
            },
          ],
        },
      ],
    },
  ];
  return objects;
}

export const applications: readonly WorldApplication[] = [
  {
    project: projects.checkout,
    environment: environments.production,
    tenant: null,
    machine: machines.production,
    summary: { status: 'Healthy', health: 'Healthy', sync: 'InSync' },
    objects: checkoutProductionObjects(),
  },
  {
    project: projects.checkout,
    environment: environments.staging,
    tenant: null,
    machine: machines.staging,
    summary: {
      status: 'Degraded',
      health: 'Degraded',
      sync: 'OutOfSync',
      syncMessage: '1 object is out of sync',
    },
    objects: checkoutStagingObjects(),
  },
  {
    project: projects.ledger,
    environment: environments.production,
    tenant: tenants.acme,
    machine: machines.production,
    summary: { status: 'Healthy', health: 'Healthy', sync: 'InSync', syncMessage: null },
    objects: ledgerObjects(tenants.acme.slug, 'production', 1, 'Healthy'),
  },
  {
    project: projects.ledger,
    environment: environments.production,
    tenant: tenants.globex,
    machine: machines.production,
    summary: { status: 'Progressing', health: 'Progressing', sync: 'InSync' },
    objects: ledgerObjects(tenants.globex.slug, 'production', 2, 'Progressing'),
  },
  {
    project: projects.ledger,
    environment: environments.staging,
    tenant: tenants.acme,
    machine: machines.staging,
    summary: { status: 'Healthy', health: 'Healthy', sync: 'InSync' },
    objects: ledgerObjects(tenants.acme.slug, 'staging', 3, 'Healthy'),
  },
  {
    project: projects.ledger,
    environment: environments.staging,
    tenant: tenants.globex,
    machine: machines.staging,
    summary: { status: 'Healthy', health: 'Healthy', sync: 'InSync' },
    objects: ledgerObjects(tenants.globex.slug, 'staging', 4, 'Healthy'),
  },
];

export const releases = {
  checkout142: {
    id: 'Releases-3',
    version: '1.4.2',
    project: projects.checkout,
    channelId: 'Channels-1',
    assembledAgo: 86_400,
  },
  checkout141: {
    id: 'Releases-2',
    version: '1.4.1',
    project: projects.checkout,
    channelId: 'Channels-1',
    assembledAgo: 86_400 * 6,
  },
  checkout150: {
    id: 'Releases-4',
    version: '1.5.0-beta.1',
    project: projects.checkout,
    channelId: 'Channels-1',
    assembledAgo: 2_400,
  },
  ledger200: {
    id: 'Releases-5',
    version: '2.0.0',
    project: projects.ledger,
    channelId: 'Channels-2',
    assembledAgo: 86_400 * 2,
  },
} as const satisfies Record<string, WorldRelease>;

export const allReleases: readonly WorldRelease[] = Object.values(releases);

export const deployments: readonly WorldDeployment[] = [
  {
    id: 'Deployments-11',
    taskId: 'ServerTasks-101',
    release: releases.checkout142,
    environment: environments.production,
    tenant: null,
    queuedAgo: 3_700,
    durationSeconds: 94,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: true,
    isPrevious: false,
  },
  {
    id: 'Deployments-7',
    taskId: 'ServerTasks-71',
    release: releases.checkout141,
    environment: environments.production,
    tenant: null,
    queuedAgo: 86_400 * 5,
    durationSeconds: 88,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: false,
    isPrevious: true,
  },
  {
    id: 'Deployments-12',
    taskId: 'ServerTasks-102',
    release: releases.checkout150,
    environment: environments.staging,
    tenant: null,
    queuedAgo: 1_900,
    durationSeconds: 640,
    state: 'Success',
    hasWarningsOrErrors: true,
    isCurrent: true,
    isPrevious: false,
  },
  {
    id: 'Deployments-13',
    taskId: 'ServerTasks-103',
    release: releases.ledger200,
    environment: environments.production,
    tenant: tenants.acme,
    queuedAgo: 7_300,
    durationSeconds: 61,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: true,
    isPrevious: false,
  },
  {
    id: 'Deployments-14',
    taskId: 'ServerTasks-104',
    release: releases.ledger200,
    environment: environments.production,
    tenant: tenants.globex,
    queuedAgo: 7_250,
    durationSeconds: 66,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: true,
    isPrevious: false,
  },
  {
    id: 'Deployments-15',
    taskId: 'ServerTasks-105',
    release: releases.ledger200,
    environment: environments.staging,
    tenant: tenants.acme,
    queuedAgo: 86_400,
    durationSeconds: 58,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: true,
    isPrevious: false,
  },
  {
    id: 'Deployments-16',
    taskId: 'ServerTasks-106',
    release: releases.ledger200,
    environment: environments.staging,
    tenant: tenants.globex,
    queuedAgo: 86_380,
    durationSeconds: 57,
    state: 'Success',
    hasWarningsOrErrors: false,
    isCurrent: true,
    isPrevious: false,
  },
];

/** Every object of an application, its children included, depth first. */
export function* walkObjects(objects: readonly WorldObject[]): Generator<WorldObject> {
  for (const object of objects) {
    yield object;
    yield* walkObjects(object.children);
  }
}
