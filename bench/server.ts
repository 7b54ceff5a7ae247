import { readdir, readFile } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { acceptsGzip } from '../mocks/server/http-server';

/**
 * The benchmark's web server: the production build (and the floor pages written next to it) as
 * static files, gzipped as nginx would, every other path answered with index.html, and `/api/`
 * proxied to the simulated server.
 *
 * A transform can rewrite the JSON of matching API responses: that is how a poll is made to
 * change a known set of objects. Each transformed response says which generation of the
 * transform made it (`Server-Timing: bench;desc="gen-N"`), so the page can tell when the first
 * changed response arrived.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt', '.ttf']);

interface StaticFile {
  type: string;
  body: Buffer;
  gzipped: Buffer | null;
}

export interface ResponseTransform {
  /** Which API paths (pathname only) it rewrites. */
  path: RegExp;
  /** Bumped by `bump()`; marks the responses made since. */
  generation: number;
  /** Answer with the first body seen from now on, rewritten: nothing else changes between polls. */
  freeze: boolean;
  frozen: unknown;
  rewrite: (body: unknown, generation: number) => unknown;
}

export interface BenchServer {
  server: Server;
  origin: string;
  /** Rereads the files (after the floor pages are written). */
  reload: () => Promise<void>;
  setTransform: (
    transform: Pick<ResponseTransform, 'path' | 'rewrite'> & { freeze?: boolean },
  ) => ResponseTransform;
  clearTransforms: () => void;
  close: () => Promise<void>;
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function loadFiles(root: string) {
  const files = new Map<string, StaticFile>();
  for (const path of await listFiles(root)) {
    const extension = extname(path);
    const body = await readFile(path);
    files.set(`/${relative(root, path).split(sep).join('/')}`, {
      type: contentTypes[extension] ?? 'application/octet-stream',
      body,
      gzipped: compressible.has(extension) && body.length > 1024 ? gzipSync(body) : null,
    });
  }
  return files;
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  file: StaticFile,
) {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    // Hashed files never change; index.html and the floor pages are always asked again.
    'Cache-Control': path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const gzip = file.gzipped !== null && acceptsGzip(request.headers['accept-encoding']);
  const body = gzip && file.gzipped ? file.gzipped : file.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Only what a browser's API request needs reaches the simulated server, with no API key. */
function forwardedHeaders(headers: IncomingHttpHeaders) {
  const kept: Record<string, string> = {};
  for (const name of ['accept', 'accept-encoding', 'content-type', 'content-length']) {
    const value = headers[name];
    if (typeof value === 'string') kept[name] = value;
  }
  return kept;
}

export async function startBenchServer(options: {
  root: string;
  port: number;
  apiOrigin: string;
}): Promise<BenchServer> {
  let files = await loadFiles(options.root);
  const transforms: ResponseTransform[] = [];
  const api = new URL(options.apiOrigin);

  const proxy = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const transform = transforms.find((candidate) => candidate.path.test(url.pathname));
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? null : await readAll(request);
    const upstream = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: api.hostname,
          port: api.port,
          method: request.method ?? 'GET',
          path: `${url.pathname}${url.search}`,
          headers: forwardedHeaders(request.headers),
          // A connection per request, as nginx's proxy makes by default.
          agent: false,
        },
        resolve,
      );
      outgoing.on('error', reject);
      outgoing.end(body ?? undefined);
    });
    const status = upstream.statusCode ?? 502;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (
        typeof value === 'string' &&
        !['connection', 'keep-alive', 'transfer-encoding'].includes(name)
      )
        headers[name] = value;
    }
    if (!transform || status !== 200) {
      response.writeHead(status, headers);
      upstream.pipe(response);
      return;
    }
    const raw = await readAll(upstream);
    const text = (headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
    if (transform.freeze && transform.frozen === undefined) transform.frozen = JSON.parse(text);
    const source: unknown = transform.freeze ? structuredClone(transform.frozen) : JSON.parse(text);
    const rewritten = Buffer.from(JSON.stringify(transform.rewrite(source, transform.generation)));
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    const out = gzip ? gzipSync(rewritten) : rewritten;
    delete headers['content-encoding'];
    delete headers['content-length'];
    response.writeHead(status, {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Content-Length': String(out.length),
      'Server-Timing': `bench;desc="gen-${String(transform.generation)}"`,
    });
    response.end(out);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') {
      await proxy(request, response, url);
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (file) {
      sendFile(request, response, path, file);
      return;
    }
    // A hashed file that is not there is a 404, not the app: a stale chunk must fail loudly.
    if (path.startsWith('/assets/') || extname(path) !== '') {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    const index = files.get('/index.html');
    if (!index) throw new Error(`No index.html in ${options.root}`);
    sendFile(request, response, '/index.html', index);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });

  return {
    server,
    origin: `http://127.0.0.1:${String(options.port)}`,
    reload: async () => {
      files = await loadFiles(options.root);
    },
    setTransform: ({ path, rewrite, freeze = false }) => {
      const transform: ResponseTransform = {
        path,
        rewrite,
        freeze,
        frozen: undefined,
        generation: 0,
      };
      transforms.unshift(transform);
      return transform;
    },
    clearTransforms: () => {
      transforms.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
