import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import { dashboardSchema } from './contract';
import {
  clearEarlyResponses,
  plannedRequests,
  startEarlyRequests,
  takeEarlyResponse,
} from './early-requests';
import { createInThreadParser, type BodyParser } from './parse/body-parser';
import { dashboardBody } from './testing/fixtures';

const BASE = 'https://octopus.example.com';
const dashboardUrl = `${BASE}/api/Spaces-1/dashboard`;

afterEach(() => {
  clearEarlyResponses();
});

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

function recordingFetch(
  answer: (url: string) => Promise<Response> = () => Promise.resolve(jsonResponse({})),
) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, headers: Object.fromEntries(new Headers(init?.headers)) });
    return answer(url);
  });
  return { fetch, calls };
}

describe('the requests planned for each page', () => {
  it('are the space, the dashboard and the live summaries on the dashboard', () => {
    expect(plannedRequests('/', 'Spaces-2').map(({ path }) => path)).toEqual([
      '/api/spaces/Spaces-2',
      '/api/Spaces-2/dashboard',
      '/api/Spaces-2/livestatus/summaries',
    ]);
  });

  it("are an application's live status and names, tenanted or not", () => {
    expect(plannedRequests('/projects/Projects-1/environments/Env-2', 'Spaces-1')).toEqual([
      { path: '/api/spaces/Spaces-1', kind: 'space' },
      {
        path: '/api/Spaces-1/projects/Projects-1/environments/Env-2/untenanted/livestatus',
        query: { summaryOnly: false },
        kind: 'applicationLiveStatus',
      },
      { path: '/api/Spaces-1/projects/Projects-1', kind: 'project' },
      { path: '/api/Spaces-1/environments/Env-2', kind: 'environment' },
      { path: '/api/Spaces-1/dashboard', query: { projectId: 'Projects-1' }, kind: 'dashboard' },
    ]);
    expect(
      plannedRequests('/projects/Projects-1/environments/Env-2/tenants/Tenants-3', 'Spaces-1')[1],
    ).toEqual({
      path: '/api/Spaces-1/projects/Projects-1/environments/Env-2/tenants/Tenants-3/livestatus',
      query: { summaryOnly: false },
      kind: 'applicationLiveStatus',
    });
  });

  it('are the deployment on a deployment page, its id encoded', () => {
    expect(plannedRequests('/deployments/a%2Fb', 'Spaces-1')).toEqual([
      { path: '/api/spaces/Spaces-1', kind: 'space' },
      { path: '/api/Spaces-1/deployments/a%2Fb', kind: 'deployment' },
    ]);
  });
});

describe('early responses', () => {
  it('are sent with the headers the client sends, and taken once', () => {
    const { fetch, calls } = recordingFetch();
    const urls = startEarlyRequests('/', {
      baseUrl: `${BASE}/`,
      apiKey: 'API-KEY',
      spaceId: 'Spaces-1',
      fetch,
    });
    expect(urls).toEqual([
      `${BASE}/api/spaces/Spaces-1`,
      dashboardUrl,
      `${BASE}/api/Spaces-1/livestatus/summaries`,
    ]);
    expect(calls[0]?.headers).toEqual({
      accept: 'application/json',
      'x-octopus-apikey': 'API-KEY',
    });

    expect(takeEarlyResponse(dashboardUrl)).toBeInstanceOf(Promise);
    expect(takeEarlyResponse(dashboardUrl)).toBeUndefined();
  });

  it('are dropped once too old to be what the page asked for', () => {
    let now = 0;
    startEarlyRequests('/', {
      baseUrl: BASE,
      apiKey: undefined,
      spaceId: 'Spaces-1',
      fetch: recordingFetch().fetch,
      now: () => now,
    });
    now = 15_001;
    expect(takeEarlyResponse(dashboardUrl, () => now)).toBeUndefined();
  });

  it('answer the app client instead of a new request', async () => {
    const early = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    startEarlyRequests('/', { baseUrl: BASE, apiKey: undefined, spaceId: 'Spaces-1', ...early });
    const later = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    const client = createApiClient({ baseUrl: BASE, fetch: later.fetch, useEarlyResponses: true });

    const first = await client.get('/api/Spaces-1/dashboard', dashboardSchema);
    expect(first.Environments.length).toBeGreaterThan(0);
    expect(later.calls).toEqual([]);
    // The second time, the server is asked.
    await client.get('/api/Spaces-1/dashboard', dashboardSchema);
    expect(later.calls.map(({ url }) => url)).toEqual([dashboardUrl]);
  });

  it('are asked again when the early request failed', async () => {
    const early = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    startEarlyRequests('/', { baseUrl: BASE, apiKey: undefined, spaceId: 'Spaces-1', ...early });
    const later = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    const client = createApiClient({ baseUrl: BASE, fetch: later.fetch, useEarlyResponses: true });

    await client.get('/api/Spaces-1/dashboard', dashboardSchema);
    expect(later.calls.map(({ url }) => url)).toEqual([dashboardUrl]);
  });

  it('are not used by a client that does not ask for them', async () => {
    const early = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    startEarlyRequests('/', { baseUrl: BASE, apiKey: undefined, spaceId: 'Spaces-1', ...early });
    const later = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    const client = createApiClient({ baseUrl: BASE, fetch: later.fetch });

    await client.get('/api/Spaces-1/dashboard', dashboardSchema);
    expect(later.calls).toHaveLength(1);
  });

  it('are read as soon as they arrive, and the client takes what was read', async () => {
    const inThread = createInThreadParser();
    const kinds: string[] = [];
    const parser: BodyParser = {
      warm() {
        kinds.push('(warm)');
      },
      parse(kind, ...rest) {
        kinds.push(kind);
        return inThread.parse(kind, ...rest);
      },
    };
    const early = recordingFetch(() => Promise.resolve(jsonResponse(dashboardBody())));
    startEarlyRequests('/', {
      baseUrl: BASE,
      apiKey: undefined,
      spaceId: 'Spaces-1',
      parser,
      ...early,
    });
    // The parser is made ready at once, before any answer has arrived.
    expect(kinds).toEqual(['(warm)']);
    await vi.waitFor(() =>
      expect(kinds).toEqual(['(warm)', 'space', 'dashboard', 'liveStatusSummaries']),
    );

    const client = createApiClient({ baseUrl: BASE, useEarlyResponses: true, parser });
    const dashboard = await client.get('/api/Spaces-1/dashboard', 'dashboard');
    expect(dashboard.Items).toHaveLength(1);
    expect(kinds).toHaveLength(4);
  });
});
