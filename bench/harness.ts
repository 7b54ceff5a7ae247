import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import ts from 'typescript';
import { scaled } from '../mocks/worlds/large/large-world';
import type { Measurement, Predicate, ProbeConfig, Start } from './probe';
import {
  budgetsOf,
  samples,
  scenarioOrder,
  type BenchResults,
  type EntrySize,
  type ScaleResult,
  type ScenarioId,
  type ScenarioResult,
} from './report';
import { startBenchServer, type BenchServer } from './server';

export interface BenchOptions {
  root: string;
  reps: number;
  scales: number[];
  port: number;
  mockPort: number;
  build: boolean;
  only: ScenarioId[] | null;
  log: (line: string) => void;
}

export const BUILD_DIR = 'dist-bench';
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--enable-precise-memory-info',
];

/** The large world's pages. */
const FLEET_PATH = '/projects/Projects-1/environments/Environments-8';
const FLEET_LIVE_STATUS =
  /\/projects\/Projects-1\/environments\/Environments-8\/untenanted\/livestatus$/;
const EDGE_PATH = '/projects/Projects-3/environments/Environments-8';
const FLEET_DEPLOYMENTS = 1000;
const PIPELINE_STEPS = 20;
/** Each pipeline step applies 150 objects (50 x ConfigMap, Deployment, Service). */
const PIPELINE_APPLIED_PER_STEP = 150;
const CHANGED_OBJECTS = 50;

export const scenarioTitles: Record<ScenarioId, { title: string; measures: string }> = {
  'dashboard-first-content': {
    title: 'Dashboard 500x10: navigation to cells on screen',
    measures:
      'A cold load of / (new browser context): from navigation start to the paint after the cells on screen show their live status. Floor: the same first viewport as static HTML.',
  },
  'live-status-first-content': {
    title: 'Live status, 5,000 objects: navigation to rows on screen',
    measures:
      "A cold load of fleet-controller's live status page: from navigation start to the paint after its rows are on screen. Floor: the same first viewport as static HTML.",
  },
  'filter-keystroke': {
    title: 'Filter keystroke, 5,000 rows expanded',
    measures:
      'One character typed into "Filter objects by name" with every row expanded: from the keydown to the paint after the filtered rows.',
  },
  'live-status-toggle': {
    title: 'Live status switch on the 500x10 dashboard',
    measures:
      'A click on the Live status switch: from the pointerdown to the paint after the cells on screen show the other mode.',
  },
  'manifest-open': {
    title: '20,000-line manifest: Manifest tab, Monaco cold',
    measures:
      "edge-router's routes ConfigMap, drawer open, in a new browser context: from the click on the Manifest tab to the paint after its first lines.",
  },
  'expand-all': {
    title: 'Expand all, 5,000 objects',
    measures: 'A click on Expand all: from the pointerdown to the paint after every row is there.',
  },
  'poll-50-objects': {
    title: 'One poll changing 50 objects (live status)',
    measures:
      'A live status poll whose response turns 50 Deployments Degraded (or back): from the end of that response to the paint after their rows show it.',
  },
  'deployment-poll': {
    title: 'Deployment Kubernetes tab, 20 steps x 250 objects: one poll',
    measures:
      "batch-pipeline's deployment in Staging, its last step live: from the end of an object status poll that changes 50 of that step's objects to the paint after their rows show it.",
  },
  'manifest-diff': {
    title: '20,000-line manifest: Show diff on',
    measures:
      'The same drawer: from the click on Show diff to the paint after both sides of the diff show their lines.',
  },
};

/** The probe, compiled from its source as a plain script (see probe.ts for why). */
async function probeScript(): Promise<(config: ProbeConfig) => string> {
  const source = await readFile(new URL('./probe.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      removeComments: true,
    },
  });
  const body = outputText
    .replace(/^export\s+(?=(function|const|let|class)\b)/gm, '')
    .replace(/^export\s*\{\s*\};?\s*$/gm, '');
  return (config) => `(() => {\n${body}\ninstallProbe(${JSON.stringify(config)});\n})();`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else {
        log(output);
        reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`));
      }
    });
  });
}

/** The production build, pointed at a real server: no simulated server in it, no key. */
async function build(options: BenchOptions) {
  options.log(`Building the app into ${BUILD_DIR}/ …`);
  await run(
    process.execPath,
    [
      join(options.root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      BUILD_DIR,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      ...process.env,
      OCTOPUS_URL: `http://127.0.0.1:${String(options.mockPort)}`,
      OCTOPUS_API_KEY: '',
      VITE_OCTOPUS_API_KEY: '',
      VITE_OCTOPUS_BASE_URL: '',
    },
    options.log,
  );
}

/** The entry's weight: index.html's module script, its modulepreloads and stylesheets, gzip -9. */
export async function entrySize(buildDir: string): Promise<EntrySize> {
  const html = await readFile(join(buildDir, 'index.html'), 'utf8');
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    if (match[1]) paths.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === 'modulepreload' || rel === 'stylesheet')) paths.add(href);
  }
  const files = await Promise.all(
    [...paths].map(async (path) => {
      const body = await readFile(join(buildDir, path.replace(/^\//, '')));
      return { path, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

interface MockServer {
  origin: string;
  get: <T>(path: string) => Promise<T>;
  advance: (seconds: number) => Promise<void>;
  stop: () => Promise<void>;
}

const children = new Set<ChildProcess>();
/** Stops the simulated servers this process started (on exit, too). */
export function stopChildren() {
  for (const child of children) child.kill('SIGTERM');
}

/** The simulated server as its own process, as a real server would be, without an API key. */
async function startMockServer(options: BenchOptions, scale: number): Promise<MockServer> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'mocks/server/http-server.ts',
      '--port',
      String(options.mockPort),
      '--world',
      'large',
      '--scale',
      String(scale),
    ],
    { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const origin = `http://127.0.0.1:${String(options.mockPort)}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The simulated server exited: ${output}`);
    try {
      const response = await fetch(`${origin}/__simulation/requests`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The simulated server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    get: async <T>(path: string) => {
      const response = await fetch(`${origin}${path}`);
      if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
      return (await response.json()) as T;
    },
    advance: async (seconds) => {
      const response = await fetch(`${origin}/__simulation/advance?seconds=${String(seconds)}`, {
        method: 'POST',
      });
      if (!response.ok) throw new Error(`advance: ${String(response.status)}`);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
  };
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

interface Run {
  options: BenchOptions;
  browser: Browser;
  server: BenchServer;
  /** The simulated server of this scale; `restartMock` replaces it with a fresh one. */
  mock: MockServer;
  restartMock: () => Promise<MockServer>;
  scale: number;
  script: (config: ProbeConfig) => string;
}

/** A new browser context (its own cache: a cold load), with the probe installed. */
async function open(run: Run, navigation: Predicate | null): Promise<Session> {
  const context = await run.browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    baseURL: run.server.origin,
  });
  await context.addInitScript({ content: run.script({ navigation }) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Timed out after ${String(ms)} ms: ${what}`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function arm(page: Page, start: Start, predicate: Predicate) {
  await page.evaluate(
    ([s, p]) => {
      if (!window.__bench) throw new Error('The benchmark probe is not installed.');
      window.__bench.arm(s, p);
    },
    [start, predicate] as const,
  );
}

async function result(page: Page, timeout: number, what: string): Promise<Measurement> {
  return withTimeout(
    page.evaluate(() => {
      if (!window.__bench) throw new Error('The benchmark probe is not installed.');
      return window.__bench.result();
    }),
    timeout,
    what,
  );
}

async function until(page: Page, predicate: Predicate, timeout: number) {
  await page.evaluate(
    ([p, t]) => {
      if (!window.__bench) throw new Error('The benchmark probe is not installed.');
      return window.__bench.until(p, t);
    },
    [predicate, timeout] as const,
  );
}

/** Used JS heap after a full garbage collection, in MB. */
async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

interface Sample {
  ms: number;
  heapMB: number;
  longestTaskMs: number;
  firstContentfulPaint: number | null;
}

class Collector {
  readonly app: Sample[] = [];
  readonly floor: Sample[] = [];
  error: string | undefined;

  toResult(scale: number): ScaleResult {
    const time = samples(this.app.map((sample) => sample.ms));
    const floor =
      this.floor.length > 0
        ? {
            ...samples(this.floor.map((sample) => sample.ms)),
            firstContentfulPaint: samples(
              this.floor.flatMap((sample) =>
                sample.firstContentfulPaint === null ? [] : [sample.firstContentfulPaint],
              ),
            ),
          }
        : null;
    const longest = this.app.map((sample) => sample.longestTaskMs);
    const result: ScaleResult = {
      scale,
      time,
      floor,
      ratio: floor?.median && time.median !== null ? time.median / floor.median : null,
      heapMB: samples(this.app.map((sample) => sample.heapMB)),
      longestTaskMs: { ...samples(longest), max: longest.length > 0 ? Math.max(...longest) : null },
    };
    if (floor) {
      result.firstContentfulPaint = samples(
        this.app.flatMap((sample) =>
          sample.firstContentfulPaint === null ? [] : [sample.firstContentfulPaint],
        ),
      );
    }
    if (this.error !== undefined) result.error = this.error;
    return result;
  }
}

async function sample(session: Session, measurement: Measurement): Promise<Sample> {
  return {
    ms: measurement.end - measurement.start,
    heapMB: await heapMB(session.cdp),
    longestTaskMs: measurement.longestTask,
    firstContentfulPaint: measurement.firstContentfulPaint,
  };
}

/** The page as it is now, without its scripts: the floor for its first content. */
async function snapshot(page: Page): Promise<string> {
  const html = await page.evaluate(`(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const element of copy.querySelectorAll(
      'script, noscript, iframe, link[rel="modulepreload"], link[rel="preload"], link[rel="prefetch"], link[rel="manifest"]',
    ))
      element.remove();
    // Stylesheets the app added carry its origin; the floor is served from the same one.
    return '<!doctype html>\\n' + copy.outerHTML.split(location.origin + '/').join('/');
  })()`);
  if (typeof html !== 'string') throw new Error('No snapshot.');
  return html;
}

const NAVIGATION_TIMEOUT = 90_000;
const INTERACTION_TIMEOUT = 60_000;

/** Loads a page once (untimed: warms the server) and writes its floor page. */
async function writeFloor(run: Run, path: string, predicate: Predicate, name: string) {
  const session = await open(run, predicate);
  try {
    await session.page.goto(path);
    await result(session.page, NAVIGATION_TIMEOUT, `${path} to show its content`);
    // Let the first polls land, so the floor shows what a settled page shows.
    await session.page.waitForTimeout(1_500);
    await until(session.page, predicate, 10_000);
    const file = `floor/${name}-${String(run.scale)}.html`;
    await mkdir(join(run.options.root, BUILD_DIR, 'floor'), { recursive: true });
    await writeFile(join(run.options.root, BUILD_DIR, file), await snapshot(session.page));
    await run.server.reload();
    return `/${file}`;
  } finally {
    await session.context.close();
  }
}

/** Scenarios 1 and 2: cold navigations to the app and to its floor, taken in turns. */
async function firstContent(
  run: Run,
  collector: Collector,
  path: string,
  predicate: Predicate,
  name: string,
) {
  const floorPath = await writeFloor(run, path, predicate, name);
  for (let rep = 0; rep < run.options.reps; rep++) {
    for (const [target, into] of [
      [path, collector.app],
      [floorPath, collector.floor],
    ] as const) {
      const session = await open(run, predicate);
      try {
        await session.page.goto(target);
        into.push(
          await sample(
            session,
            await result(session.page, NAVIGATION_TIMEOUT, `${target} to show its content`),
          ),
        );
      } finally {
        await session.context.close();
      }
    }
  }
}

/** Scenario 4: the Live status switch, flipped back and forth on one page. */
async function liveToggle(run: Run, collector: Collector) {
  const session = await open(run, { type: 'cells-loaded' });
  try {
    const { page } = session;
    await page.goto('/');
    await result(page, NAVIGATION_TIMEOUT, 'the dashboard');
    const toggle = page.getByRole('switch', { name: 'Live status' });
    for (let rep = 0; rep < run.options.reps; rep++) {
      const live = (await toggle.getAttribute('aria-checked')) !== 'true';
      await until(page, { type: 'cells-mode', live: !live }, INTERACTION_TIMEOUT);
      await arm(page, { type: 'input' }, { type: 'cells-mode', live });
      await toggle.click();
      collector.app.push(
        await sample(session, await result(page, INTERACTION_TIMEOUT, 'the switch')),
      );
    }
  } finally {
    await session.context.close();
  }
}

const objects = 'Objects';

/** Scenarios 6 and 3 on one page: Expand all (and back), then filter keystrokes with all open. */
async function expandAndFilter(run: Run, expand: Collector, filter: Collector) {
  const deployments = scaled(FLEET_DEPLOYMENTS, run.scale);
  const collapsed = deployments + 1;
  const expanded = deployments * 5 + 1;
  const session = await open(run, { type: 'rows-in-view', grid: objects, min: 5 });
  try {
    const { page } = session;
    await page.goto(FLEET_PATH);
    await result(page, NAVIGATION_TIMEOUT, 'the live status page');
    await until(page, { type: 'row-count', grid: objects, equals: collapsed }, INTERACTION_TIMEOUT);
    const expandAll = page.getByRole('button', { name: 'Expand all' });
    const collapseAll = page.getByRole('button', { name: 'Collapse all' });
    if (run.options.only === null || run.options.only.includes('expand-all')) {
      try {
        for (let rep = 0; rep < run.options.reps; rep++) {
          await arm(
            page,
            { type: 'input' },
            { type: 'row-count', grid: objects, equals: expanded },
          );
          await expandAll.click();
          expand.app.push(
            await sample(session, await result(page, INTERACTION_TIMEOUT, 'Expand all')),
          );
          await collapseAll.click();
          await until(
            page,
            { type: 'row-count', grid: objects, equals: collapsed },
            INTERACTION_TIMEOUT,
          );
        }
      } catch (error) {
        expand.error = String(error);
      }
    }
    if (run.options.only !== null && !run.options.only.includes('filter-keystroke')) return;
    await expandAll.click();
    await until(page, { type: 'row-count', grid: objects, equals: expanded }, INTERACTION_TIMEOUT);
    const search = page.getByRole('searchbox', { name: 'Filter objects by name' });
    await search.click();
    for (let rep = 0; rep < run.options.reps; rep++) {
      await arm(page, { type: 'input' }, { type: 'row-count', grid: objects, notEquals: expanded });
      await page.keyboard.type('7');
      filter.app.push(await sample(session, await result(page, INTERACTION_TIMEOUT, 'the filter')));
      await page.keyboard.press('Backspace');
      try {
        await until(page, { type: 'row-count', grid: objects, equals: expanded }, 10_000);
      } catch {
        // Clearing the filter may keep only what was open before it: open everything again.
        await expandAll.click();
        await until(
          page,
          { type: 'row-count', grid: objects, equals: expanded },
          INTERACTION_TIMEOUT,
        );
        await search.click();
      }
    }
  } finally {
    await session.context.close();
  }
}

interface LiveResource {
  Name: string;
  HealthStatus: string;
  Children?: LiveResource[];
}
interface LiveStatusBody {
  Summary?: { Status?: string; HealthStatus?: string };
  MachineStatuses?: { Status?: string; Resources: LiveResource[] }[];
}

/**
 * The poll scenarios' loop: once the named rows show the steady state, each repetition starts a
 * new generation of the server's rewrite (the rows show `text`, then stop showing it) and times
 * from the end of its first response to the paint after the rows show it.
 */
async function measurePolls(
  run: Run,
  session: Session,
  transform: { generation: number },
  collector: Collector,
  rows: { grid: string; names: string[]; text: string; what: string },
) {
  const { page } = session;
  const { grid, names, text, what } = rows;
  await until(page, { type: 'rows-show', grid, names, text, shown: false }, INTERACTION_TIMEOUT);
  for (let rep = 0; rep < run.options.reps; rep++) {
    transform.generation += 1;
    const shown = transform.generation % 2 === 1;
    await arm(
      page,
      { type: 'response', generation: transform.generation },
      { type: 'rows-show', grid, names, text, shown },
    );
    collector.app.push(await sample(session, await result(page, INTERACTION_TIMEOUT, what)));
  }
}

/**
 * Scenario 7. The fleet is steady: between two polls the simulated server changes nothing. So
 * the bench server rewrites the fleet's live status: from a chosen moment on, the first 50
 * Deployments (by name) are Degraded (then, the next time, Healthy again), the application's
 * summary with them; each such change is one generation. The time runs from the end of the first
 * response of the new generation (Resource Timing, in the page) to the paint after the rows of
 * those Deployments that are in the page show it.
 */
async function pollFiftyObjects(run: Run, collector: Collector) {
  const deployments = scaled(FLEET_DEPLOYMENTS, run.scale);
  const names = Array.from(
    { length: Math.min(CHANGED_OBJECTS, deployments) },
    (_, index) => `fleet-${String(index).padStart(4, '0')}`,
  );
  const changed = new Set(names);
  const transform = run.server.setTransform({
    path: FLEET_LIVE_STATUS,
    rewrite: (body, generation) => {
      const status = body as LiveStatusBody;
      if (generation % 2 === 0 || !status.MachineStatuses) return status;
      for (const machine of status.MachineStatuses) {
        for (const resource of machine.Resources)
          if (changed.has(resource.Name)) resource.HealthStatus = 'Degraded';
        machine.Status = 'Degraded';
      }
      if (status.Summary) {
        status.Summary.Status = 'Degraded';
        status.Summary.HealthStatus = 'Degraded';
      }
      return status;
    },
  });
  const session = await open(run, { type: 'rows-in-view', grid: objects, min: 5 });
  try {
    const { page } = session;
    await page.goto(FLEET_PATH);
    await result(page, NAVIGATION_TIMEOUT, 'the live status page');
    await measurePolls(run, session, transform, collector, {
      grid: objects,
      names,
      text: 'Degraded',
      what: 'the poll',
    });
  } finally {
    run.server.clearTransforms();
    await session.context.close();
  }
}

/** The routes ConfigMap's lines are painted in this editor. */
const routesShownIn = (editor: string): Predicate => ({
  type: 'text',
  selector: `${editor} .view-lines`,
  includes: 'routes.conf',
});

/** Scenarios 5 and 9: in a new context each time (Monaco cold), the Manifest tab, then Show diff. */
async function manifest(run: Run, open5: Collector, diff9: Collector, warmUp: boolean) {
  const reps = warmUp ? 1 : run.options.reps;
  const wantDiff = run.options.only === null || run.options.only.includes('manifest-diff');
  for (let rep = 0; rep < reps; rep++) {
    const session = await open(run, { type: 'rows-in-view', grid: objects, min: 1 });
    try {
      const { page } = session;
      await page.goto(EDGE_PATH);
      await result(page, NAVIGATION_TIMEOUT, "edge-router's live status page");
      await page
        .getByRole('treegrid', { name: objects })
        .getByRole('row')
        .filter({ hasText: 'ConfigMap' })
        .filter({ hasText: 'edge-routes' })
        .getByRole('link')
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: 'ConfigMap edge-routes' });
      const tab = dialog.getByRole('tab', { name: 'Manifest', exact: true });
      await tab.waitFor({ timeout: INTERACTION_TIMEOUT });
      await arm(page, { type: 'input' }, routesShownIn('dialog[open] .monaco-editor'));
      await tab.click();
      const opened = await sample(session, await result(page, INTERACTION_TIMEOUT, 'the manifest'));
      if (!warmUp) open5.app.push(opened);
      if (!wantDiff && !warmUp) continue;
      const showDiff = dialog.getByRole('switch', { name: 'Show diff' });
      await arm(
        page,
        { type: 'input' },
        {
          type: 'all',
          of: [
            routesShownIn('dialog[open] .monaco-diff-editor .editor.modified'),
            routesShownIn('dialog[open] .monaco-diff-editor .editor.original'),
          ],
        },
      );
      await showDiff.click();
      const diffed = await sample(session, await result(page, INTERACTION_TIMEOUT, 'the diff'));
      if (!warmUp) diff9.app.push(diffed);
    } finally {
      await session.context.close();
    }
  }
}

interface StepObject {
  Name: string;
  Status: string;
}
interface ObjectStatusBody {
  Steps: { StepName: string; IsLive: boolean; Resources: StepObject[] }[];
}
interface DashboardItems {
  Items: { EnvironmentId: string; DeploymentId: string; TaskId: string }[];
}

/**
 * Scenario 8. batch-pipeline's deployment in Staging runs its steps one after the other; virtual
 * time is moved on until its last step has applied all its objects and is still live, so the tab
 * shows every step and polls every 2 s. From then on the bench server answers that poll with the
 * same body (nothing changes by itself), but for 50 of the last step's objects, which turn Failed
 * (then back) one generation at a time. The time runs from the end of the first response of a new
 * generation to the paint after their rows show it.
 */
async function deploymentPoll(run: Run, collector: Collector) {
  const steps = scaled(PIPELINE_STEPS, run.scale);
  // The deployment started with the server, and by now it may have finished: start it again.
  const mock = await run.restartMock();
  const dashboard = await mock.get<DashboardItems>('/api/Spaces-1/dashboard?projectId=Projects-2');
  const item = dashboard.Items.find((candidate) => candidate.EnvironmentId === 'Environments-6');
  if (!item) throw new Error('batch-pipeline has no deployment in Staging.');
  const statusPath = `/api/Spaces-1/tasks/${item.TaskId}/kubernetes-object-status`;
  let last: ObjectStatusBody['Steps'][number] | undefined;
  for (let attempt = 0; ; attempt++) {
    const status = await mock.get<ObjectStatusBody>(statusPath);
    last = status.Steps.at(-1);
    if (
      status.Steps.length === steps &&
      last?.IsLive === true &&
      last.Resources.length === PIPELINE_APPLIED_PER_STEP
    )
      break;
    if (attempt > 2_000) throw new Error('The pipeline never reached its last step.');
    await mock.advance(status.Steps.length < steps ? 20 : 2);
  }
  const stepName = last.StepName;
  const names = last.Resources.slice(0, CHANGED_OBJECTS).map((resource) => resource.Name);
  const changed = new Set(names);
  const transform = run.server.setTransform({
    path: new RegExp(`/tasks/${item.TaskId}/kubernetes-object-status$`),
    freeze: true,
    rewrite: (body, generation) => {
      const status = body as ObjectStatusBody;
      if (generation % 2 === 0) return status;
      const step = status.Steps.find((candidate) => candidate.StepName === stepName);
      for (const resource of step?.Resources ?? [])
        if (changed.has(resource.Name)) resource.Status = 'Failed';
      return status;
    },
  });
  const session = await open(run, null);
  try {
    const { page } = session;
    await page.goto(`/deployments/${item.DeploymentId}?tab=kubernetes`);
    await until(page, { type: 'row-count', grid: stepName, notEquals: -1 }, NAVIGATION_TIMEOUT);
    await page.getByRole('treegrid', { name: stepName, exact: true }).scrollIntoViewIfNeeded();
    await measurePolls(run, session, transform, collector, {
      grid: stepName,
      names,
      text: 'Error',
      what: 'the object status poll',
    });
  } finally {
    run.server.clearTransforms();
    await session.context.close();
  }
}

async function runScale(run: Run, collectors: Map<ScenarioId, Collector>) {
  const wanted = (id: ScenarioId) => run.options.only === null || run.options.only.includes(id);
  const collector = (id: ScenarioId) => {
    const found = collectors.get(id);
    if (!found) throw new Error(id);
    return found;
  };
  const step = async (ids: ScenarioId[], body: () => Promise<void>) => {
    if (!ids.some(wanted)) return;
    run.options.log(`  ${ids.join(', ')}`);
    try {
      await body();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      run.options.log(`    failed: ${message}`);
      for (const id of ids) collector(id).error ??= message;
    }
  };
  // The drawer once, untimed: the server builds the huge manifest and its diff once before any
  // timed request (the first-content scenarios' floor pages warm the rest).
  await step(['manifest-open', 'manifest-diff'], () =>
    manifest(run, collector('manifest-open'), collector('manifest-diff'), true),
  );
  await step(['dashboard-first-content'], () =>
    firstContent(
      run,
      collector('dashboard-first-content'),
      '/',
      { type: 'cells-loaded' },
      'dashboard',
    ),
  );
  await step(['live-status-first-content'], () =>
    firstContent(
      run,
      collector('live-status-first-content'),
      FLEET_PATH,
      { type: 'rows-in-view', grid: objects, min: 5 },
      'live-status',
    ),
  );
  await step(['live-status-toggle'], () => liveToggle(run, collector('live-status-toggle')));
  await step(['expand-all', 'filter-keystroke'], () =>
    expandAndFilter(run, collector('expand-all'), collector('filter-keystroke')),
  );
  await step(['poll-50-objects'], () => pollFiftyObjects(run, collector('poll-50-objects')));
  await step(['manifest-open', 'manifest-diff'], () =>
    manifest(run, collector('manifest-open'), collector('manifest-diff'), false),
  );
  // Last: it moves the simulated server's clock on by many minutes.
  await step(['deployment-poll'], () => deploymentPoll(run, collector('deployment-poll')));
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  if (options.build) await build(options);
  const entry = await entrySize(join(options.root, BUILD_DIR));
  const script = await probeScript();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const ids = scenarioOrder.filter((id) => options.only === null || options.only.includes(id));
  const byScenario = new Map<ScenarioId, ScaleResult[]>(ids.map((id) => [id, []]));
  try {
    for (const scale of options.scales) {
      options.log(`Scale ${String(scale)}:`);
      let mock = await startMockServer(options, scale);
      const server = await startBenchServer({
        root: join(options.root, BUILD_DIR),
        port: options.port,
        apiOrigin: mock.origin,
      });
      const collectors = new Map<ScenarioId, Collector>(
        scenarioOrder.map((id) => [id, new Collector()]),
      );
      try {
        const run: Run = {
          options,
          browser,
          server,
          mock,
          restartMock: async () => {
            await mock.stop();
            mock = await startMockServer(options, scale);
            run.mock = mock;
            return mock;
          },
          scale,
          script,
        };
        await runScale(run, collectors);
      } finally {
        await server.close();
        await mock.stop();
      }
      for (const id of ids)
        byScenario
          .get(id)
          ?.push(collectors.get(id)?.toResult(scale) ?? new Collector().toResult(scale));
    }
    const scenarios: ScenarioResult[] = ids.map((id) => ({
      id,
      ...scenarioTitles[id],
      results: byScenario.get(id) ?? [],
    }));
    return {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        chromium: browser.version(),
      },
      reps: options.reps,
      scales: options.scales,
      entrySize: entry,
      scenarios,
      budgets: budgetsOf(scenarios, entry),
    };
  } finally {
    await browser.close();
    stopChildren();
  }
}
