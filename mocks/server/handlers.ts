import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import {
  apiPaths,
  createEventsSessionRequestSchema,
  createLogsSessionRequestSchema,
  type ApiPathName,
} from '../../src/api/contract';
import type { Scenario } from './scenarios';
import { apiRoot, spacesPage } from '../octopus/server-root';
import { createSessions } from '../octopus/sessions';
import type { SimResult, Simulation } from '../octopus/simulation';

type Params = Record<string, string | readonly string[] | undefined>;

function param(params: Params, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? decodeURIComponent(value) : '';
}

const errorBody = (status: number, message: string) =>
  HttpResponse.json({ ErrorMessage: message, Errors: [message] }, { status });

/**
 * A command as a real server binds it: property names match in any case (Octopus's own
 * TypeScript and Go clients post camelCase), and a property the route carries (`SpaceId`) is
 * taken from the route when the body leaves it out.
 */
function bindCommand(json: unknown, schema: z.ZodType, params: Params): unknown {
  if (!(schema instanceof z.ZodObject) || typeof json !== 'object' || json === null) return json;
  if (Array.isArray(json)) return json;
  const names = new Map(Object.keys(schema.shape).map((name) => [name.toLowerCase(), name]));
  const bound: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    bound[names.get(key.toLowerCase()) ?? key] = value;
  }
  for (const key of Object.keys(params)) {
    const name = names.get(key.toLowerCase());
    if (name !== undefined && bound[name] === undefined) bound[name] = param(params, key);
  }
  return bound;
}

async function readBody<S extends z.ZodType>(request: Request, schema: S, params: Params) {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false as const, response: errorBody(400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(bindCommand(json, schema, params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? 'body';
    return {
      ok: false as const,
      response: errorBody(
        400,
        `The request body is not valid: ${where}: ${issue?.message ?? 'invalid'}`,
      ),
    };
  }
  return { ok: true as const, body: parsed.data };
}

const applicationIds = (params: Params, tenanted: boolean) => ({
  projectId: param(params, 'projectId'),
  environmentId: param(params, 'environmentId'),
  tenantId: tenanted ? param(params, 'tenantId') : null,
});

const resourceIds = (params: Params, tenanted: boolean) => ({
  ...applicationIds(params, tenanted),
  machineId: param(params, 'machineId'),
  resourceId: param(params, 'resourceId'),
});

const spaceScopedPrefix = '/api/:spaceId/';

/**
 * The templates an endpoint answers on. A real server serves every space-scoped route twice:
 * at `/api/{spaceId}/…` and at `/api/spaces/{spaceId}/…` (the REST reference's "Also reachable
 * at"), and Octopus's own TypeScript client uses the second form.
 */
function templatesOf(endpoint: ApiPathName): string[] {
  const template: string = apiPaths[endpoint];
  return template.startsWith(spaceScopedPrefix)
    ? [template, `/api/spaces/:spaceId/${template.slice(spaceScopedPrefix.length)}`]
    : [template];
}

/**
 * The simulated Octopus server's routes, on the contract's own path templates, each space-scoped
 * one in both of its forms. A scenario may answer a request first; otherwise the simulation does.
 */
export function createHandlers(simulation: Simulation, scenario: Scenario): HttpHandler[] {
  const sessions = createSessions(simulation);
  const attempts = new Map<ApiPathName, number>();

  const route = (
    method: 'get' | 'post',
    endpoint: ApiPathName,
    answer: (
      params: Params,
      request: Request,
    ) => Promise<SimResult<unknown> | Response> | SimResult<unknown> | Response,
  ): HttpHandler[] => {
    const spaceScoped = apiPaths[endpoint].startsWith(spaceScopedPrefix);
    return templatesOf(endpoint).map((template) =>
      http[method](`*${template}`, async ({ params, request }) => {
        const attempt = (attempts.get(endpoint) ?? 0) + 1;
        attempts.set(endpoint, attempt);
        const scripted = await scenario.respond?.({ endpoint, method: request.method, attempt });
        if (scripted) return scripted;
        const spaceId = param(params, 'spaceId');
        if (spaceScoped && spaceId !== simulation.world.space.id) {
          return errorBody(404, `Space ${spaceId} was not found.`);
        }
        const result = await answer(params, request);
        if (result instanceof Response) return result;
        if (!result.ok) return errorBody(result.status, result.message);
        const body = scenario.rewrite ? scenario.rewrite(endpoint, result.body) : result.body;
        return Response.json(body);
      }),
    );
  };

  return [
    route('get', 'apiRoot', () => ({ ok: true, body: apiRoot(simulation.world) })),
    route('get', 'spaces', (_params, request) =>
      spacesPage(simulation.world, new URL(request.url).searchParams),
    ),
    route('get', 'space', (params) => simulation.space(param(params, 'spaceId'))),
    route('get', 'dashboard', (_params, request) =>
      simulation.dashboard(new URL(request.url).searchParams.get('projectId')),
    ),
    route('get', 'tenants', (_params, request) => {
      const query = new URL(request.url).searchParams;
      const skip = Number(query.get('skip') ?? '0');
      const take = Number(query.get('take') ?? '30');
      if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(take) || take < 0) {
        return {
          ok: false,
          status: 400,
          message: 'skip and take must be whole numbers, 0 or more.',
        };
      }
      return simulation.tenants(query.get('projectId'), skip, take);
    }),
    route('get', 'machine', (params) => simulation.machine(param(params, 'machineId'))),
    route('get', 'project', (params) => simulation.project(param(params, 'projectId'))),
    route('get', 'environment', (params) => simulation.environment(param(params, 'environmentId'))),
    route('get', 'tenant', (params) => simulation.tenant(param(params, 'tenantId'))),
    route('get', 'liveStatusSummaries', () => simulation.liveStatusSummaries()),
    route('get', 'untenantedLiveStatus', (params, request) =>
      simulation.applicationLiveStatus(
        applicationIds(params, false),
        new URL(request.url).searchParams.get('summaryOnly') === 'true',
      ),
    ),
    route('get', 'tenantedLiveStatus', (params, request) =>
      simulation.applicationLiveStatus(
        applicationIds(params, true),
        new URL(request.url).searchParams.get('summaryOnly') === 'true',
      ),
    ),
    route('get', 'untenantedManifest', (params) => simulation.manifest(resourceIds(params, false))),
    route('get', 'tenantedManifest', (params) => simulation.manifest(resourceIds(params, true))),
    route('get', 'untenantedManifestV2', (params) =>
      simulation.manifest(resourceIds(params, false)),
    ),
    route('get', 'tenantedManifestV2', (params) => simulation.manifest(resourceIds(params, true))),
    route('get', 'untenantedResource', (params) => simulation.resource(resourceIds(params, false))),
    route('get', 'tenantedResource', (params) => simulation.resource(resourceIds(params, true))),
    route('post', 'eventsSessions', async (params, request) => {
      const read = await readBody(request, createEventsSessionRequestSchema, params);
      return read.ok ? { ok: true, body: sessions.createEvents(read.body) } : read.response;
    }),
    route('get', 'eventsSession', (params) => sessions.events(param(params, 'sessionId'))),
    route('post', 'logsSessions', async (params, request) => {
      const read = await readBody(request, createLogsSessionRequestSchema, params);
      return read.ok ? { ok: true, body: sessions.createLogs(read.body) } : read.response;
    }),
    route('get', 'logsSession', (params) => sessions.logs(param(params, 'sessionId'))),
    route('get', 'deployment', (params) => simulation.deployment(param(params, 'deploymentId'))),
    route('get', 'release', (params) => simulation.release(param(params, 'releaseId'))),
    route('get', 'task', (params) => simulation.task(param(params, 'taskId'))),
    route('get', 'taskDetails', (params) => simulation.taskDetails(param(params, 'taskId'))),
    route('get', 'taskObjectStatus', (params) =>
      simulation.taskObjectStatus(param(params, 'taskId')),
    ),
    route('get', 'stepObjectManifest', (params) =>
      simulation.stepObjectManifest(
        param(params, 'taskId'),
        param(params, 'actionId'),
        param(params, 'uuid'),
      ),
    ),
  ].flat();
}
