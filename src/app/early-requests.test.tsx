import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plannedRequests } from '../api/early-requests';
import { requestUrl } from '../api/request-url';
import { demo } from '../../mocks/server/node';
import { spaceId } from '../config/api-config';
import { paths } from '../config/paths';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../test/render-app';

/**
 * The early script asks, for each page, what it believes the page asks first. Each such request
 * is wasted (and the page's own one late) unless the page asks for exactly that URL: render each
 * page and check that it does.
 */
const startServer = setupSimulatedServer();
fakeLayoutSize();

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every URL the app fetches, as the client writes it. */
function recordRequests(): string[] {
  const urls: string[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return realFetch(input, init);
  });
  return urls;
}

describe('the early requests of each page', () => {
  it.each([
    ['the dashboard', '/'],
    ['an untenanted live status page', paths.applicationLiveStatus(demo.degraded)],
    ['a tenanted live status page', paths.applicationLiveStatus(demo.tenantDegraded)],
    ['a deployment', paths.deployment(demo.degraded.deploymentId)],
  ])('are what %s asks first', async (_what, pathname) => {
    startServer();
    const requested = recordRequests();
    const planned = plannedRequests(pathname, spaceId).map(({ path, query }) =>
      requestUrl('', path, query),
    );
    expect(planned.length).toBeGreaterThan(1);

    renderApp(pathname);

    await waitFor(() => {
      for (const url of planned) expect(requested).toContain(url);
    });
  });

  it('are none for a page that does not exist', () => {
    expect(plannedRequests('/no/such/page', spaceId)).toEqual([]);
  });
});
