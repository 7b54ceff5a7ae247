/**
 * The simulated Octopus server as a real HTTP server on localhost, for curl, for pointing the app
 * at it as if it were a real server, and for e2e tests of that mode.
 *
 *   npm run mock-server -- --port 8065 [--api-key API-KEY] [--world demo|large] [--scenario name]
 *                          [--scale 0.25]
 *
 * It answers where a real server does, so Octopus's own clients can connect: the API root
 * (`GET /api`), the spaces (`GET /api/spaces`), and every space-scoped route both at
 * `/api/{spaceId}/...` and at `/api/spaces/{spaceId}/...`.
 *
 * `--scale` sizes the large world (1, the default, is the world as described in
 * worlds/large/large-world.ts).
 * JSON is sent gzipped to a client that accepts it, as a real server behind IIS or Kestrel does.
 * With a key, requests without the right X-Octopus-ApiKey header are answered 401.
 * POST /__simulation/advance?seconds=60 moves virtual time forward.
 * GET /__simulation/requests counts the requests served so far (all but `/__simulation/` ones), by
 * method and URL (`GET /api/Spaces-1/dashboard?x=1`): how a proxy in front can be shown to share
 * them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { getResponse } from 'msw';
import { isScenarioName, scenarios } from './scenarios';
import { createSimulatedServer, isWorldName, type SimulatedServer } from './simulated-server';

export interface HttpServerOptions {
  port: number;
  host?: string;
  apiKey?: string;
  world?: string;
  scenario?: string;
  /** The large world's size; see `createLargeWorld`. */
  scale?: number;
}

const gzipAsync = promisify(gzip);

/** Whether an Accept-Encoding header allows gzip (`gzip`, `*`, not with `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name = '', ...parameters] = part.split(';').map((token) => token.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/** Sends a body, gzipped when it is JSON and the client accepts gzip. */
async function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
) {
  const contentType = Object.entries(headers).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1];
  const json = contentType !== undefined && /\bjson\b/i.test(contentType);
  if (!json || !acceptsGzip(request.headers['accept-encoding'])) {
    response.writeHead(status, headers);
    response.end(body);
    return;
  }
  const compressed = await gzipAsync(body);
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
  );
  response.writeHead(status, {
    ...kept,
    'Content-Encoding': 'gzip',
    // Only the compressed answer varies: a cache that never asks for gzip keeps one copy.
    Vary: 'Accept-Encoding',
    'Content-Length': String(compressed.length),
  });
  response.end(compressed);
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
) {
  return send(
    request,
    response,
    status,
    { 'Content-Type': 'application/json; charset=utf-8' },
    Buffer.from(JSON.stringify(body)),
  );
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
    await sendJson(request, response, 200, body);
    return;
  }
  if (url.pathname === '/__simulation/advance' && request.method === 'POST') {
    const seconds = Number(url.searchParams.get('seconds') ?? '0');
    if (!Number.isFinite(seconds) || seconds < 0) {
      await sendJson(
        request,
        response,
        400,
        octopusError('seconds must be a number of seconds, 0 or more.'),
      );
      return;
    }
    simulated.advance(seconds * 1000);
    await sendJson(request, response, 200, { ElapsedSeconds: simulated.elapsed() / 1000 });
    return;
  }
  if (options.apiKey !== undefined && request.headers['x-octopus-apikey'] !== options.apiKey) {
    await sendJson(
      request,
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
    await sendJson(
      request,
      response,
      404,
      octopusError(`The resource you requested was not found: ${url.pathname}`),
    );
    return;
  }
  await send(
    request,
    response,
    answer.status,
    Object.fromEntries(answer.headers.entries()),
    Buffer.from(await answer.arrayBuffer()),
  );
}

/** Starts the server; resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions) {
  const world = options.world ?? 'demo';
  const scenario = options.scenario ?? 'default';
  if (!isWorldName(world)) throw new Error(`Unknown world "${world}": use demo or large.`);
  if (!isScenarioName(scenario)) {
    throw new Error(`Unknown scenario "${scenario}". Known: ${Object.keys(scenarios).join(', ')}`);
  }
  const simulated = createSimulatedServer({
    world,
    scenario,
    now: () => Date.now(),
    ...(options.scale === undefined ? {} : { scale: options.scale }),
  });
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    handle(simulated, options, counts, request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(request, response, 500, octopusError(message)).catch(() => response.destroy());
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
      scale: { type: 'string', default: '1' },
    },
  });
  const port = Number(values.port);
  const scale = Number(values.scale);
  startHttpServer({
    port,
    host: values.host,
    world: values.world,
    scenario: values.scenario,
    scale,
    ...(values['api-key'] === undefined ? {} : { apiKey: values['api-key'] }),
  })
    .then(() => {
      console.log(
        `Simulated Octopus server (${values.world}${scale === 1 ? '' : ` at scale ${values.scale}`}, scenario ${values.scenario}) on http://${values.host}:${String(port)}/api` +
          (values['api-key'] === undefined ? '' : ' (API key required)'),
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
