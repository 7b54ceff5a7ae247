import { demoProcesses, type DemoProjectSlug } from '../world/demo-processes';
import { seconds } from './timeline';
import {
  days,
  hours,
  materializeApplications,
  minutes,
  routineHistory,
  type ApplicationPlan,
  type DeploymentPlan,
} from './world-builder';
import {
  applicationKey,
  type Incident,
  type World,
  type WorldMachine,
  type WorldProject,
  type WorldRelease,
  type WorldTenant,
} from './world';

const environments = [
  { id: 'Environments-1', name: 'Development', slug: 'development' },
  { id: 'Environments-2', name: 'Test', slug: 'test' },
  { id: 'Environments-3', name: 'Staging', slug: 'staging' },
  { id: 'Environments-4', name: 'Production', slug: 'production' },
] as const;
const [development, test, staging, production] = environments;

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
const projectSpecs: readonly ProjectSpec[] = [
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
];

const projectName = (slug: DemoProjectSlug) => slug;
const projectId = (slug: DemoProjectSlug) =>
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

/** Machines: one Kubernetes agent per environment, and two with a story of their own. */
const machines: readonly WorldMachine[] = [
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
];

/** Where each release stands per environment: index of the newest release deployed there. */
const latestReleaseByEnvironment = [4, 4, 3, 2] as const;

/** Cells that were never deployed. */
const neverDeployed = new Set([
  `nightly-reports/${test.id}`,
  `legacy-billing/${development.id}`,
  `queue-master/${development.id}`,
]);

interface Story {
  /** Replaces the latest routine deployment, or adds one after it. */
  extraDeployment?: DeploymentPlan;
  replaceLatest?: Partial<DeploymentPlan>;
  incidents?: readonly Incident[];
  machineId?: string;
}

/** What is going on in the demo world right now: every state the demo story shows. */
function storyOf(slug: DemoProjectSlug, environmentId: string, tenant: string | null): Story {
  const key = `${slug}/${environmentId}${tenant ? `/${tenant}` : ''}`;
  switch (key) {
    // A deployment is running now; its Pods come up one by one and it completes about 60 s in.
    case `front-end/${production.id}`:
      return {
        extraDeployment: {
          releaseIndex: 3,
          queuedAt: -seconds(20),
          startedAt: -seconds(18),
          podBootSeconds: 13,
          podStaggerSeconds: 4,
        },
      };
    // Someone restarted carts; the new Pod cannot reach its database and crash-loops.
    case `carts/${production.id}`:
      return {
        incidents: [
          {
            kind: 'rollout-restart',
            at: -minutes(25),
            deployment: 'carts',
            podBehaviour: {
              kind: 'crash-loop',
              exitCode: 1,
              reason: 'Error',
              logTail: 'com.mongodb.MongoSocketOpenException: Exception opening socket',
            },
          },
        ],
      };
    // A node was drained: the replacement catalogue Pod takes minutes to pass its readiness probe.
    case `catalogue/${production.id}`:
      return {
        incidents: [
          {
            kind: 'pod-evicted',
            at: -seconds(100),
            deployment: 'catalogue',
            podIndex: 2,
            readyAt: minutes(8),
          },
        ],
      };
    case `orders/${production.id}`:
      return {
        incidents: [{ kind: 'delete', at: -minutes(30), objectKind: 'Service', name: 'orders' }],
      };
    case `payment/${production.id}`:
      return { incidents: [{ kind: 'scale', at: -hours(2), deployment: 'payment', replicas: 3 }] };
    case `shipping/${production.id}`:
      return { machineId: 'Machines-6' };
    // The latest release's image tag was never pushed: ImagePullBackOff until the step timed out.
    case `user/${production.id}`:
      return {
        extraDeployment: {
          releaseIndex: 3,
          queuedAt: -minutes(48),
          startedAt: -minutes(47),
          podBehaviour: { kind: 'image-pull-backoff' },
        },
      };
    case `guestbook/${staging.id}`:
      return { machineId: 'Machines-5' };
    case `customer-portal/${production.id}/globex`:
      return {
        incidents: [
          {
            kind: 'rollout-restart',
            at: -minutes(50),
            deployment: 'customer-portal',
            podBehaviour: {
              kind: 'crash-loop',
              exitCode: 137,
              reason: 'OOMKilled',
              logTail: 'java.lang.OutOfMemoryError: Java heap space',
            },
          },
        ],
      };
    // A slow rollout to Initech: Waiting for several minutes.
    case `customer-portal/${production.id}/initech`:
      return {
        extraDeployment: {
          releaseIndex: 3,
          queuedAt: -seconds(75),
          startedAt: -seconds(60),
          podBootSeconds: 240,
          podStaggerSeconds: 90,
        },
      };
    case `orders/${development.id}`:
      return { replaceLatest: { outcome: 'Canceled', abortedAt: undefined } };
    case `catalogue/${test.id}`:
      return { replaceLatest: { outcome: 'TimedOut' } };
    case `shipping/${test.id}`:
      return { replaceLatest: { hasWarnings: true } };
    // Queued behind another task; it starts 90 s into the scenario.
    case `queue-master/${staging.id}`:
      return {
        extraDeployment: { releaseIndex: 4, queuedAt: -seconds(10), startedAt: seconds(90) },
      };
    default:
      return {};
  }
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
      tenanted: spec.slug === 'customer-portal',
      steps: demoProcesses[spec.slug],
    };
  });
  const releasesOf = (id: string) => releases.filter((release) => release.projectId === id);

  const tenants: WorldTenant[] = tenantSpecs.map((tenant) => ({
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    projectEnvironments: {
      [projectId('customer-portal')]: tenant.environments.map((environment) => environment.id),
    },
  }));

  const plans: ApplicationPlan[] = [];
  for (const spec of projectSpecs) {
    const id = projectId(spec.slug);
    const targets =
      spec.slug === 'customer-portal'
        ? tenantSpecs.flatMap((tenant) =>
            tenant.environments.map((environment) => ({
              environment,
              tenant: tenant.slug,
              tenantId: tenant.id,
            })),
          )
        : environments.map((environment) => ({ environment, tenant: null, tenantId: null }));
    for (const { environment, tenant, tenantId } of targets) {
      if (neverDeployed.has(`${spec.slug}/${environment.id}`)) continue;
      const environmentIndex = environments.indexOf(environment);
      const key = applicationKey(id, environment.id, tenantId);
      const story = storyOf(spec.slug, environment.id, tenant);
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
      if (story.extraDeployment) history.push(story.extraDeployment);
      const defaultMachine = machines.find((machine) => machine.environmentId === environment.id);
      plans.push({
        projectId: id,
        environmentId: environment.id,
        tenantId,
        namespace: spec.namespace(environment.slug, tenant),
        machineIds: [story.machineId ?? defaultMachine?.id ?? 'Machines-1'],
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
