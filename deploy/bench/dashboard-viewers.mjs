#!/usr/bin/env node
/* global process, console, setTimeout, fetch, document, URL */
/**
 * How many requests reach the Octopus server when many people watch the dashboard, through
 * nginx with its API cache and without it (the same configuration with `proxy_cache off`). The
 * server is the simulated one over HTTP, which counts what it serves (`GET
 * /__simulation/requests`); nginx runs through deploy/docker/entrypoint.sh, as in the container.
 *
 *   node deploy/bench/dashboard-viewers.mjs [--method pages|replay] [--viewers 50]
 *     [--minutes 2] [--scenario default --scenario no-summaries-extension] [--cache-seconds 5]
 *
 * Two ways to make viewers:
 *
 * - `pages`: each viewer is a headless Chromium page showing the dashboard (its own browser
 *   context, like its own person), opened one after another over 30 s.
 * - `replay` (the default): one real page shows the dashboard for a while and its API requests
 *   are recorded, times included; then each viewer replays that recording over HTTP, starting at
 *   a random moment in the first 30 s. Without a browser per viewer, 50 viewers of a server
 *   without the summaries extension (one request per dashboard cell) fit on a small machine.
 *
 * Either way the viewers settle for 30 s, then the requests reaching the server are counted over
 * the next `--minutes`. Needs nginx and envsubst, the system Chromium (CHROMIUM_PATH, or
 * /usr/bin/chromium), and the build in dist-serve/ (`npm run serve -- --check` makes it).
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const template = join(root, 'deploy', 'nginx', 'periscope.conf.template');
const apiKey = 'API-BENCH0VIEWERS';
const serverPort = 8095;
const nginxPort = 4195;
const nginxOrigin = `http://127.0.0.1:${nginxPort}`;
/** Viewers open the dashboard at any moment of the longest polling interval (a cell's, 30 s). */
const openingMs = 30_000;
const settlingMs = 30_000;

const { values } = parseArgs({
  options: {
    method: { type: 'string', default: 'replay' },
    viewers: { type: 'string', default: '50' },
    minutes: { type: 'string', default: '2' },
    scenario: { type: 'string', multiple: true, default: ['default', 'no-summaries-extension'] },
    'cache-seconds': { type: 'string' },
  },
});
/** Another time to keep API answers than the configuration's, to compare. */
const cacheSeconds = values['cache-seconds'];
const viewers = Number(values.viewers);
const minutes = Number(values.minutes);
const windowMs = minutes * 60_000;
if (values.method !== 'pages' && values.method !== 'replay') {
  throw new Error('--method is pages or replay');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator, so that a replay starts its viewers at the same moments each run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const response = await fetch(url).catch(() => null);
    if (response) return;
    await sleep(500);
  }
  throw new Error(`${url} never answered`);
}

/** @param {string} command @param {string[]} args @param {Record<string, string>} env */
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function counts() {
  const response = await fetch(`http://127.0.0.1:${serverPort}/__simulation/requests`);
  return /** @type {{ Total: number, Requests: Record<string, number> }} */ (await response.json());
}

/** Requests by kind of endpoint: ids and queries folded away. */
function endpoint(request) {
  return request
    .replace(/\?.*$/, '')
    .replace(/\/(Projects|Environments|Tenants|Spaces)-\d+/g, '/$1-N')
    .replace(/livestatus$/, 'livestatus (one cell)');
}

/** Whatever is running, stopped when this script is. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void Promise.all([...running].map((stop) => stop())).finally(() => process.exit(1));
  });
}

/** A fresh simulated server and nginx in front of it, with the API cache or without. */
async function startServers(scenario, cached) {
  for (const port of [serverPort, nginxPort]) {
    if (await fetch(`http://127.0.0.1:${port}/`).catch(() => null)) {
      throw new Error(`Something already answers on port ${port}: stop it first.`);
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'periscope-bench-'));
  // Run as root, nginx's workers (nobody) must reach the prefix inside it.
  chmodSync(work, 0o711);
  const text = readFileSync(template, 'utf8');
  let variant = cached ? text : text.replace('proxy_cache periscope_api;', 'proxy_cache off;');
  if (variant === text && !cached) throw new Error('The template has no proxy_cache to turn off');
  if (cacheSeconds !== undefined) {
    const valid = /proxy_cache_valid 200 404 \d+s;/;
    if (!valid.test(variant)) throw new Error('The template has no proxy_cache_valid to change');
    variant = variant.replace(valid, `proxy_cache_valid 200 404 ${cacheSeconds}s;`);
  }
  writeFileSync(join(work, 'template'), variant);

  const server = start(process.execPath, [
    join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'mocks/server/http-server.ts',
    '--port',
    String(serverPort),
    '--api-key',
    apiKey,
    '--scenario',
    scenario,
  ]);
  running.add(server.stop);
  await waitFor(`http://127.0.0.1:${serverPort}/__simulation/requests`);
  const nginx = start('sh', ['deploy/docker/entrypoint.sh'], {
    OCTOPUS_URL: `http://127.0.0.1:${serverPort}`,
    OCTOPUS_API_KEY: apiKey,
    PORT: String(nginxPort),
    PERISCOPE_NGINX_PREFIX: join(work, 'nginx'),
    PERISCOPE_ROOT: join(root, 'dist-serve'),
    PERISCOPE_TEMPLATE: join(work, 'template'),
  });
  running.add(nginx.stop);
  await waitFor(`${nginxOrigin}/healthz`);
  return {
    async stop() {
      await nginx.stop();
      await server.stop();
      running.delete(nginx.stop);
      running.delete(server.stop);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

async function openDashboard(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${nginxOrigin}/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return page;
}

/** Counts what reaches the server over the window, in requests a minute. */
async function countWindow() {
  const before = await counts();
  await sleep(windowMs);
  const after = await counts();
  /** @type {Map<string, number>} */
  const byEndpoint = new Map();
  for (const [request, count] of Object.entries(after.Requests)) {
    const delta = count - (before.Requests[request] ?? 0);
    if (delta > 0)
      byEndpoint.set(endpoint(request), (byEndpoint.get(endpoint(request)) ?? 0) + delta);
  }
  return {
    upstreamPerMinute: Math.round((after.Total - before.Total) / minutes),
    byEndpointPerMinute: Object.fromEntries(
      [...byEndpoint].map(([name, count]) => [name, Math.round(count / minutes)]),
    ),
  };
}

/** `pages`: a real page per viewer. */
async function measurePages(scenario, cached) {
  const servers = await startServers(scenario, cached);
  const browser = await launchBrowser();
  try {
    const pages = [];
    for (let viewer = 0; viewer < viewers; viewer += 1) {
      pages.push(await openDashboard(browser));
      await sleep(openingMs / viewers);
    }
    await sleep(settlingMs);
    const visible = await Promise.all(
      pages.map((page) => page.evaluate(() => document.visibilityState)),
    );
    const counted = await countWindow();
    return { visibleViewers: visible.filter((state) => state === 'visible').length, ...counted };
  } finally {
    await browser.close();
    await servers.stop();
  }
}

/**
 * One real viewer's API requests, with their times from the page's opening, over long enough for
 * the last viewer to open, settle, and be counted.
 */
async function record(scenario) {
  const servers = await startServers(scenario, true);
  const browser = await launchBrowser();
  try {
    /** @type {{ at: number, method: string, path: string }[]} */
    const requests = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const opened = Date.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) {
        requests.push({
          at: Date.now() - opened,
          method: request.method(),
          path: url.pathname + url.search,
        });
      }
    });
    await page.goto(`${nginxOrigin}/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await sleep(openingMs + settlingMs + windowMs + 5_000);
    return requests;
  } finally {
    await browser.close();
    await servers.stop();
  }
}

/** `replay`: every viewer replays the recording, from its own moment. */
async function measureReplay(scenario, cached, recording) {
  const servers = await startServers(scenario, cached);
  try {
    const next = random(42);
    const started = Date.now();
    const sent = [];
    for (let viewer = 0; viewer < viewers; viewer += 1) {
      const offset = next() * openingMs;
      for (const request of recording) {
        sent.push(
          sleep(offset + request.at).then(() =>
            fetch(`${nginxOrigin}${request.path}`, { method: request.method })
              .then((response) => response.arrayBuffer())
              .catch(() => undefined),
          ),
        );
      }
    }
    await sleep(Math.max(0, openingMs + settlingMs - (Date.now() - started)));
    const counted = await countWindow();
    await Promise.all(sent);
    return counted;
  } finally {
    await servers.stop();
  }
}

const results = [];
for (const scenario of values.scenario) {
  const recording = values.method === 'replay' ? await record(scenario) : [];
  if (values.method === 'replay') {
    console.log(
      `${scenario}: one viewer sent ${String(recording.length)} API requests in ` +
        `${String(Math.round((openingMs + settlingMs + windowMs + 5_000) / 1000))} s`,
    );
  }
  for (const cached of [false, true]) {
    const measured =
      values.method === 'replay'
        ? await measureReplay(scenario, cached, recording)
        : await measurePages(scenario, cached);
    const result = {
      method: values.method,
      scenario,
      cache: cached
        ? `with cache${cacheSeconds === undefined ? '' : ` (${cacheSeconds} s)`}`
        : 'without cache',
      viewers,
      minutes,
      ...measured,
    };
    console.log(JSON.stringify(result, null, 2));
    results.push(result);
  }
}
console.log('\nmethod | scenario | cache | viewers | upstream requests a minute');
for (const result of results) {
  console.log(
    `${result.method} | ${result.scenario} | ${result.cache} | ${String(result.viewers)} | ${String(result.upstreamPerMinute)}`,
  );
}
