import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { routes } from '../app/router';
import { createQueryClient } from '../lib/query-client';
import { createTestServer, TEST_EPOCH } from '../../mocks/server/node';

type TestServer = ReturnType<typeof createTestServer>;

/**
 * Mounts the whole app (routes, query client) at a path, in a memory router, with retries off
 * so that an error shows at once. Returns the router (for its location) and the query client
 * (to poll on demand).
 */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient, ...view };
}

/**
 * The simulated server for a test file: `start({ world, scenario })` starts it for one test (call
 * it first), on the virtual clock of `mocks/server/node.ts`, and it stops after the test. The page's
 * clock is frozen at the simulation's start, so relative times read the same on every run.
 */
export function setupSimulatedServer() {
  let current: TestServer | undefined;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_EPOCH });
  });
  afterEach(() => {
    current?.server.close();
    current = undefined;
  });
  afterAll(() => {
    vi.useRealTimers();
  });
  return (options: Parameters<typeof createTestServer>[0] = {}): TestServer => {
    current = createTestServer(options);
    current.server.listen({ onUnhandledRequest: 'error' });
    return current;
  };
}

/**
 * jsdom lays nothing out, so a virtualized list would see a 0 px viewport and render no rows.
 * Give every element a viewport-sized box for the duration of a test file.
 */
export function fakeLayoutSize(width = 1440, height = 900) {
  const originals = {
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => height,
    });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => width,
    });
  });
  afterAll(() => {
    for (const [name, descriptor] of Object.entries(originals)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });
}
