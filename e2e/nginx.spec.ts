import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  expect as baseExpect,
  test,
  type APIRequestContext,
  type Page,
  type Request,
} from '@playwright/test';
import type { RequestCounts } from '../mocks/server/http-server';
import { nginxServe, nginxServeEnv, realServer } from '../playwright.config';
import { LiveStatusPage } from './live-status-page';
import { ObjectDrawer } from './object-drawer';
import { demo, paths } from './demo';

/**
 * Production: `npm run serve`, nginx with deploy/nginx/periscope.conf.template serving the build
 * in dist-serve/ and proxying /api/ to the simulated server over HTTP, which wants the API key.
 * Only nginx knows the key; it caches GETs for 2 s, shared by every viewer; and every response
 * carries a strict Content-Security-Policy the app must live with.
 */

// Monaco's first load parses megabytes of script: seconds on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const origin = `http://127.0.0.1:${nginxServe.port}`;
const upstream = `http://127.0.0.1:${realServer.mockPort}`;
const paymentProduction = paths.applicationLiveStatus(demo.outOfSync);
const cartsLiveStatus = `/api/Spaces-1/projects/${demo.degraded.projectId}/environments/${demo.degraded.environmentId}/untenanted/livestatus`;

declare global {
  interface Window {
    /** Reports a Content-Security-Policy violation to the test. */
    periscopeCspViolation?: (text: string) => Promise<void>;
    /** What the policy let `cspProbe` do. */
    cspProbe?: Record<'inline' | 'evaluated' | 'blobWorker', string>;
  }
}

/** Tries an inline script, eval (`new Function`) and a blob: worker; says how each went. */
const cspProbe = `(async () => {
  const result = { inline: 'refused', evaluated: 'refused', blobWorker: 'refused' };
  const script = document.createElement('script');
  script.textContent = 'window.cspInlineRan = true;';
  document.head.append(script);
  if (window.cspInlineRan) result.inline = 'ran';
  try {
    result.evaluated = new Function('return "ran"')();
  } catch {}
  try {
    const url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
    const worker = new Worker(url);
    result.blobWorker = await new Promise((resolve) => {
      worker.onmessage = () => resolve('ran');
      worker.onerror = () => resolve('refused');
      setTimeout(() => resolve('no answer'), 5000);
    });
  } catch {}
  window.cspProbe = result;
})();`;

/**
 * Collects every Content-Security-Policy violation, across reloads: the document's
 * `securitypolicyviolation` events, and console messages about the policy from the page and its
 * workers.
 */
async function watchCsp(page: Page) {
  const seen: string[] = [];
  const aboutCsp = (text: string) => /content security policy/i.test(text);
  page.on('console', (message) => {
    if (aboutCsp(message.text())) seen.push(message.text());
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (aboutCsp(message.text())) seen.push(`worker ${worker.url()}: ${message.text()}`);
    });
  });
  await page.exposeFunction('periscopeCspViolation', (text: string) => {
    seen.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void window.periscopeCspViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${String(event.lineNumber)}`,
      );
    });
  });
  return async () => {
    // A round trip, so that what the page reported before it has arrived.
    await page.evaluate(() => 0);
    return [...seen];
  };
}

/** Remembers every request the browser sends that carries an X-Octopus-ApiKey header. */
function watchKeys(page: Page) {
  const checks: Promise<string | null>[] = [];
  let sent = 0;
  const check = async (request: Request) => {
    const headers = await request.allHeaders();
    return 'x-octopus-apikey' in headers ? request.url() : null;
  };
  page.on('request', (request) => {
    sent += 1;
    checks.push(check(request).catch(() => null));
  });
  return async () => ({
    sent,
    withKey: (await Promise.all(checks)).filter((url): url is string => url !== null),
  });
}

async function upstreamCount(request: APIRequestContext, path: string): Promise<number> {
  const counts = (await (
    await request.get(`${upstream}/__simulation/requests`)
  ).json()) as RequestCounts;
  return counts.Requests[path] ?? 0;
}

/** The policy's directives, by name. */
function cspDirectives(header: string | undefined): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

function expectStrictHeaders(headers: Record<string, string>, what: string) {
  const csp = cspDirectives(headers['content-security-policy']);
  expect(Object.fromEntries(csp), what).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'worker-src': "'self'",
    // Monaco injects <style> elements and style attributes: styles only, never scripts.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'frame-ancestors': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'object-src': "'none'",
  });
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-frame-options'], what).toBe('DENY');
}

/** Every file under a directory, recursively. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test.describe('served by nginx (npm run serve)', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the dashboard shows live statuses, with no CSP violation and no key in the browser', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const keys = watchKeys(page);
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Default');
    await expect(page.getByRole('link', { name: demo.degraded.liveCell })).toBeVisible();
    // The build is for a real server: no simulated server announces itself.
    await expect(page.getByRole('banner').getByText('Simulated server')).toHaveCount(0);

    expect(await violations()).toEqual([]);
    const { sent, withKey } = await keys();
    expect(sent).toBeGreaterThan(3);
    expect(withKey).toEqual([]);
  });

  test('a deep link reloads, and the drawer shows the manifest and the diff in Monaco', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const keys = watchKeys(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    const live = new LiveStatusPage(page);
    await page.goto(paymentProduction);
    await live.waitForObjects();
    await page.reload();
    await live.waitForObjects();

    await live.rows('Deployment', 'payment').getByRole('link').first().click();
    const drawer = new ObjectDrawer(page, 'Deployment payment');
    await drawer.tab('Manifest').click();
    await expect(page).toHaveURL(/[?&]objectTab=manifest/);
    await expect(drawer.editorLines()).toContainText('kind: Deployment');

    // The drawer's own deep link, reloaded: Monaco again, from the app's origin only.
    await page.reload();
    await expect(drawer.editorLines()).toContainText('kind: Deployment');

    // The diff runs in Monaco's editor worker, a file of the app's own (worker-src 'self').
    await drawer.switch('Show diff').click();
    await expect(drawer.editorLines('original')).toContainText('replicas: 2');
    await expect(drawer.editorLines('modified')).toContainText('replicas: 3');
    const pageOrigin = new URL(page.url()).origin;
    expect(
      workers.some((url) => {
        const worker = new URL(url);
        return worker.origin === pageOrigin && worker.pathname.startsWith('/assets/editor.worker-');
      }),
      workers.join(', '),
    ).toBe(true);

    expect(await violations()).toEqual([]);
    expect((await keys()).withKey).toEqual([]);
  });

  test('the policy is enforced: an inline script, eval and a blob: worker are refused', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    // A script of the page's own origin tries what the policy forbids. (Code Playwright runs in
    // the page is exempt from the policy's eval rule, so the probe is a script the page loads.)
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({ contentType: 'application/javascript', body: cspProbe }),
    );
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Default');
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.src = '/csp-probe.js';
      document.head.append(probe);
    });
    await expect
      .poll(() => page.evaluate(() => window.cspProbe))
      .toEqual({ inline: 'refused', evaluated: 'refused', blobWorker: 'refused' });
    // And the watcher the other journeys rely on saw them.
    await expect.poll(async () => (await violations()).join('\n')).toMatch(/script-src/);
    await expect.poll(async () => (await violations()).join('\n')).toMatch(/worker-src/);
  });

  test('headers: strict everywhere, hashed assets cached for good, index.html never', async ({
    request,
  }) => {
    const home = await request.get('/');
    expect(home.status()).toBe(200);
    expectStrictHeaders(home.headers(), '/');
    expect(home.headers()['cache-control']).toBe('no-cache');
    const html = await home.text();
    // No inline script: the only scripts are files of the app.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const script = /<script[^>]*\bsrc="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(String(script), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.status()).toBe(200);
    expectStrictHeaders(asset.headers(), String(script));
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-type']).toMatch(/^application\/javascript/);
    expect(asset.headers()['content-encoding']).toBe('gzip');

    // A deep link is the app's page, never cached; a missing asset is a 404, not the page.
    const deepLink = await request.get(`${paymentProduction}?objectTab=manifest`);
    expect(deepLink.status()).toBe(200);
    expect(await deepLink.text()).toBe(html);
    expect(deepLink.headers()['cache-control']).toBe('no-cache');
    const missing = await request.get('/assets/index-missing.js');
    expect(missing.status()).toBe(404);
    expectStrictHeaders(missing.headers(), 'a missing asset');
    expect(missing.headers()['cache-control']).toBeUndefined();

    const api = await request.get('/api/Spaces-1/dashboard', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(api.status()).toBe(200);
    expectStrictHeaders(api.headers(), '/api/');
    expect(api.headers()['x-cache-status']).toMatch(/^(MISS|HIT|EXPIRED|UPDATING)$/);
    expect(api.headers()['content-encoding']).toBe('gzip');
  });

  test('/healthz answers 200 on its own, without asking the server', async ({ request }) => {
    const health = await request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.text()).toBe('ok\n');
    expectStrictHeaders(health.headers(), '/healthz');
    expect(health.headers()['cache-control']).toBe('no-store');
    expect(await upstreamCount(request, 'GET /healthz')).toBe(0);
  });

  test('the key is only in nginx: the build has none, and a browser’s own key is replaced', async ({
    request,
  }) => {
    const files = filesUnder(nginxServe.outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(realServer.apiKey);
      expect(text, file).not.toContain('periscope-simulated-server');
    }

    const wrongKey = { headers: { 'X-Octopus-ApiKey': 'API-WRONG' } };
    const direct = await request.get(`${upstream}/api/Spaces-1/dashboard`, wrongKey);
    expect(direct.status()).toBe(401);
    // A URL of its own, so that the answer cannot come from the cache.
    const path = `/api/Spaces-1/dashboard?replaced=${randomUUID()}`;
    const proxied = await request.get(path, wrongKey);
    expect(proxied.headers()['x-cache-status']).toBe('MISS');
    expect(proxied.status()).toBe(200);
    expect(await upstreamCount(request, `GET ${path}`)).toBe(1);
  });

  test('the proxy only reads: no method but GET, and POST only to start a session', async ({
    request,
  }) => {
    const path = `/api/Spaces-1/dashboard?written=${randomUUID()}`;
    expect((await request.post(path, { data: {} })).status()).toBe(405);
    expect((await request.delete(path)).status()).toBe(405);
    expect((await request.put(path, { data: {} })).status()).toBe(405);
    expect(await upstreamCount(request, `POST ${path}`)).toBe(0);

    const session = await request.post('/api/Spaces-1/observability/events/sessions', {
      data: {},
    });
    // The server read it (and found the body wanting): it got through.
    expect(session.status()).toBe(400);
    expect(await session.text()).toContain('ProjectId');
  });

  test('20 concurrent identical requests reach the server at most twice; 2 s later, again', async ({
    request,
  }) => {
    const path = `${cartsLiveStatus}?summaryOnly=true&shared=${randomUUID()}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${origin}${path}`)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    const bodies = new Set(await Promise.all(responses.map((response) => response.text())));
    expect(bodies.size).toBe(1);
    const reached = await upstreamCount(request, `GET ${path}`);
    expect(reached).toBeGreaterThanOrEqual(1);
    expect(reached).toBeLessThanOrEqual(2);

    // The cache is short: past its 2 s, the next request asks the server again.
    await new Promise((resolveLater) => setTimeout(resolveLater, 2_500));
    const later = await fetch(`${origin}${path}`);
    expect(later.status).toBe(200);
    expect(later.headers.get('x-cache-status')).toBe('EXPIRED');
    expect(await upstreamCount(request, `GET ${path}`)).toBe(reached + 1);
  });

  test('a session’s progress is never cached: it is one viewer’s', async ({ request }) => {
    const path = `/api/Spaces-1/observability/events/sessions/sessions-${randomUUID()}`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await request.get(path);
      expect(response.headers()['x-cache-status']).toBe('BYPASS');
    }
    expect(await upstreamCount(request, `GET ${path}`)).toBe(2);
  });
});

test.describe('npm run serve itself', () => {
  const serveScript = resolve('scripts/serve.mjs');
  const caFile = '/etc/ssl/certs/ca-certificates.crt';

  test('with PERISCOPE_BASIC_AUTH_FILE, everything but /healthz asks for a password', async () => {
    test.setTimeout(90_000);
    const directory = mkdtempSync(join(tmpdir(), 'periscope-basic-auth-'));
    const htpasswd = join(directory, 'htpasswd');
    const password = 'periscope-e2e-password';
    writeFileSync(
      htpasswd,
      `viewer:{SHA}${createHash('sha1').update(password).digest('base64')}\n`,
    );
    const authOrigin = `http://127.0.0.1:${nginxServe.basicAuthPort}`;
    const server = spawn(process.execPath, [serveScript], {
      env: {
        ...process.env,
        ...nginxServeEnv,
        PORT: String(nginxServe.basicAuthPort),
        PERISCOPE_BASIC_AUTH_FILE: htpasswd,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
    try {
      await expect
        .poll(
          async () => {
            if (server.exitCode !== null) throw new Error(`npm run serve stopped: ${stderr}`);
            return (await fetch(`${authOrigin}/healthz`).catch(() => null))?.status;
          },
          { timeout: 60_000 },
        )
        .toBe(200);

      const anonymous = await fetch(`${authOrigin}/`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Periscope"');
      expect((await fetch(`${authOrigin}/api/Spaces-1/dashboard`)).status).toBe(401);
      const wrong = `Basic ${Buffer.from('viewer:nope').toString('base64')}`;
      expect((await fetch(`${authOrigin}/`, { headers: { Authorization: wrong } })).status).toBe(
        401,
      );

      const viewer = {
        Authorization: `Basic ${Buffer.from(`viewer:${password}`).toString('base64')}`,
      };
      expect((await fetch(`${authOrigin}/`, { headers: viewer })).status).toBe(200);
      const api = await fetch(`${authOrigin}/api/Spaces-1/dashboard`, { headers: viewer });
      // The password is for nginx; the server still gets the key, and the key only.
      expect(api.status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await exited;
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('the container renders the very same configuration, and nginx accepts it', () => {
    const base = mkdtempSync(join(tmpdir(), 'periscope-render-'));
    try {
      const env = { ...process.env, ...nginxServeEnv, PERISCOPE_CA_FILE: caFile };
      const serve = spawnSync(process.execPath, [serveScript, '--check'], {
        env: { ...env, PERISCOPE_NGINX_PREFIX: join(base, 'serve') },
        encoding: 'utf8',
      });
      expect(serve.status, serve.stderr).toBe(0);
      // nginx opens /dev/stdout anew: a file here (a container's is a FIFO), not Node's socket.
      const containerStdout = openSync(join(base, 'container-stdout'), 'w');
      const container = spawnSync('sh', ['deploy/docker/entrypoint.sh', '-t', '-q'], {
        stdio: ['ignore', containerStdout, 'pipe'],
        env: {
          ...env,
          PERISCOPE_NGINX_PREFIX: join(base, 'container'),
          PERISCOPE_ROOT: resolve(nginxServe.outDir),
          PERISCOPE_TEMPLATE: 'deploy/nginx/periscope.conf.template',
        },
        encoding: 'utf8',
      });
      closeSync(containerStdout);
      expect(container.status, container.stderr).toBe(0);
      const rendered = readFileSync(join(base, 'serve', 'nginx.conf'), 'utf8');
      expect(rendered).toContain(`proxy_set_header X-Octopus-ApiKey "${realServer.apiKey}";`);
      expect(rendered).not.toMatch(/\$\{[A-Z_]+\}/);
      expect(readFileSync(join(base, 'container', 'nginx.conf'), 'utf8')).toBe(rendered);
      // The key is in it: for its owner only.
      expect(statSync(join(base, 'serve', 'nginx.conf')).mode & 0o077).toBe(0);
      expect(statSync(join(base, 'container', 'nginx.conf')).mode & 0o077).toBe(0);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  test('says what is missing: a variable, or nginx and how to install it', () => {
    const noKey = spawnSync(process.execPath, [serveScript], {
      env: { ...process.env, ...nginxServeEnv, OCTOPUS_API_KEY: '' },
      encoding: 'utf8',
    });
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toContain('Set OCTOPUS_API_KEY');
    expect(noKey.stderr).not.toContain('OCTOPUS_URL (');

    const noNginx = spawnSync(process.execPath, [serveScript], {
      env: { ...process.env, ...nginxServeEnv, PATH: dirname(process.execPath) },
      encoding: 'utf8',
    });
    expect(noNginx.status).toBe(1);
    expect(noNginx.stderr).toContain('nginx was not found');
    expect(noNginx.stderr).toContain('apt-get install nginx');
    expect(noNginx.stderr).toContain('brew install nginx');
  });
});
