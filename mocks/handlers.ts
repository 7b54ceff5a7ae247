import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import {
  apiPaths,
  createEventsSessionRequestSchema,
  createLogsSessionRequestSchema,
  type ApiPathName,
} from '../src/api/contract';
import type { Scenario } from './scenarios';
import { createSessions } from './simulation/sessions';
import type { SimResult, Simulation } from './simulation/simulation';

type Params = Record<string, string | readonly string[] | undefined>;

function param(params: Params, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? decodeURIComponent(value) : '';
}

const errorBody = (status: number, message: string) =>
  HttpResponse.json({ ErrorMessage: message, Errors: [message] }, { status });

async function readBody<S extends z.ZodType>(request: Request, schema: S) {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false as const, response: errorBody(400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
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

/**
 * The simulated Octopus server's routes, on the contract's own path templates. A scenario may
 * answer a request first; otherwise the simulation does.
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
  ) =>
    http[method](`*${apiPaths[endpoint]}`, async ({ params, request }) => {
      const attempt = (attempts.get(endpoint) ?? 0) + 1;
      attempts.set(endpoint, attempt);
      const scripted = await scenario.respond?.({ endpoint, method: request.method, attempt });
      if (scripted) return scripted;
      const spaceId = param(params, 'spaceId');
      if (endpoint !== 'space' && spaceId !== simulation.world.space.id) {
        return errorBody(404, `Space ${spaceId} was not found.`);
      }
      const result = await answer(params, request);
      if (result instanceof Response) return result;
      if (!result.ok) return errorBody(result.status, result.message);
      const body = scenario.rewrite ? scenario.rewrite(endpoint, result.body) : result.body;
      return Response.json(body);
    });

  return [
    route('get', 'space', (params) => simulation.space(param(params, 'spaceId'))),
    route('get', 'dashboard', () => simulation.dashboard()),
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
    route('get', 'untenantedResource', (params) => simulation.resource(resourceIds(params, false))),
    route('get', 'tenantedResource', (params) => simulation.resource(resourceIds(params, true))),
    route('post', 'eventsSessions', async (_params, request) => {
      const read = await readBody(request, createEventsSessionRequestSchema);
      return read.ok ? { ok: true, body: sessions.createEvents(read.body) } : read.response;
    }),
    route('get', 'eventsSession', (params) => sessions.events(param(params, 'sessionId'))),
    route('post', 'logsSessions', async (_params, request) => {
      const read = await readBody(request, createLogsSessionRequestSchema);
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
  ];
}
