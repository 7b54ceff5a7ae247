/// <reference lib="webworker" />
/**
 * The simulated Octopus server, in a Web Worker: like a real server, its work never runs on the
 * page's main thread, so the app's responsiveness is measured without it. The page sends each
 * request with its own clock reading (which Playwright's clock controls).
 */
import './worker-globals';
import { getResponse } from 'msw';
import { isScenarioName } from './scenarios';
import { createSimulatedServer, isWorldName, type SimulatedServer } from './simulated-server';
import type { FromSimulation, ToSimulation } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

let server: SimulatedServer | null = null;
let now = 0;

const post = (message: FromSimulation) => {
  self.postMessage(message);
};

async function answer(
  message: Extract<ToSimulation, { type: 'request' }>,
  active: SimulatedServer,
) {
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    ...(message.body === null ? {} : { body: message.body }),
  });
  const response = await getResponse(active.handlers, request);
  if (!response) {
    post({
      type: 'response',
      id: message.id,
      networkError: false,
      status: null,
      headers: [],
      body: '',
    });
    return;
  }
  if (response.type === 'error') {
    post({
      type: 'response',
      id: message.id,
      networkError: true,
      status: 0,
      headers: [],
      body: '',
    });
    return;
  }
  post({
    type: 'response',
    id: message.id,
    networkError: false,
    status: response.status,
    headers: [...response.headers.entries()],
    body: await response.text(),
  });
}

self.onmessage = (event: MessageEvent<ToSimulation>) => {
  const message = event.data;
  switch (message.type) {
    case 'start': {
      now = message.now;
      try {
        server = createSimulatedServer({
          world: isWorldName(message.world) ? message.world : 'demo',
          scenario: isScenarioName(message.scenario) ? message.scenario : 'default',
          now: () => now,
        });
        post({ type: 'started' });
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    case 'request': {
      now = Math.max(now, message.now);
      if (!server) return;
      answer(message, server).catch((error: unknown) => {
        const text = error instanceof Error ? error.message : String(error);
        post({
          type: 'response',
          id: message.id,
          networkError: false,
          status: 500,
          headers: [['content-type', 'application/json']],
          body: JSON.stringify({ ErrorMessage: `The simulated server failed: ${text}` }),
        });
      });
      return;
    }
    case 'advance':
      server?.advance(message.milliseconds);
      return;
  }
};
