/**
 * The routes a real Octopus Server answers for Periscope, space-scoped ones in both forms
 * (`/api/{spaceId}/…` and `/api/spaces/{spaceId}/…`). Nothing else: Periscope's own extensions
 * (`/livestatus/summaries`, `/tasks/{id}/kubernetes-object-status…`) are 404 here, as on a real
 * server.
 */
import { randomUUID } from 'node:crypto';
import {
  apiRoot,
  containerLogs,
  dashboard,
  deployment,
  environment,
  errorBody,
  findObject,
  kubernetesEvents,
  liveStatus,
  machine,
  monitorError,
  project,
  release,
  resourceDetail,
  resourceManifest,
  space,
  spaceRoot,
  spacesPage,
  task,
  taskDetails,
  tenant,
  type Json,
} from './bodies';
import {
  SPACE,
  allEnvironments,
  allMachines,
  allProjects,
  allReleases,
  allTenants,
  applications,
  deployments,
  walkObjects,
  type WorldApplication,
  type WorldContainer,
  type WorldObject,
} from './world';

export interface ApiRequest {
  method: string;
  /** The path, without the query string. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body of a POST; undefined when there is none. */
  body: unknown;
  now: number;
}

export interface ApiResponse {
  status: number;
  body: Json;
}

const ok = (body: Json): ApiResponse => ({ status: 200, body });
const notFound = (message: string): ApiResponse => ({ status: 404, body: errorBody(message) });
const badRequest = (errors: string[]): ApiResponse => ({
  status: 400,
  body: errorBody('There was a problem with your request.', errors),
});

/** A route: `:name` segments match anything and are handed to the handler. */
interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  handle: (params: Record<string, string>, request: ApiRequest) => ApiResponse;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id.toLowerCase() === id.toLowerCase());
}

const NOT_SUPPORTED_SUMMARY = {
  Status: 'NotSupported',
  HealthStatus: 'NotSupported',
  SyncStatus: 'NotApplicable',
  LastUpdated: '1970-01-01T00:00:00+00:00',
  TotalOrphanCount: 0,
};

/** The application a live status route names, or the error to answer with. */
function findApplication(
  params: Record<string, string>,
): { app: WorldApplication } | { response: ApiResponse } {
  const projectId = params.projectId ?? '';
  const environmentId = params.environmentId ?? '';
  const tenantId = params.tenantId ?? null;
  if (!byId(allProjects, projectId)) {
    return { response: notFound(`The Project with Id '${projectId}' could not be found.`) };
  }
  if (!byId(allEnvironments, environmentId)) {
    return { response: notFound(`The Environment with Id '${environmentId}' could not be found.`) };
  }
  if (tenantId !== null && !byId(allTenants, tenantId)) {
    return { response: notFound(`The Tenant with Id '${tenantId}' could not be found.`) };
  }
  const app = applications.find(
    (candidate) =>
      candidate.project.id === projectId &&
      candidate.environment.id === environmentId &&
      (candidate.tenant?.id ?? null) === tenantId,
  );
  if (!app) {
    return {
      response: ok({
        MachineStatuses: [],
        Summary: NOT_SUPPORTED_SUMMARY,
        ArgoCDInstanceStatuses: [],
      }),
    };
  }
  return { app };
}

function findResource(
  params: Record<string, string>,
): { app: WorldApplication; object: WorldObject } | { response: ApiResponse } {
  const found = findApplication(params);
  if ('response' in found) return found;
  const { app } = found;
  const resourceId = params.resourceId ?? '';
  const object = params.machineId === app.machine.id ? findObject(app, resourceId) : undefined;
  if (!object) {
    return {
      response: notFound(
        `The Kubernetes resource '${resourceId}' was not found on '${params.machineId ?? ''}'.`,
      ),
    };
  }
  return { app, object };
}

/** A JSON body's property, matched without regard to case, as ASP.NET model binding does. */
function field(body: unknown, name: string): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const entry = Object.entries(body).find(([key]) => key.toLowerCase() === name.toLowerCase());
  return entry?.[1];
}

function textField(body: unknown, name: string): string | null {
  const value = field(body, name);
  return typeof value === 'string' && value !== '' ? value : null;
}

interface EventsSession {
  kind: 'events';
  object: WorldObject;
  polls: number;
}

interface LogsSession {
  kind: 'logs';
  container: WorldContainer | null;
  podName: string;
  containerName: string;
  previous: boolean;
  polls: number;
}

type Session = EventsSession | LogsSession;

/** Open sessions; the oldest are forgotten past this many. */
const MAX_SESSIONS = 500;

export function createRoutes() {
  const sessions = new Map<string, Session>();

  function openSession(session: Session): ApiResponse {
    const id = randomUUID();
    sessions.set(id, session);
    if (sessions.size > MAX_SESSIONS) {
      const oldest = sessions.keys().next().value;
      if (oldest !== undefined) sessions.delete(oldest);
    }
    return ok({ SessionId: id });
  }

  /** The object a session request names (same coordinates as the one-object endpoint). */
  function sessionObject(
    body: unknown,
    extra: readonly string[],
  ): { object: WorldObject } | { response: ApiResponse } {
    const required = [
      'ProjectId',
      'EnvironmentId',
      'MachineId',
      'DesiredOrKubernetesMonitoredResourceId',
      ...extra,
    ];
    const missing = required.filter((name) =>
      name === 'ShowPreviousContainer'
        ? typeof field(body, name) !== 'boolean'
        : textField(body, name) === null,
    );
    if (missing.length > 0)
      return { response: badRequest(missing.map((name) => `${name} is required.`)) };
    const found = findResource({
      projectId: textField(body, 'ProjectId') ?? '',
      environmentId: textField(body, 'EnvironmentId') ?? '',
      ...(textField(body, 'TenantId') === null
        ? {}
        : { tenantId: textField(body, 'TenantId') ?? '' }),
      machineId: textField(body, 'MachineId') ?? '',
      resourceId: textField(body, 'DesiredOrKubernetesMonitoredResourceId') ?? '',
    });
    return 'response' in found ? found : { object: found.object };
  }

  function pollSession(sessionId: string, kind: Session['kind'], now: number): ApiResponse {
    const session = sessions.get(sessionId);
    if (session?.kind !== kind) {
      return notFound(`The session '${sessionId}' could not be found.`);
    }
    session.polls += 1;
    // The monitor answers over gRPC: the first poll finds nothing yet, the next has it all.
    const completed = session.polls > 1;
    if (session.kind === 'events') {
      return ok({
        Events: completed ? kubernetesEvents(session.object, now) : [],
        IsSessionCompleted: completed,
        Error: null,
      });
    }
    if (completed && session.container === null) {
      return ok({
        Logs: [],
        IsSessionCompleted: true,
        Error: monitorError(
          'ContainerNotFound',
          `container "${session.containerName}" in pod "${session.podName}" was not found`,
        ),
      });
    }
    return ok({
      Logs:
        completed && session.container
          ? containerLogs(session.container, session.previous, now)
          : [],
      IsSessionCompleted: completed,
      Error: null,
    });
  }

  const liveStatusRoute = (params: Record<string, string>, request: ApiRequest) => {
    const found = findApplication(params);
    if ('response' in found) return found.response;
    const summaryOnly = request.query.get('summaryOnly')?.toLowerCase() === 'true';
    return ok(liveStatus(found.app, summaryOnly, request.now));
  };
  const resourceRoute = (params: Record<string, string>, request: ApiRequest) => {
    const found = findResource(params);
    return 'response' in found
      ? found.response
      : ok(resourceDetail(found.object, found.app, request.now));
  };
  const manifestRoute = (params: Record<string, string>, request: ApiRequest) => {
    const found = findResource(params);
    return 'response' in found ? found.response : ok(resourceManifest(found.object, request.now));
  };

  const application = 'projects/:projectId/environments/:environmentId';
  const untenanted = `${application}/untenanted`;
  const tenanted = `${application}/tenants/:tenantId`;
  const resource = 'machines/:machineId/resources/:resourceId';

  const routes: Route[] = [
    { method: 'GET', pattern: '', handle: () => ok(spaceRoot()) },
    { method: 'GET', pattern: 'dashboard', handle: (_p, r) => ok(dashboard(r.query, r.now)) },
    {
      method: 'GET',
      pattern: 'projects/:id',
      handle: ({ id = '' }) => {
        const item = byId(allProjects, id);
        return item
          ? ok(project(item))
          : notFound(`The Project with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'environments/:id',
      handle: ({ id = '' }) => {
        const index = allEnvironments.findIndex(
          (item) => item.id.toLowerCase() === id.toLowerCase(),
        );
        const item = allEnvironments[index];
        return item
          ? ok(environment(item, index))
          : notFound(`The Environment with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'tenants/:id',
      handle: ({ id = '' }) => {
        const item = byId(allTenants, id);
        return item ? ok(tenant(item)) : notFound(`The Tenant with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'machines/:id',
      handle: ({ id = '' }) => {
        const item = byId(allMachines, id);
        return item
          ? ok(machine(item))
          : notFound(`The Machine with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'deployments/:id',
      handle: ({ id = '' }, r) => {
        const item = byId(deployments, id);
        return item
          ? ok(deployment(item, r.now))
          : notFound(`The Deployment with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'releases/:id',
      handle: ({ id = '' }, r) => {
        const item = byId(allReleases, id);
        return item
          ? ok(release(item, r.now))
          : notFound(`The Release with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'tasks/:id',
      handle: ({ id = '' }, r) => {
        const item = deployments.find((entry) => entry.taskId.toLowerCase() === id.toLowerCase());
        return item
          ? ok(task(item, r.now))
          : notFound(`The Task with Id '${id}' could not be found.`);
      },
    },
    {
      method: 'GET',
      pattern: 'tasks/:id/details',
      handle: ({ id = '' }, r) => {
        const item = deployments.find((entry) => entry.taskId.toLowerCase() === id.toLowerCase());
        return item
          ? ok(taskDetails(item, r.now))
          : notFound(`The Task with Id '${id}' could not be found.`);
      },
    },
    { method: 'GET', pattern: `${untenanted}/livestatus`, handle: liveStatusRoute },
    { method: 'GET', pattern: `${tenanted}/livestatus`, handle: liveStatusRoute },
    { method: 'GET', pattern: `${untenanted}/${resource}`, handle: resourceRoute },
    { method: 'GET', pattern: `${tenanted}/${resource}`, handle: resourceRoute },
    { method: 'GET', pattern: `${untenanted}/${resource}/manifest`, handle: manifestRoute },
    { method: 'GET', pattern: `${tenanted}/${resource}/manifest`, handle: manifestRoute },
    { method: 'GET', pattern: `${untenanted}/${resource}/manifest/v2`, handle: manifestRoute },
    { method: 'GET', pattern: `${tenanted}/${resource}/manifest/v2`, handle: manifestRoute },
    {
      method: 'POST',
      pattern: 'observability/events/sessions',
      handle: (_p, r) => {
        const found = sessionObject(r.body, []);
        if ('response' in found) return found.response;
        return openSession({ kind: 'events', object: found.object, polls: 0 });
      },
    },
    {
      method: 'GET',
      pattern: 'observability/events/sessions/:sessionId',
      handle: ({ sessionId = '' }, r) => pollSession(sessionId, 'events', r.now),
    },
    {
      method: 'POST',
      pattern: 'observability/logs/sessions',
      handle: (_p, r) => {
        const found = sessionObject(r.body, ['PodName', 'ContainerName', 'ShowPreviousContainer']);
        if ('response' in found) return found.response;
        const podName = textField(r.body, 'PodName') ?? '';
        const containerName = textField(r.body, 'ContainerName') ?? '';
        const pod = [...walkObjects([found.object])].find(
          (object) => object.kind === 'Pod' && object.name === podName,
        );
        const container = pod?.containers?.find((entry) => entry.name === containerName) ?? null;
        return openSession({
          kind: 'logs',
          container,
          podName,
          containerName,
          previous: field(r.body, 'ShowPreviousContainer') === true,
          polls: 0,
        });
      },
    },
    {
      method: 'GET',
      pattern: 'observability/logs/sessions/:sessionId',
      handle: ({ sessionId = '' }, r) => pollSession(sessionId, 'logs', r.now),
    },
  ];

  function match(pattern: string, rest: readonly string[]): Record<string, string> | null {
    const parts = pattern === '' ? [] : pattern.split('/');
    if (parts.length !== rest.length) return null;
    const params: Record<string, string> = {};
    for (const [index, part] of parts.entries()) {
      const segment = rest[index] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      else if (part.toLowerCase() !== segment.toLowerCase()) return null;
    }
    return params;
  }

  function spaceScoped(spaceId: string, rest: readonly string[], request: ApiRequest): ApiResponse {
    if (spaceId.toLowerCase() !== SPACE.id.toLowerCase()) {
      return notFound(`The Space with Id '${spaceId}' could not be found.`);
    }
    let wrongMethod = false;
    for (const route of routes) {
      const params = match(route.pattern, rest);
      if (!params) continue;
      if (route.method !== request.method) {
        wrongMethod = true;
        continue;
      }
      return route.handle(params, request);
    }
    if (wrongMethod) {
      return { status: 405, body: errorBody(`The method ${request.method} is not allowed here.`) };
    }
    return notFound(`The resource you requested was not found: ${request.path}`);
  }

  /** Answers one request; the caller has already checked the API key. */
  return function route(request: ApiRequest): ApiResponse {
    const segments = request.path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
    if (segments[0] !== 'api')
      return notFound(`The resource you requested was not found: ${request.path}`);
    const rest = segments.slice(1);
    const [first, second] = rest;
    if (first === undefined)
      return request.method === 'GET' ? ok(apiRoot()) : notFound(request.path);
    if (first.toLowerCase() === 'spaces') {
      if (second === undefined)
        return request.method === 'GET' ? ok(spacesPage(request.query)) : notFound(request.path);
      if (rest.length === 2 && request.method === 'GET') {
        return second.toLowerCase() === SPACE.id.toLowerCase()
          ? ok(space())
          : notFound(`The Space with Id '${second}' could not be found.`);
      }
      return spaceScoped(second, rest.slice(2), request);
    }
    if (/^Spaces-\d+$/i.test(first)) return spaceScoped(first, rest.slice(1), request);
    // The default space's routes also answer without a space (`/api/dashboard`, `/api/tasks/…`).
    return spaceScoped(SPACE.id, rest, request);
  };
}
