import { delay, HttpResponse } from 'msw';
import type { ApiPathName, EventsSessionBody, LogsSessionBody } from '../../src/api/contract';
import { minutes, seconds } from '../engine/timeline';
import type { OrphanDeletion, World, WorldApplication } from '../worlds/world';

/** One request as a scenario sees it, before the simulation answers. */
export interface ScenarioRequest {
  endpoint: ApiPathName;
  method: string;
  /** How many requests this endpoint has had so far in this run, this one included. */
  attempt: number;
}

/**
 * A named state of the simulated server: every UI state worth seeing has one, openable by URL
 * (`?scenario=name`), in Vitest and in Playwright. A scenario can start the clock later and can
 * answer some requests itself; everything else is the simulation's.
 */
export interface Scenario {
  name: string;
  description: string;
  /** Start the virtual clock this many seconds into the story. */
  startAtSeconds?: number;
  /** Answer a request instead of the simulation; undefined lets the simulation answer. */
  respond?: (request: ScenarioRequest) => Promise<Response | undefined> | Response | undefined;
  /** Rewrite a JSON body the simulation produced (e.g. to inject an unknown enum value). */
  rewrite?: (endpoint: ApiPathName, body: unknown) => unknown;
  /** Change the world before the story starts (a failing smoke test, a step left unverified). */
  world?: (world: World) => World;
}

/** The world with one application changed: `project` in `environment` (names, as shown). */
function changeApplication(
  world: World,
  project: string,
  environment: string,
  change: (application: WorldApplication) => WorldApplication,
): World {
  const projectId = world.projects.find((entry) => entry.name === project)?.id;
  const environmentId = world.environments.find((entry) => entry.name === environment)?.id;
  return {
    ...world,
    applications: world.applications.map((application) =>
      application.projectId === projectId &&
      application.environmentId === environmentId &&
      application.tenantId === null
        ? change(application)
        : application,
    ),
  };
}

/** A "Delete Kubernetes resources" task for catalogue's orphaned ConfigMap in Staging. */
function deleteCatalogueOrphan(
  world: World,
  task: Omit<OrphanDeletion, 'kind' | 'objectKind' | 'name'>,
): World {
  return changeApplication(world, 'catalogue', 'Staging', (application) => ({
    ...application,
    incidents: [
      ...application.incidents,
      {
        kind: 'orphan-deletion',
        objectKind: 'ConfigMap',
        name: 'catalogue-legacy-config',
        ...task,
      },
    ],
  }));
}

const octopusError = (status: number, message: string, headers?: Record<string, string>) =>
  HttpResponse.json(
    { ErrorMessage: message, Errors: [message] },
    { status, ...(headers ? { headers } : {}) },
  );

const only =
  (
    endpoints: readonly ApiPathName[],
    answer: (request: ScenarioRequest) => Promise<Response | undefined> | Response | undefined,
  ) =>
  (request: ScenarioRequest) =>
    endpoints.includes(request.endpoint) ? answer(request) : undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export const scenarios = {
  default: {
    name: 'default',
    description: 'The demo story: front-end is deploying to Production right now.',
  },
  'deployments-finished': {
    name: 'deployments-finished',
    description:
      'Two minutes in: the front-end deployment has completed and Production front-end is Healthy.',
    startAtSeconds: 120,
  },
  'smoke-test-fails': {
    name: 'smoke-test-fails',
    description:
      'The running front-end deployment to Production fails its smoke test: the Job errors and the step fails early.',
    world: (world) =>
      changeApplication(world, 'front-end', 'Production', (application) => ({
        ...application,
        deployments: application.deployments.map((deployment, index, all) =>
          index === all.length - 1
            ? { ...deployment, failingJobs: ['front-end-smoke-test'] }
            : deployment,
        ),
      })),
  },
  'step-without-verification': {
    name: 'step-without-verification',
    description:
      'front-end\'s config step is set to "Don\'t do any verification checks": its objects are applied, not verified.',
    world: (world) => ({
      ...world,
      projects: world.projects.map((project) =>
        project.name === 'front-end'
          ? {
              ...project,
              steps: project.steps.map((step) =>
                step.actionId === 'front-end-config' ? { ...step, verifiesObjects: false } : step,
              ),
            }
          : project,
      ),
    }),
  },
  'orphan-deleting': {
    name: 'orphan-deleting',
    description:
      "Someone chose Review & delete in Octopus for catalogue's orphaned ConfigMap in Staging: the deletion task runs (Deleting) and the object leaves live status 3 minutes in.",
    world: (world) =>
      deleteCatalogueOrphan(world, {
        at: -seconds(20),
        startedAt: -seconds(15),
        endedAt: minutes(3),
        outcome: 'Success',
      }),
  },
  'orphan-deletion-failed': {
    name: 'orphan-deletion-failed',
    description:
      "Deleting catalogue's orphaned ConfigMap in Staging failed half an hour ago: it is still Orphaned, and says the last deletion failed.",
    world: (world) =>
      deleteCatalogueOrphan(world, {
        at: -minutes(30),
        startedAt: -minutes(30) + seconds(5),
        endedAt: -minutes(29),
        outcome: 'Failed',
      }),
  },
  'empty-space': {
    name: 'empty-space',
    description: 'A brand new space: no projects, no environments, nothing deployed.',
    respond: only(['dashboard', 'liveStatusSummaries'], ({ endpoint }) =>
      endpoint === 'dashboard'
        ? HttpResponse.json({
            Projects: [],
            ProjectGroups: [],
            Environments: [],
            Tenants: [],
            Items: [],
          })
        : HttpResponse.json({ Summaries: [] }),
    ),
  },
  'dashboard-server-error': {
    name: 'dashboard-server-error',
    description: 'The dashboard endpoint fails with a 500 and an Octopus error message.',
    respond: only(['dashboard'], () =>
      octopusError(
        500,
        'There was a problem with your request. The database connection pool is exhausted.',
      ),
    ),
  },
  'dashboard-malformed-json': {
    name: 'dashboard-malformed-json',
    description: 'The dashboard endpoint answers 200 with a body that is not JSON.',
    respond: only(
      ['dashboard'],
      () =>
        new HttpResponse('{"Projects": [{"Id": "Projects-1", "Name": ', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  },
  'dashboard-invalid-body': {
    name: 'dashboard-invalid-body',
    description: 'The dashboard body is JSON, but an item has no QueueTime: a contract violation.',
    rewrite: (endpoint, body) => {
      if (endpoint !== 'dashboard' || !isRecord(body) || !Array.isArray(body.Items)) return body;
      const items: unknown[] = body.Items;
      const [first, ...rest] = items;
      return { ...body, Items: [isRecord(first) ? { ...first, QueueTime: 42 } : first, ...rest] };
    },
  },
  'dashboard-capped': {
    name: 'dashboard-capped',
    description:
      'The server shows only the first 8 projects (its dashboard project limit) and says it filtered.',
    rewrite: (endpoint, body) => {
      if (endpoint !== 'dashboard' || !isRecord(body) || !Array.isArray(body.Projects)) return body;
      const projects: unknown[] = body.Projects;
      const kept = projects.slice(0, 8);
      const ids = new Set(kept.map((project) => (isRecord(project) ? project.Id : null)));
      const items: unknown[] = Array.isArray(body.Items) ? body.Items : [];
      return {
        ...body,
        Projects: kept,
        Items: items.filter((item) => isRecord(item) && ids.has(item.ProjectId)),
        ProjectLimit: 8,
        IsFiltered: true,
      };
    },
  },
  'unknown-status': {
    name: 'unknown-status',
    description: 'A newer server sends a live status this client does not know ("Hibernating").',
    rewrite: (endpoint, body) => {
      if (endpoint !== 'liveStatusSummaries' || !isRecord(body) || !Array.isArray(body.Summaries)) {
        return body;
      }
      const summaries: unknown[] = body.Summaries;
      const [first, ...rest] = summaries;
      if (!isRecord(first) || !isRecord(first.Summary)) return body;
      return {
        ...body,
        Summaries: [{ ...first, Summary: { ...first.Summary, Status: 'Hibernating' } }, ...rest],
      };
    },
  },
  unauthorized: {
    name: 'unauthorized',
    description: 'Every request is refused: the API key is missing or was revoked.',
    respond: () =>
      octopusError(
        401,
        'You must be logged in to perform this action. Please provide a valid API key.',
      ),
  },
  forbidden: {
    name: 'forbidden',
    description: 'The key is valid but lacks permission to view the space.',
    respond: () =>
      octopusError(
        403,
        'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ProjectView',
      ),
  },
  'rate-limited': {
    name: 'rate-limited',
    description:
      'The first dashboard request is rate limited (429, Retry-After: 1); the retry succeeds.',
    respond: only(['dashboard'], ({ attempt }) =>
      attempt === 1
        ? octopusError(429, 'Too many requests. Slow down.', { 'Retry-After': '1' })
        : undefined,
    ),
  },
  'server-timeout': {
    name: 'server-timeout',
    description: 'The dashboard endpoint never answers: the client times out.',
    respond: only(['dashboard'], async () => {
      await delay('infinite');
      return octopusError(504, 'unreachable');
    }),
  },
  'live-status-timeout': {
    name: 'live-status-timeout',
    description:
      "An application's live status never answers: its page says so after the client's timeout.",
    respond: only(['untenantedLiveStatus', 'tenantedLiveStatus'], async () => {
      await delay('infinite');
      return octopusError(504, 'unreachable');
    }),
  },
  'gateway-unavailable': {
    name: 'gateway-unavailable',
    description:
      'A gateway in front of the server answers 503 to the first three requests of every endpoint: the app backs off (1 s, 2 s, 4 s) and gets through.',
    respond: ({ attempt }) =>
      attempt <= 3
        ? octopusError(503, 'Service Unavailable: the server is restarting.')
        : undefined,
  },
  'live-status-forbidden': {
    name: 'live-status-forbidden',
    description: "The key sees the dashboard but may not read any application's live status (403).",
    respond: only(['untenantedLiveStatus', 'tenantedLiveStatus'], () =>
      octopusError(
        403,
        'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: EnvironmentView',
      ),
    ),
  },
  'object-not-found': {
    name: 'object-not-found',
    description:
      'Every Kubernetes object the drawer asks for is gone from the server (404): it left the cluster.',
    respond: only(
      ['untenantedResource', 'tenantedResource', 'untenantedManifest', 'tenantedManifest'],
      () => octopusError(404, 'The resource you requested was not found.'),
    ),
  },
  offline: {
    name: 'offline',
    description: 'The network is down: every request fails before reaching a server.',
    respond: () => HttpResponse.error(),
  },
  'no-summaries-extension': {
    name: 'no-summaries-extension',
    description:
      'A real Octopus server without our summaries extension: the client falls back to one call per cell.',
    respond: only(['liveStatusSummaries'], () =>
      octopusError(404, 'The resource you requested was not found.'),
    ),
  },
  'manifest-server-error': {
    name: 'manifest-server-error',
    description: 'Manifests fail with a 500; every other tab of the object drawer works.',
    respond: only(['untenantedManifest', 'tenantedManifest'], () =>
      octopusError(500, 'The Kubernetes monitor returned an error while reading the manifest.'),
    ),
  },
  'events-session-failure': {
    name: 'events-session-failure',
    description: 'The monitor fails every events session with a MonitorError.',
    respond: only(['eventsSession'], () =>
      HttpResponse.json({
        IsSessionCompleted: true,
        Events: [],
        Error: {
          ErrorCode: 'MonitorUnavailable',
          ErrorMessage:
            'The Kubernetes monitor did not answer the events request: the agent is not connected.',
        },
      } satisfies EventsSessionBody),
    ),
  },
  'logs-timeout': {
    name: 'logs-timeout',
    description: 'Logs sessions never complete: the client gives up after its timeout.',
    respond: only(['logsSession'], () =>
      HttpResponse.json({
        IsSessionCompleted: false,
        Logs: [],
        Error: null,
      } satisfies LogsSessionBody),
    ),
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}

export function scenarioByName(name: string | null | undefined): Scenario {
  if (!name) return scenarios.default;
  if (!isScenarioName(name)) {
    throw new Error(`Unknown scenario "${name}". Known: ${Object.keys(scenarios).join(', ')}`);
  }
  return scenarios[name];
}
