/**
 * The simulated Octopus server as a real HTTP server on localhost, for curl, for pointing the app
 * at it as if it were a real server, and for e2e tests of that mode.
 *
 *   npm run mock-server -- --port 8065 [--api-key API-KEY] [--world demo|large] [--scenario name]
 *
 * It answers where a real server does, so Octopus's own clients can connect: the API root
 * (`GET /api`), the spaces (`GET /api/spaces`), and every space-scoped route both at
 * `/api/{spaceId}/...` and at `/api/spaces/{spaceId}/...`.
 *
 * With a key, requests without the right X-Octopus-ApiKey header are answered 401.
 * POST /__simulation/advance?seconds=60 moves virtual time forward.
 * GET /__simulation/requests counts the requests served so far (all but `/__simulation/` ones), by
 * method and URL (`GET /api/Spaces-1/dashboard?x=1`): how a proxy in front can be shown to share
 * them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { isScenarioName, scenarios } from './scenarios';
import { createSimulatedServer, isWorldName, type SimulatedServer } from './simulated-server';

export interface HttpServerOptions {
  port: number;
  host?: string;
  apiKey?: string;
  world?: string;
  scenario?: string;
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const octopusError = (message: string) => ({ ErrorMessage: message, Errors: [message] });

/** What `GET /__simulation/requests` answers. */
export interface RequestCounts {
  Total: number;
  /** By `METHOD /path?query`. */
  Requests: Record<string, number>;
}

async function handle(
  simulated: SimulatedServer,
  options: HttpServerOptions,
  counts: Map<string, number>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  if (!url.pathname.startsWith('/__simulation/')) {
    const key = `${request.method ?? 'GET'} ${url.pathname}${url.search}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (url.pathname === '/__simulation/requests' && request.method === 'GET') {
    const body: RequestCounts = {
      Total: [...counts.values()].reduce((sum, count) => sum + count, 0),
      Requests: Object.fromEntries(counts),
    };
    sendJson(response, 200, body);
    return;
  }
  if (url.pathname === '/__simulation/advance' && request.method === 'POST') {
    const seconds = Number(url.searchParams.get('seconds') ?? '0');
    if (!Number.isFinite(seconds) || seconds < 0) {
      sendJson(response, 400, octopusError('seconds must be a number of seconds, 0 or more.'));
      return;
    }
    simulated.advance(seconds * 1000);
    sendJson(response, 200, { ElapsedSeconds: simulated.elapsed() / 1000 });
    return;
  }
  if (options.apiKey !== undefined && request.headers['x-octopus-apikey'] !== options.apiKey) {
    sendJson(
      response,
      401,
      octopusError('You must be logged in to perform this action. Please provide a valid API key.'),
    );
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const body = await readBody(request);
  const fetchRequest = new Request(url, {
    method: request.method ?? 'GET',
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
  const answer = await getResponse(simulated.handlers, fetchRequest);
  if (!answer) {
    sendJson(
      response,
      404,
      octopusError(`The resource you requested was not found: ${url.pathname}`),
    );
    return;
  }
  response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/** Starts the server; resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions) {
  const world = options.world ?? 'demo';
  const scenario = options.scenario ?? 'default';
  if (!isWorldName(world)) throw new Error(`Unknown world "${world}": use demo or large.`);
  if (!isScenarioName(scenario)) {
    throw new Error(`Unknown scenario "${scenario}". Known: ${Object.keys(scenarios).join(', ')}`);
  }
  const simulated = createSimulatedServer({ world, scenario, now: () => Date.now() });
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    handle(simulated, options, counts, request, response).catch((error: unknown) => {
      sendJson(response, 500, octopusError(error instanceof Error ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  return { server, simulated };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'));

if (isMain) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8065' },
      host: { type: 'string', default: '127.0.0.1' },
      'api-key': { type: 'string' },
      world: { type: 'string', default: 'demo' },
      scenario: { type: 'string', default: 'default' },
    },
  });
  const port = Number(values.port);
  startHttpServer({
    port,
    host: values.host,
    world: values.world,
    scenario: values.scenario,
    ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
  })
    .then(() => {
      console.log(
        `Simulated Octopus server (${values.world}, scenario ${values.scenario}) on http://${values.host}:${String(port)}/api` +
          (values['api-key'] === undefined ? '' : ' (API key required)'),
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
