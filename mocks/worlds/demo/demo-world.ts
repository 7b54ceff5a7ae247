import { days, hours, minutes, seconds } from '../../engine/timeline';
import {
  applicationKey,
  type Incident,
  type World,
  type WorldMachine,
  type WorldProject,
  type WorldRelease,
  type WorldTenant,
} from '../world';
import {
  materializeApplications,
  plannedStart,
  routineHistory,
  type ApplicationPlan,
  type DeploymentPlan,
} from '../world-builder';
import { demoProcesses, type DemoProjectSlug } from './demo-processes';

const environments = [
  { id: 'Environments-1', name: 'Development', slug: 'development' },
  { id: 'Environments-2', name: 'Test', slug: 'test' },
  { id: 'Environments-3', name: 'Staging', slug: 'staging' },
  { id: 'Environments-4', name: 'Production', slug: 'production' },
] as const;
const [development, test, staging, production] = environments;
export type EnvironmentSlug = (typeof environments)[number]['slug'];

const projectGroups = [
  { id: 'ProjectGroups-1', name: 'Sock Shop' },
  { id: 'ProjectGroups-2', name: 'Demos' },
  { id: 'ProjectGroups-3', name: 'Legacy' },
] as const;

interface ProjectSpec {
  slug: DemoProjectSlug;
  group: (typeof projectGroups)[number];
  versions: readonly string[];
  namespace: (environment: string, tenant: string | null) => string;
}

const sockShop = (environment: string) => `sock-shop-${environment}`;
const projectSpecs = [
  {
    slug: 'front-end',
    group: projectGroups[0],
    versions: ['0.3.8', '0.3.9', '0.3.10', '0.3.11', '0.3.12'],
    namespace: sockShop,
  },
  {
    slug: 'carts',
    group: projectGroups[0],
    versions: ['0.4.4', '0.4.5', '0.4.6', '0.4.7', '0.4.8'],
    namespace: sockShop,
  },
  {
    slug: 'catalogue',
    group: projectGroups[0],
    versions: ['0.3.1', '0.3.2', '0.3.3', '0.3.4', '0.3.5'],
    namespace: sockShop,
  },
  {
    slug: 'orders',
    group: projectGroups[0],
    versions: ['0.4.3', '0.4.4', '0.4.5', '0.4.6', '0.4.7'],
    namespace: sockShop,
  },
  {
    slug: 'payment',
    group: projectGroups[0],
    versions: ['0.4.1', '0.4.2', '0.4.3', '0.4.4', '0.4.5'],
    namespace: sockShop,
  },
  {
    slug: 'shipping',
    group: projectGroups[0],
    versions: ['0.4.4', '0.4.5', '0.4.6', '0.4.7', '0.4.8'],
    namespace: sockShop,
  },
  {
    slug: 'user',
    group: projectGroups[0],
    versions: ['0.4.5', '0.4.6', '0.4.7', '0.4.8', '0.4.9'],
    namespace: sockShop,
  },
  {
    slug: 'queue-master',
    group: projectGroups[0],
    versions: ['0.3.0', '0.3.1', '0.3.2', '0.3.3', '0.3.4'],
    namespace: sockShop,
  },
  {
    slug: 'guestbook',
    group: projectGroups[1],
    versions: ['1.1.0', '1.2.0', '1.2.1', '1.3.0', '1.4.0'],
    namespace: (environment) => `guestbook-${environment}`,
  },
  {
    slug: 'nightly-reports',
    group: projectGroups[1],
    versions: ['2026.10.3', '2026.10.17', '2026.10.31', '2026.11.7', '2026.11.14'],
    namespace: (environment) => `reports-${environment}`,
  },
  {
    slug: 'customer-portal',
    group: projectGroups[1],
    versions: ['3.1.0', '3.2.0', '3.2.1', '3.3.0', '3.4.0'],
    namespace: (environment, tenant) => `portal-${tenant ?? 'shared'}-${environment}`,
  },
  {
    slug: 'legacy-billing',
    group: projectGroups[2],
    versions: ['12.0.4', '12.0.5', '12.1.0', '12.1.1', '12.2.0'],
    namespace: () => 'legacy',
  },
] as const satisfies readonly ProjectSpec[];
export type ProjectSlug = (typeof projectSpecs)[number]['slug'];

/** The one project deployed per tenant. */
const TENANTED_PROJECT = 'customer-portal' satisfies ProjectSlug;
type TenantedProjectSlug = typeof TENANTED_PROJECT;
type UntenantedProjectSlug = Exclude<ProjectSlug, TenantedProjectSlug>;

const projectName = (slug: ProjectSlug) => slug;
const projectId = (slug: ProjectSlug) =>
  `Projects-${String(projectSpecs.findIndex((spec) => spec.slug === slug) + 1)}`;

const tenantSpecs = [
  {
    id: 'Tenants-1',
    name: 'Acme Corp',
    slug: 'acme-corp',
    environments: [development, test, staging, production],
  },
  { id: 'Tenants-2', name: 'Globex', slug: 'globex', environments: [test, production] },
  { id: 'Tenants-3', name: 'Initech', slug: 'initech', environments: [staging, production] },
] as const;
export type TenantSlug = (typeof tenantSpecs)[number]['slug'];

/**
 * Machines: one Kubernetes agent per environment, two with a story of their own, and a second
 * production cluster that one application is deployed to beside the first.
 */
const machines = [
  {
    id: 'Machines-1',
    name: 'dev-cluster',
    environmentId: development.id,
    monitor: { kind: 'connected' },
  },
  {
    id: 'Machines-2',
    name: 'test-cluster',
    environmentId: test.id,
    monitor: { kind: 'connected' },
  },
  {
    id: 'Machines-3',
    name: 'staging-cluster',
    environmentId: staging.id,
    monitor: { kind: 'connected' },
  },
  {
    id: 'Machines-4',
    name: 'prod-cluster',
    environmentId: production.id,
    monitor: { kind: 'connected' },
  },
  // The edge cluster's monitor stopped reporting 14 minutes ago: its applications are Stale.
  {
    id: 'Machines-5',
    name: 'staging-edge',
    environmentId: staging.id,
    monitor: { kind: 'silent', since: -minutes(14) },
  },
  // The monitor reports, but cannot reach this cluster's API server: Unknown.
  {
    id: 'Machines-6',
    name: 'prod-eu-west',
    environmentId: production.id,
    monitor: {
      kind: 'cluster-unreachable',
      since: -minutes(7),
      message:
        'Get "https://10.20.0.1:443/api/v1/namespaces/sock-shop-production/pods": dial tcp 10.20.0.1:443: i/o timeout',
    },
  },
  {
    id: 'Machines-8',
    name: 'prod-us-east',
    environmentId: production.id,
    monitor: { kind: 'connected' },
  },
] as const satisfies readonly WorldMachine[];
type MachineId = (typeof machines)[number]['id'];

/** Where each release stands per environment: index of the newest release deployed there. */
const latestReleaseByEnvironment = [4, 4, 3, 2] as const;

/** Cells that were never deployed. */
export const neverDeployed: Partial<Record<ProjectSlug, readonly EnvironmentSlug[]>> = {
  'nightly-reports': ['test'],
  'legacy-billing': ['development'],
  'queue-master': ['development'],
};

/** What sets one application apart from the routine history of releases. */
export interface Story {
  /** Replaces the latest routine deployment, or adds one after it. */
  extraDeployment?: DeploymentPlan;
  replaceLatest?: Partial<DeploymentPlan>;
  /**
   * A user presses Cancel this long after the latest deployment started (its times come from the
   * seed, so the story says when relative to them).
   */
  cancelLatestAfter?: number;
  incidents?: readonly Incident[];
  /**
   * The targets it is deployed to, when not its environment's usual one: each gets its own copy
   * of the objects (their own uids), and its own entry in the live status.
   */
  machineIds?: readonly [MachineId, ...MachineId[]];
}

const crashLoop = (exitCode: number, reason: 'Error' | 'OOMKilled', logTail: string) =>
  ({ kind: 'crash-loop', exitCode, reason, logTail }) as const;

/**
 * What is going on in the demo world right now: every state the demo story shows, by project and
 * environment. A project, environment or target that does not exist is a type error.
 */
export const demoStories: Partial<
  Record<UntenantedProjectSlug, Partial<Record<EnvironmentSlug, Story>>>
> = {
  'front-end': {
    // A deployment is running now; its Pods come up one by one and it completes about 60 s in.
    production: {
      extraDeployment: {
        releaseIndex: 3,
        queuedAt: -seconds(20),
        startedAt: -seconds(18),
        podBootSeconds: 13,
        podStaggerSeconds: 4,
      },
    },
  },
  carts: {
    // Someone restarted carts; the new Pod cannot reach its database and crash-loops.
    production: {
      incidents: [
        {
          kind: 'rollout-restart',
          at: -minutes(25),
          deployment: 'carts',
          podBehaviour: crashLoop(
            1,
            'Error',
            'com.mongodb.MongoSocketOpenException: Exception opening socket',
          ),
        },
      ],
    },
  },
  catalogue: {
    // A node was drained: the replacement catalogue Pod takes minutes to pass its readiness probe.
    production: {
      incidents: [
        {
          kind: 'pod-evicted',
          at: -seconds(100),
          deployment: 'catalogue',
          podIndex: 2,
          readyAt: minutes(8),
        },
      ],
    },
    // Image pulls are slow on the test cluster today: the Pods take 4 minutes to become Ready, so
    // the step's 180 s timeout expires while they are still in progress (Timed out). The cluster
    // finishes the rollout a minute later all the same.
    test: { replaceLatest: { podBootSeconds: 240 } },
  },
  orders: {
    production: {
      incidents: [{ kind: 'delete', at: -minutes(30), objectKind: 'Service', name: 'orders' }],
    },
    // Someone pressed Cancel 8 s in, while the Pods were starting: the task is Canceled, the
    // objects it had applied stay, and the cluster finishes their rollout.
    development: { cancelLatestAfter: seconds(8) },
  },
  payment: {
    production: {
      incidents: [{ kind: 'scale', at: -hours(2), deployment: 'payment', replicas: 3 }],
    },
  },
  shipping: {
    production: { machineIds: ['Machines-6'] },
    // No story for Test (nor Development): both run release 0.4.8, whose manifest selects Linux
    // nodes by a deprecated label. kubectl warns on apply, and the log's warning makes the task a
    // Success with warnings (processes/shipping.ts).
  },
  user: {
    // The latest release's image tag was never pushed: ImagePullBackOff until the step timed out.
    production: {
      extraDeployment: {
        releaseIndex: 3,
        queuedAt: -minutes(48),
        startedAt: -minutes(47),
        podBehaviour: { kind: 'image-pull-backoff' },
      },
    },
  },
  guestbook: {
    staging: { machineIds: ['Machines-5'] },
  },
  'queue-master': {
    // Deployed to two production clusters: the live status groups its objects by target.
    production: { machineIds: ['Machines-4', 'Machines-8'] },
    // Queued behind another task; it starts 90 s into the scenario.
    staging: {
      extraDeployment: { releaseIndex: 4, queuedAt: -seconds(10), startedAt: seconds(90) },
    },
  },
};

/** The same for the tenanted project, by environment and tenant. */
export const tenantStories: Partial<
  Record<TenantedProjectSlug, Partial<Record<EnvironmentSlug, Partial<Record<TenantSlug, Story>>>>>
> = {
  'customer-portal': {
    production: {
      globex: {
        incidents: [
          {
            kind: 'rollout-restart',
            at: -minutes(50),
            deployment: 'customer-portal',
            podBehaviour: crashLoop(
              137,
              'OOMKilled',
              'java.lang.OutOfMemoryError: Java heap space',
            ),
          },
        ],
      },
      // A slow rollout to Initech: Waiting for a few minutes, until the step's 180 s timeout
      // expires with its Pods still starting (Timed out, about 2.5 minutes in).
      initech: {
        extraDeployment: {
          releaseIndex: 3,
          queuedAt: -seconds(75),
          startedAt: -seconds(60),
          podBootSeconds: 240,
          podStaggerSeconds: 90,
        },
      },
    },
  },
};

const isTenanted = (slug: ProjectSlug): slug is TenantedProjectSlug => slug === TENANTED_PROJECT;

function storyOf(
  slug: ProjectSlug,
  environment: EnvironmentSlug,
  tenant: TenantSlug | null,
): Story {
  if (isTenanted(slug)) {
    return tenant === null ? {} : (tenantStories[slug]?.[environment]?.[tenant] ?? {});
  }
  return demoStories[slug]?.[environment] ?? {};
}

export function createDemoWorld(seed = 1): World {
  const releases: WorldRelease[] = [];
  let releaseNumber = 1;
  const projects: WorldProject[] = projectSpecs.map((spec) => {
    const id = projectId(spec.slug);
    spec.versions.forEach((version, index) => {
      releases.push({
        id: `Releases-${String(releaseNumber++)}`,
        projectId: id,
        version,
        assembledAt: -days(16 - index * 3) - hours(index * 2),
      });
    });
    return {
      id,
      name: projectName(spec.slug),
      slug: spec.slug,
      projectGroupId: spec.group.id,
      tenanted: isTenanted(spec.slug),
      steps: demoProcesses[spec.slug],
    };
  });
  const releasesOf = (id: string) => releases.filter((release) => release.projectId === id);

  const tenants: WorldTenant[] = tenantSpecs.map((tenant) => ({
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    projectEnvironments: {
      [projectId(TENANTED_PROJECT)]: tenant.environments.map((environment) => environment.id),
    },
  }));

  const plans: ApplicationPlan[] = [];
  for (const spec of projectSpecs) {
    const id = projectId(spec.slug);
    const targets = isTenanted(spec.slug)
      ? tenantSpecs.flatMap((tenant) =>
          tenant.environments.map((environment) => ({
            environment,
            tenant: tenant.slug,
            tenantId: tenant.id,
          })),
        )
      : environments.map((environment) => ({ environment, tenant: null, tenantId: null }));
    for (const { environment, tenant, tenantId } of targets) {
      if (neverDeployed[spec.slug]?.includes(environment.slug)) continue;
      const environmentIndex = environments.indexOf(environment);
      const key = applicationKey(id, environment.id, tenantId);
      const story = storyOf(spec.slug, environment.slug, tenant);
      const history = routineHistory(
        seed,
        key,
        releasesOf(id),
        environmentIndex,
        latestReleaseByEnvironment[environmentIndex] ?? 0,
      );
      const last = history.at(-1);
      if (story.replaceLatest && last)
        history[history.length - 1] = { ...last, ...story.replaceLatest };
      const latest = history.at(-1);
      if (story.cancelLatestAfter !== undefined && latest)
        history[history.length - 1] = {
          ...latest,
          canceledAt: plannedStart(latest) + story.cancelLatestAfter,
        };
      if (story.extraDeployment) history.push(story.extraDeployment);
      const defaultMachine = machines.find((machine) => machine.environmentId === environment.id);
      plans.push({
        projectId: id,
        environmentId: environment.id,
        tenantId,
        namespace: spec.namespace(environment.slug, tenant),
        machineIds: story.machineIds ?? [defaultMachine?.id ?? 'Machines-1'],
        deployments: history,
        incidents: story.incidents ?? [],
      });
    }
  }

  return {
    name: 'demo',
    seed,
    space: { id: 'Spaces-1', name: 'Default' },
    environments,
    projectGroups,
    projects,
    tenants,
    machines,
    releases,
    applications: materializeApplications(plans, releasesOf, (plan) =>
      applicationKey(plan.projectId, plan.environmentId, plan.tenantId),
    ),
  };
}
