import { http, HttpResponse, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { isScenarioName } from './scenarios';
import { isWorldName } from './simulated-server';
import type { FromSimulation, ToSimulation } from './worker-protocol';

const STORAGE_KEY = 'periscope.simulation';

/**
 * Which world and scenario to run: from the URL (`?world=large&scenario=offline`), else what this
 * tab chose last (so in-app navigation and reloads keep them), else the demo world's default.
 */
function chooseFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const stored = new URLSearchParams(sessionStorage.getItem(STORAGE_KEY) ?? '');
  const world = params.get('world') ?? stored.get('world') ?? 'demo';
  const scenario = params.get('scenario') ?? stored.get('scenario') ?? 'default';
  const chosen = {
    world: isWorldName(world) ? world : 'demo',
    scenario: isScenarioName(scenario) ? scenario : 'default',
  };
  sessionStorage.setItem(STORAGE_KEY, new URLSearchParams(chosen).toString());
  return chosen;
}

/**
 * Starts the simulated Octopus server: the simulation runs in a Web Worker, and Mock Service
 * Worker hands it every `/api` request. A reload restarts the scenario. Virtual time follows the
 * page's Date.now, so Playwright's clock can move it.
 */
export async function startSimulatedServer(): Promise<void> {
  const chosen = chooseFromUrl();
  const simulation = new Worker(new URL('./simulation-worker.ts', import.meta.url), {
    type: 'module',
    name: 'periscope-simulated-server',
  });
  const send = (message: ToSimulation) => {
    simulation.postMessage(message);
  };
  const pending = new Map<
    number,
    (message: Extract<FromSimulation, { type: 'response' }>) => void
  >();
  let nextId = 1;

  const started = new Promise<void>((resolve, reject) => {
    simulation.addEventListener('message', (event: MessageEvent<FromSimulation>) => {
      const message = event.data;
      if (message.type === 'started') resolve();
      else if (message.type === 'failed') reject(new Error(message.message));
      else {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
    simulation.addEventListener('error', (event) => {
      reject(new Error(`The simulated server could not start: ${event.message}`));
    });
  });
  send({ type: 'start', ...chosen, now: Date.now() });
  await started;

  const worker = setupWorker(
    http.all(`${window.location.origin}/api/*`, async ({ request }) => {
      const id = nextId++;
      const reply = new Promise<Extract<FromSimulation, { type: 'response' }>>((resolve) => {
        pending.set(id, resolve);
      });
      send({
        type: 'request',
        id,
        now: Date.now(),
        method: request.method,
        url: request.url,
        headers: [...request.headers.entries()],
        body: request.method === 'GET' || request.method === 'HEAD' ? null : await request.text(),
      });
      const response = await reply;
      if (response.networkError) return HttpResponse.error();
      if (response.status === null) return passthrough();
      return new HttpResponse(response.body, {
        status: response.status,
        headers: response.headers,
      });
    }),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  Object.assign(window, {
    periscopeSimulation: {
      ...chosen,
      advanceSeconds: (seconds: number) => {
        send({ type: 'advance', milliseconds: seconds * 1000 });
      },
    },
  });
}
