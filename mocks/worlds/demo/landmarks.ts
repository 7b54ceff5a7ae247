import { createDemoWorld } from './demo-world';
import type { World, WorldApplication } from '../world';

/**
 * The demo world's landmarks: the applications its story is told through, each named for what it
 * shows, with what the simulated server answers for it and what the dashboard says. This table is
 * the one place the story is written down for tests: `demo-world.test.ts` beside it holds the simulated
 * server to it, one UI test holds the dashboard's words to it, and every other test picks a
 * landmark by what it needs ("a Degraded application") and takes its ids from here, never typed
 * by hand, so a change of story is one edit.
 */
interface LandmarkSpec {
  /** Project, environment and tenant by name, as the dashboard shows them. */
  readonly project: string;
  readonly environment: string;
  readonly tenant?: string;
  /** The live status summary's `Status` at the start of the scenario. */
  readonly liveStatus?: string;
  /** The latest deployment's task `State`, and whether it has warnings. */
  readonly taskState?: string;
  /** What the dashboard cell says with Live status on, and off. */
  readonly liveLabel?: string;
  readonly deploymentLabel?: string;
  /** The version the latest deployment deployed. */
  readonly release?: string;
  /** Its deployment targets by name, in the live status's order, when it has more than one. */
  readonly targets?: readonly string[];
  /** An object a later release stopped deploying, still in the cluster: Orphaned. */
  readonly orphan?: { readonly kind: string; readonly name: string };
}

const landmarkSpecs = {
  /** A deployment running at the start: Waiting, Healthy about 60 s in. */
  executing: {
    project: 'front-end',
    environment: 'Production',
    liveStatus: 'Waiting',
    taskState: 'Executing',
    liveLabel: 'Waiting',
    deploymentLabel: 'Executing',
    release: '0.3.11',
  },
  /** A Pod in CrashLoopBackOff under its ReplicaSet. */
  degraded: {
    project: 'carts',
    environment: 'Production',
    liveStatus: 'Degraded',
    taskState: 'Success',
    liveLabel: 'Degraded',
    deploymentLabel: 'Success',
    release: '0.4.6',
  },
  /** A replacement Pod slow to pass its readiness probe. */
  progressing: {
    project: 'catalogue',
    environment: 'Production',
    liveStatus: 'Progressing',
    liveLabel: 'Progressing',
  },
  /** A Service deleted by hand. */
  missing: {
    project: 'orders',
    environment: 'Production',
    liveStatus: 'Missing',
    liveLabel: 'Missing',
  },
  /** Replicas scaled by hand (to 3, of the 2 applied): still Healthy, but out of sync. */
  outOfSync: {
    project: 'payment',
    environment: 'Production',
    liveStatus: 'OutOfSync',
    liveLabel: 'Out of Sync',
    release: '0.4.3',
  },
  /**
   * The same application one environment before: the release Production would be promoted to,
   * with one replica to Production's two. Compared with `outOfSync`, its Deployment differs.
   */
  promotionCandidate: {
    project: 'payment',
    environment: 'Staging',
    liveStatus: 'Healthy',
    liveLabel: 'Healthy',
    release: '0.4.4',
  },
  /** A monitor that cannot reach its cluster. */
  unknown: {
    project: 'shipping',
    environment: 'Production',
    liveStatus: 'Unknown',
    liveLabel: 'Unknown',
  },
  /** The latest deployment failed (an image that was never pushed). */
  failed: {
    project: 'user',
    environment: 'Production',
    liveStatus: 'Unavailable',
    taskState: 'Failed',
    liveLabel: 'Failed',
    deploymentLabel: 'Failed',
    release: '0.4.8',
  },
  healthy: {
    project: 'queue-master',
    environment: 'Production',
    liveStatus: 'Healthy',
    liveLabel: 'Healthy',
  },
  /** Deployed to two clusters of one environment: its objects are grouped by target. */
  twoTargets: {
    project: 'queue-master',
    environment: 'Production',
    liveStatus: 'Healthy',
    liveLabel: 'Healthy',
    targets: ['prod-cluster', 'prod-us-east'],
  },
  /** A monitor silent for over 10 minutes. */
  stale: {
    project: 'guestbook',
    environment: 'Staging',
    liveStatus: 'Stale',
    liveLabel: 'Stale',
  },
  /**
   * A ConfigMap release 0.3.4 stopped deploying: still in the cluster and in live status,
   * Orphaned since that deployment succeeded, and left out of the application's health.
   */
  orphaned: {
    project: 'catalogue',
    environment: 'Staging',
    liveStatus: 'Healthy',
    taskState: 'Success',
    liveLabel: 'Healthy',
    deploymentLabel: 'Success',
    release: '0.3.4',
    orphan: { kind: 'ConfigMap', name: 'catalogue-legacy-config' },
  },
  /** A CronJob suspended: the application is Healthy. */
  suspended: {
    project: 'nightly-reports',
    environment: 'Production',
    liveStatus: 'Healthy',
    liveLabel: 'Healthy',
  },
  /** No Kubernetes steps: the dashboard keeps the deployment state. */
  notSupported: {
    project: 'legacy-billing',
    environment: 'Production',
    liveStatus: 'NotSupported',
    taskState: 'Success',
    liveLabel: 'Success',
    deploymentLabel: 'Success',
  },
  /** Queued behind another task; it starts 90 s in. */
  queued: {
    project: 'queue-master',
    environment: 'Staging',
    taskState: 'Queued',
    liveLabel: 'Waiting',
    deploymentLabel: 'Queued',
  },
  withWarnings: {
    project: 'shipping',
    environment: 'Test',
    taskState: 'Success',
    deploymentLabel: 'Success with warnings',
  },
  canceled: {
    project: 'orders',
    environment: 'Development',
    taskState: 'Canceled',
    deploymentLabel: 'Canceled',
  },
  timedOut: {
    project: 'catalogue',
    environment: 'Test',
    taskState: 'TimedOut',
    deploymentLabel: 'Timed out',
  },
  /** A tenant whose Pods run out of memory. */
  tenantDegraded: {
    project: 'customer-portal',
    environment: 'Production',
    tenant: 'Globex',
    liveStatus: 'Degraded',
    liveLabel: 'Degraded',
  },
  /** A tenant with a slow rollout running. */
  tenantWaiting: {
    project: 'customer-portal',
    environment: 'Production',
    tenant: 'Initech',
    liveStatus: 'Waiting',
    taskState: 'Executing',
    liveLabel: 'Waiting',
    deploymentLabel: 'Executing',
  },
  tenantHealthy: {
    project: 'customer-portal',
    environment: 'Production',
    tenant: 'Acme Corp',
    liveStatus: 'Healthy',
    liveLabel: 'Healthy',
  },
} as const satisfies Record<string, LandmarkSpec>;

export type LandmarkName = keyof typeof landmarkSpecs;

type Spec<Name extends LandmarkName> = (typeof landmarkSpecs)[Name];

/** A landmark with its ids in the built world and the names of its dashboard cell. */
export type Landmark<Name extends LandmarkName = LandmarkName> = Spec<Name> &
  LandmarkSpec &
  (Spec<Name> extends { liveLabel: string } ? { readonly liveCell: string } : unknown) &
  (Spec<Name> extends { deploymentLabel: string }
    ? { readonly deploymentCell: string }
    : unknown) & {
    readonly projectId: string;
    readonly environmentId: string;
    readonly tenantId: string | null;
    /** "carts in Production", or "customer-portal for Globex in Production". */
    readonly cell: string;
    /** The latest deployment and its task. */
    readonly deploymentId: string;
    readonly taskId: string;
  };

/** Something the demo world does not have, for a "not found" test. */
export const absentIds = {
  projectId: 'Projects-99',
  environmentId: 'Environments-99',
  tenantId: 'Tenants-99',
  deploymentId: 'Deployments-99999',
} as const;

function resolve<Name extends LandmarkName>(world: World, name: Name): Landmark<Name> {
  const spec: LandmarkSpec = landmarkSpecs[name];
  const missing = (what: string) => new Error(`Landmark "${name}": the demo world has no ${what}`);
  const project = world.projects.find((entry) => entry.name === spec.project);
  if (!project) throw missing(`project "${spec.project}"`);
  const environment = world.environments.find((entry) => entry.name === spec.environment);
  if (!environment) throw missing(`environment "${spec.environment}"`);
  const tenant =
    spec.tenant === undefined ? null : world.tenants.find((entry) => entry.name === spec.tenant);
  if (tenant === undefined) throw missing(`tenant "${String(spec.tenant)}"`);
  const application: WorldApplication | undefined = world.applications.find(
    (entry) =>
      entry.projectId === project.id &&
      entry.environmentId === environment.id &&
      entry.tenantId === (tenant?.id ?? null),
  );
  const latest = application?.deployments.at(-1);
  if (!latest) throw missing(`deployment of ${spec.project} to ${spec.environment}`);
  if (spec.targets) {
    const targets = application?.machineIds.map(
      (id) => world.machines.find((machine) => machine.id === id)?.name,
    );
    if (targets?.join() !== spec.targets.join()) {
      throw missing(`${spec.project} in ${spec.environment} on ${spec.targets.join(' and ')}`);
    }
  }
  const cell =
    tenant === null
      ? `${spec.project} in ${spec.environment}`
      : `${spec.project} for ${tenant.name} in ${spec.environment}`;
  const landmark = {
    ...landmarkSpecs[name],
    // The accessible name of its dashboard cell with Live status on, and off.
    ...(spec.liveLabel === undefined ? {} : { liveCell: `${cell}: ${spec.liveLabel}` }),
    ...(spec.deploymentLabel === undefined
      ? {}
      : { deploymentCell: `${cell}: ${spec.deploymentLabel}` }),
    projectId: project.id,
    environmentId: environment.id,
    tenantId: tenant?.id ?? null,
    cell,
    deploymentId: latest.id,
    taskId: latest.taskId,
  };
  // The spreads above follow the spec's labels, which TypeScript cannot see through.
  return landmark as Landmark<Name>;
}

function resolveAll(world: World): { readonly [Name in LandmarkName]: Landmark<Name> } {
  const names = Object.keys(landmarkSpecs) as LandmarkName[];
  return Object.fromEntries(names.map((name) => [name, resolve(world, name)])) as {
    [Name in LandmarkName]: Landmark<Name>;
  };
}

/** The landmarks of the demo world the simulated server serves by default (seed 1). */
export const demo = resolveAll(createDemoWorld());
