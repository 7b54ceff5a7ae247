import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
const port = 4173;
const baseURL = `http://localhost:${port}`;

/**
 * The real-server mode: the app built with OCTOPUS_URL, its preview server proxying `/api` to the
 * simulated server over HTTP (`npm run mock-server`) started with an API key, as a real Octopus
 * server would be. See e2e/real-server.spec.ts.
 */
export const realServer = {
  apiKey: 'API-E2E0PROXY0ONLY0KEY',
  mockPort: 8065,
  appPort: 4174,
  outDir: 'dist-real-server',
} as const;
const realServerEnv = {
  OCTOPUS_URL: `http://127.0.0.1:${realServer.mockPort}`,
  OCTOPUS_API_KEY: realServer.apiKey,
};

/**
 * The real-shape mode: the app built with OCTOPUS_URL pointing at e2e/real-shape-server, a
 * hand-written stand-in for a real Octopus server that answers only in the real API's shapes,
 * with none of Periscope's extensions, and only with the API key. See
 * e2e/real-shape-server.spec.ts.
 */
export const realShapeServer = {
  apiKey: 'API-E2E0REAL0SHAPE0KEY',
  serverPort: 8066,
  appPort: 4175,
  /**
   * Its own build, where nothing else empties it and no linter or formatter looks (ESLint and
   * Prettier skip node_modules; git ignores it).
   */
  outDir: 'node_modules/.cache/periscope/real-shape-server',
} as const;
const realShapeServerEnv = {
  OCTOPUS_URL: `http://127.0.0.1:${realShapeServer.serverPort}`,
  OCTOPUS_API_KEY: realShapeServer.apiKey,
};

/**
 * The production mode: `npm run serve` (nginx with deploy/nginx/periscope.conf.template, the app
 * built into dist-serve/) in front of the simulated server over HTTP, the one the real-server mode
 * starts with its API key. See e2e/nginx.spec.ts.
 */
export const nginxServe = {
  port: 4176,
  /** A second `npm run serve`, with basic auth, that e2e/nginx.spec.ts starts itself. */
  basicAuthPort: 4177,
  outDir: 'dist-serve',
} as const;
export const nginxServeEnv = {
  PORT: String(nginxServe.port),
  OCTOPUS_URL: `http://127.0.0.1:${realServer.mockPort}`,
  OCTOPUS_API_KEY: realServer.apiKey,
};
/**
 * The benchmark's smoke run (e2e/bench-smoke.spec.ts): `npm run bench -- --smoke` serves its own
 * build and simulated server on these ports.
 */
export const benchSmoke = { port: 4198, mockPort: 8098 } as const;

/**
 * The nginx journeys need nginx on the PATH. CI always runs them (.ci/run installs nginx, and a
 * missing one fails the run); elsewhere they are left out, with a word, when it is missing.
 */
const nginxOnPath = (process.env.PATH ?? '')
  .split(delimiter)
  .some((directory) => directory !== '' && existsSync(join(directory, 'nginx')));
const runNginx = isCI || nginxOnPath;
if (!runNginx && process.env.TEST_WORKER_INDEX === undefined) {
  console.warn(
    'nginx is not on the PATH: the nginx journeys (e2e/nginx.spec.ts) are left out. ' +
      'Install it (apt-get install nginx, brew install nginx) to run them.',
  );
}
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

/**
 * End-to-end journeys against the production build, served by `vite preview` on the embedded
 * simulated server. The browser is the system's Chromium (Debian's `chromium` package): nothing is
 * downloaded. Point CHROMIUM_PATH elsewhere if yours lives somewhere else.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: isCI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [
        /real-server\.spec\.ts/,
        /real-shape-server\.spec\.ts/,
        /failures\.spec\.ts/,
        /nginx\.spec\.ts/,
        /bench-smoke\.spec\.ts/,
      ],
      use: chromium,
    },
    {
      // Starts its own browser, build and servers through `npm run bench`.
      name: 'bench-smoke',
      testMatch: /bench-smoke\.spec\.ts/,
    },
    {
      name: 'real-server',
      testMatch: /real-server\.spec\.ts/,
      use: { ...chromium, baseURL: `http://localhost:${realServer.appPort}` },
    },
    {
      // Failures over a real network: the real-server setup, with answers replaced in flight.
      name: 'failures',
      testMatch: /failures\.spec\.ts/,
      use: { ...chromium, baseURL: `http://localhost:${realServer.appPort}` },
    },
    {
      name: 'real-shape-server',
      testMatch: /real-shape-server\.spec\.ts/,
      use: { ...chromium, baseURL: `http://localhost:${realShapeServer.appPort}` },
    },
    ...(runNginx
      ? [
          {
            name: 'nginx',
            testMatch: /nginx\.spec\.ts/,
            // nginx listens on IPv4 only (a container may have no IPv6).
            use: { ...chromium, baseURL: `http://127.0.0.1:${nginxServe.port}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npm run mock-server -- --port ${realServer.mockPort} --api-key ${realServer.apiKey}`,
      // 401 counts as up: the server wants the key.
      url: `http://127.0.0.1:${realServer.mockPort}/api/Spaces-1/dashboard`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite build --outDir ${realServer.outDir} && npx vite preview --outDir ${realServer.outDir} --port ${realServer.appPort} --strictPort`,
      env: realServerEnv,
      url: `http://localhost:${realServer.appPort}`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx e2e/real-shape-server/server.ts --port ${realShapeServer.serverPort} --api-key ${realShapeServer.apiKey}`,
      // 401 counts as up: the server wants the key.
      url: `http://127.0.0.1:${realShapeServer.serverPort}/api`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite build --outDir ${realShapeServer.outDir} && npx vite preview --outDir ${realShapeServer.outDir} --port ${realShapeServer.appPort} --strictPort`,
      env: realShapeServerEnv,
      url: `http://localhost:${realShapeServer.appPort}`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(runNginx
      ? [
          {
            // Builds dist-serve/ when needed, then nginx in the foreground; SIGTERM lets it
            // clean up.
            command: 'npm run serve',
            env: nginxServeEnv,
            url: `http://127.0.0.1:${nginxServe.port}/healthz`,
            reuseExistingServer: !isCI,
            timeout: 180_000,
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
