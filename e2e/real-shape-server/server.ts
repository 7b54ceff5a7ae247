/**
 * A stand-in for a real Octopus Server, for end-to-end tests: a small HTTP server that serves a
 * small, fixed world in exactly the shapes a real server (2025.3+) sends, and none of Periscope's
 * extensions. It is written by hand from the public sources (see bodies.ts) and shares nothing
 * with the simulated server in mocks/, so the app is checked against shapes it did not produce.
 *
 *   npx tsx e2e/real-shape-server/server.ts --port 8066 --api-key API-KEY
 *
 * Every request needs the key, in `X-Octopus-ApiKey` or as `?apikey=`; without it the answer is
 * 401, as from a real server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { errorBody, SERVER_VERSION, type Json } from './bodies';
import { createRoutes } from './routes';

export interface RealShapeServerOptions {
  apiKey: string;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

function send(response: ServerResponse, status: number, body: Json) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-cache, no-store',
    'X-Octopus-Version': SERVER_VERSION,
  });
  response.end(JSON.stringify(body));
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createRealShapeServer(options: RealShapeServerOptions): Server {
  const route = createRoutes();
  const now = options.now ?? Date.now;
  return createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const key = request.headers['x-octopus-apikey'] ?? url.searchParams.get('apikey');
      if (key !== options.apiKey) {
        send(
          response,
          401,
          errorBody(
            'You must be logged in to perform this action. Please provide a valid API key or log in again.',
          ),
        );
        return;
      }
      const method = request.method ?? 'GET';
      let body: unknown;
      if (method !== 'GET' && method !== 'HEAD') {
        const text = await readText(request);
        try {
          body = text.trim() === '' ? undefined : JSON.parse(text);
        } catch {
          send(
            response,
            400,
            errorBody('There was a problem with your request.', [
              'The request body is not valid JSON.',
            ]),
          );
          return;
        }
      }
      const answer = route({
        method,
        path: url.pathname,
        query: url.searchParams,
        body,
        now: now(),
      });
      send(response, answer.status, answer.body);
    })().catch((error: unknown) => {
      send(response, 500, errorBody(error instanceof Error ? error.message : String(error)));
    });
  });
}

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8066' },
      host: { type: 'string', default: '127.0.0.1' },
      'api-key': { type: 'string' },
    },
  });
  const apiKey = values['api-key'];
  if (!apiKey) {
    console.error(
      'The real-shape server needs --api-key: a real server never answers without one.',
    );
    process.exit(2);
  }
  const port = Number(values.port);
  const server = createRealShapeServer({ apiKey });
  server.listen(port, values.host, () => {
    console.log(`Real-shape Octopus server on http://${values.host}:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
