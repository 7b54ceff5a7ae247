import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readApiConfig } from '../config/api-config';
import { isApiError, type ApiError } from './api-error';
import { createApiClient, type ApiClientOptions } from './client';
import {
  apiPaths,
  clearUnknownEnumValues,
  dashboardSchema,
  getUnknownEnumValues,
  sessionCreatedSchema,
} from './contract';
import { getDashboard } from './endpoints/dashboard';
import { createRequestGate } from './request-gate';
import { dashboardBody, dashboardItemBody, TEST_BASE_URL } from './testing/fixtures';
import { setupTestServer } from './testing/test-server';

const server = setupTestServer();

function client(options: ApiClientOptions = {}) {
  return createApiClient({ baseUrl: TEST_BASE_URL, ...options });
}

const dashboardPath = '/api/Spaces-1/dashboard';

/** Resolves with whatever the promise rejects with; fails if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(promise);
  if (!isApiError(error)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

describe('request headers', () => {
  it('sends the API key header when a key is configured', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`*${apiPaths.dashboard}`, ({ request }) => {
        seen.push(request.headers.get('X-Octopus-ApiKey'));
        return HttpResponse.json(dashboardBody());
      }),
    );
    await getDashboard(client({ apiKey: 'API-SECRET' }), { spaceId: 'Spaces-1' });
    expect(seen).toEqual(['API-SECRET']);
  });

  it('sends no API key header without a key (the proxy adds it)', async () => {
    const seen: { key: string | null; accept: string | null }[] = [];
    server.use(
      http.get(`*${apiPaths.dashboard}`, ({ request }) => {
        seen.push({
          key: request.headers.get('X-Octopus-ApiKey'),
          accept: request.headers.get('Accept'),
        });
        return HttpResponse.json(dashboardBody());
      }),
    );
    await getDashboard(client({ apiKey: '  ' }), { spaceId: 'Spaces-1' });
    await getDashboard(client(), { spaceId: 'Spaces-1' });
    expect(seen).toEqual([
      { key: null, accept: 'application/json' },
      { key: null, accept: 'application/json' },
    ]);
  });

  it('joins the base URL, path and query string', async () => {
    const urls: string[] = [];
    const fetchSpy = vi.fn<typeof fetch>((input) => {
      urls.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(HttpResponse.json({ SessionId: 's' }));
    });
    const api = createApiClient({
      baseUrl: 'https://octopus.example.com/octopus/',
      fetch: fetchSpy,
    });
    await api.get('/api/x', sessionCreatedSchema, {
      query: { summaryOnly: true, skip: undefined, take: null, name: 'a b' },
    });
    await createApiClient({ fetch: fetchSpy }).get('/api/y', sessionCreatedSchema);
    expect(urls).toEqual([
      'https://octopus.example.com/octopus/api/x?summaryOnly=true&name=a+b',
      '/api/y',
    ]);
  });

  it('posts the body as JSON', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`*${apiPaths.eventsSessions}`, async ({ request }) => {
        expect(request.headers.get('Content-Type')).toBe('application/json');
        bodies.push(await request.json());
        return HttpResponse.json({ SessionId: 'Sessions-1' });
      }),
    );
    const result = await client().post(
      '/api/Spaces-1/observability/events/sessions',
      { PodName: 'web-0' },
      sessionCreatedSchema,
    );
    expect(result).toEqual({ SessionId: 'Sessions-1' });
    expect(bodies).toEqual([{ PodName: 'web-0' }]);
  });
});

describe('cancellation and timeouts', () => {
  it('passes the caller signal through and rethrows its AbortError untouched', async () => {
    let started = 0;
    server.use(
      http.get(`*${apiPaths.dashboard}`, async () => {
        started++;
        await delay(1000);
        return HttpResponse.json(dashboardBody());
      }),
    );
    const controller = new AbortController();
    const pending = getDashboard(client(), { spaceId: 'Spaces-1' }, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error).toBe(controller.signal.reason);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty('name', 'AbortError');
    expect(isApiError(error)).toBe(false);
    expect(started).toBe(1);
  });

  it('aborts the underlying fetch when the caller aborts', async () => {
    let fetchSignal: AbortSignal | undefined;
    const fetchSpy = vi.fn<typeof fetch>((_input, init) => {
      fetchSignal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    const controller = new AbortController();
    const pending = createApiClient({ fetch: fetchSpy }).get('/api/x', z.unknown(), {
      signal: controller.signal,
    });
    expect(fetchSignal?.aborted).toBe(false);
    const reason = new DOMException('Navigated away', 'AbortError');
    controller.abort(reason);
    expect(fetchSignal?.aborted).toBe(true);
    await expect(pending).rejects.toBe(reason);
  });

  it('does not even send a request for an already aborted signal', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      createApiClient({ fetch: fetchSpy }).get('/api/x', z.unknown(), {
        signal: controller.signal,
      }),
    );
    expect(error).toBe(controller.signal.reason);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('turns a slow answer into a timeout error', async () => {
    server.use(
      http.get(`*${apiPaths.dashboard}`, async () => {
        await delay(500);
        return HttpResponse.json(dashboardBody());
      }),
    );
    const error = await apiErrorOf(
      getDashboard(client({ timeoutMs: 30 }), { spaceId: 'Spaces-1' }),
    );
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeNull();
    expect(error.path).toBe(dashboardPath);
    expect(error.message).toBe('The server took too long to answer (over 30 ms)');
  });

  it.each([
    ['a read of its own schema', z.unknown(), 20_000, '20 s'],
    ['a read by kind', 'dashboard' as const, 20_000, '20 s'],
    ['a manifest', 'resourceManifest' as const, 45_000, '45 s'],
    ['an events session poll', 'eventsSession' as const, 10_000, '10 s'],
    ['a logs session poll', 'logsSession' as const, 10_000, '10 s'],
  ])(
    'times out %s after its default, said in seconds, even when fetch ignores its signal',
    async (_name, schema, timeoutMs, said) => {
      vi.useFakeTimers();
      try {
        const fetchSpy = vi.fn<typeof fetch>(() => new Promise<Response>(() => {}));
        const pending = apiErrorOf(createApiClient({ fetch: fetchSpy }).get('/api/x', schema));
        await vi.advanceTimersByTimeAsync(timeoutMs - 1);
        let settled = false;
        void pending.finally(() => (settled = true));
        await vi.advanceTimersByTimeAsync(0);
        expect(settled).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        const error = await pending;
        expect(error.kind).toBe('timeout');
        expect(error.message).toBe(`The server took too long to answer (over ${said})`);
      } finally {
        vi.useRealTimers();
      }
    },
  );

  it('reports a network failure', async () => {
    server.use(http.get(`*${apiPaths.dashboard}`, () => HttpResponse.error()));
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error).toMatchObject({ kind: 'network', status: null, path: dashboardPath });
    expect(error.message).toBe('Could not reach the server');
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('HTTP errors', () => {
  it('surfaces the Octopus ErrorMessage', async () => {
    server.use(
      http.get('*/api/Spaces-1/projects/Projects-99', () =>
        HttpResponse.json({ ErrorMessage: 'Project Projects-99 not found' }, { status: 404 }),
      ),
    );
    const error = await apiErrorOf(client().get('/api/Spaces-1/projects/Projects-99', z.unknown()));
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      path: '/api/Spaces-1/projects/Projects-99',
      serverMessage: 'Project Projects-99 not found',
      retryAfterSeconds: null,
    });
    expect(error.message).toBe(
      'The server could not find this (404): Project Projects-99 not found',
    );
  });

  it('adds the Errors list to the server message', async () => {
    server.use(
      http.get(`*${apiPaths.dashboard}`, () =>
        HttpResponse.json(
          {
            ErrorMessage: 'There was a problem with your request.',
            Errors: ['Space Spaces-9 is not accessible', 'There was a problem with your request.'],
          },
          { status: 400 },
        ),
      ),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error.serverMessage).toBe(
      'There was a problem with your request. (Space Spaces-9 is not accessible)',
    );
    expect(error.message).toBe(
      'The server rejected the request (400): There was a problem with your request. (Space Spaces-9 is not accessible)',
    );
  });

  it.each([
    [401, 'The server did not accept the API key, or none was sent (401)'],
    [403, 'The API key is not allowed to see this (403)'],
    [404, 'The server could not find this (404)'],
    [500, 'The server failed while answering (500)'],
    [503, 'The server is unavailable right now (503)'],
    [418, 'The server refused the request (418)'],
  ])('explains a %i without a readable body', async (status, message) => {
    server.use(
      http.get(`*${apiPaths.dashboard}`, () => new HttpResponse('<h1>nope</h1>', { status })),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error).toMatchObject({ kind: 'http', status, serverMessage: null, message });
  });
});

describe('response bodies', () => {
  it('names the first failing field of an invalid body', async () => {
    const items = [0, 1, 2, 3].map((index) => dashboardItemBody({ Id: `DashboardItems-${index}` }));
    const fourth = items[3];
    if (fourth) fourth.QueueTime = 'yesterday';
    const body = dashboardBody(items);
    server.use(http.get(`*${apiPaths.dashboard}`, () => HttpResponse.json(body)));
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error).toMatchObject({
      kind: 'invalid-body',
      status: null,
      field: 'Items[3].QueueTime',
    });
    expect(error.message).toBe(
      "The server's response for /api/Spaces-1/dashboard was not what Periscope expects: Items[3].QueueTime: Invalid timestamp",
    );
  });

  it('counts further problems of an invalid body', async () => {
    const body = {
      Projects: 'none',
      Environments: 'none',
      Tenants: 1,
      Items: 'none',
      IsFiltered: 2,
    };
    server.use(http.get(`*${apiPaths.dashboard}`, () => HttpResponse.json(body)));
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error.field).toBe('Projects');
    expect(error.message).toMatch(
      /: Projects: Invalid input: expected array, received string \(and 4 more\)$/,
    );
  });

  it('reports malformed JSON clearly', async () => {
    server.use(
      http.get(
        `*${apiPaths.dashboard}`,
        () =>
          new HttpResponse('{"Projects": [', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error).toMatchObject({ kind: 'malformed-json', status: null, path: dashboardPath });
    expect(error.message).toBe(
      "The server's response for /api/Spaces-1/dashboard is not valid JSON",
    );
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('hints at the proxy when an HTML page comes back', async () => {
    server.use(
      http.get(`*${apiPaths.dashboard}`, () =>
        HttpResponse.html('<!doctype html><html><body><div id="root"></div></body></html>'),
      ),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(error.kind).toBe('malformed-json');
    expect(error.message).toContain('it sent an HTML page');
  });

  describe('unknown enum values', () => {
    beforeEach(() => clearUnknownEnumValues());
    afterEach(() => {
      clearUnknownEnumValues();
      vi.restoreAllMocks();
    });

    it('reads them as Unknown, reports them and warns once', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const body = dashboardBody([
        dashboardItemBody({ Id: 'DashboardItems-1', State: 'Hibernating' }),
        dashboardItemBody({ Id: 'DashboardItems-2', State: 'Hibernating' }),
        dashboardItemBody({ Id: 'DashboardItems-3', State: 'Executing' }),
      ]);
      server.use(http.get(`*${apiPaths.dashboard}`, () => HttpResponse.json(body)));
      const dashboard = await getDashboard(client(), { spaceId: 'Spaces-1' });
      expect(dashboard.Items.map((item) => item.State)).toEqual([
        'Unknown',
        'Unknown',
        'Executing',
      ]);
      expect(getUnknownEnumValues()).toEqual([{ enumName: 'TaskState', value: 'Hibernating' }]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain('"Hibernating"');
    });
  });
});

describe('429 Too Many Requests', () => {
  afterEach(() => vi.useRealTimers());

  it('waits Retry-After seconds, then retries', async () => {
    vi.useFakeTimers();
    const responses = [
      new Response(null, { status: 429, headers: { 'Retry-After': '2' } }),
      HttpResponse.json({ SessionId: 'Sessions-1' }),
    ];
    const fetchSpy = vi.fn<typeof fetch>(() => {
      const next = responses.shift();
      return next ? Promise.resolve(next) : Promise.reject(new Error('no more responses'));
    });
    const pending = createApiClient({ fetch: fetchSpy }).get('/api/x', sessionCreatedSchema);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({ SessionId: 'Sessions-1' });
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('understands an HTTP date in Retry-After', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z') });
    const responses = [
      new Response(null, {
        status: 429,
        headers: { 'Retry-After': 'Sat, 21 Nov 2026 10:00:03 GMT' },
      }),
      HttpResponse.json({ SessionId: 'Sessions-1' }),
    ];
    const fetchSpy = vi.fn<typeof fetch>(() =>
      Promise.resolve(responses.shift() ?? new Response()),
    );
    const pending = createApiClient({ fetch: fetchSpy }).get('/api/x', sessionCreatedSchema);
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({ SessionId: 'Sessions-1' });
  });

  it('gives up after maxRetriesOn429 retries with the wait in the error', async () => {
    let calls = 0;
    server.use(
      http.get(`*${apiPaths.dashboard}`, () => {
        calls++;
        return HttpResponse.json(
          { ErrorMessage: 'Slow down' },
          { status: 429, headers: { 'Retry-After': '0' } },
        );
      }),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(calls).toBe(3);
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 0 });
    expect(error.message).toBe('Too many requests (429): Slow down; retrying in 0 s');
  });

  it('honours maxRetriesOn429', async () => {
    let calls = 0;
    server.use(
      http.get(`*${apiPaths.dashboard}`, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } });
      }),
    );
    await apiErrorOf(getDashboard(client({ maxRetriesOn429: 0 }), { spaceId: 'Spaces-1' }));
    expect(calls).toBe(1);
  });

  it('fails at once when the server asks for a wait beyond the cap', async () => {
    let calls = 0;
    server.use(
      http.get(`*${apiPaths.dashboard}`, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } });
      }),
    );
    const error = await apiErrorOf(getDashboard(client(), { spaceId: 'Spaces-1' }));
    expect(calls).toBe(1);
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.message).toBe('Too many requests (429); retrying in 120 s');
  });

  it('pauses every request of the client, not only the one that met the 429', async () => {
    vi.useFakeTimers();
    const sentAt: Record<string, number[]> = {};
    let limited = true;
    const fetchSpy = vi.fn<typeof fetch>((input) => {
      const path =
        typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
      (sentAt[path] ??= []).push(Date.now());
      if (path === '/api/first' && limited) {
        limited = false;
        return Promise.resolve(
          new Response(null, { status: 429, headers: { 'Retry-After': '3' } }),
        );
      }
      return Promise.resolve(HttpResponse.json({ SessionId: path }));
    });
    const api = createApiClient({ fetch: fetchSpy });
    const start = Date.now();
    const first = api.get('/api/first', sessionCreatedSchema);
    await vi.advanceTimersByTimeAsync(1000);
    // Asked a second later, during the pause: it waits for the pause to end, unsent.
    const second = api.get('/api/second', sessionCreatedSchema);
    const third = api.post('/api/third', {}, sessionCreatedSchema);
    await vi.advanceTimersByTimeAsync(1999);
    expect(sentAt['/api/second']).toBeUndefined();
    expect(sentAt['/api/third']).toBeUndefined();
    expect(api.gate.remainingMs()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(Promise.all([first, second, third])).resolves.toHaveLength(3);
    expect(sentAt['/api/first']).toEqual([start, start + 3000]);
    expect(sentAt['/api/second']).toEqual([start + 3000]);
    expect(sentAt['/api/third']).toEqual([start + 3000]);
  });

  it('fails a request at once, unsent, while a pause beyond the cap holds the client', async () => {
    let calls = 0;
    server.use(
      http.get(`*${apiPaths.dashboard}`, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } });
      }),
    );
    const api = client();
    await apiErrorOf(getDashboard(api, { spaceId: 'Spaces-1' }));
    const error = await apiErrorOf(api.get('/api/other', z.unknown()));
    expect(calls).toBe(1);
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 120 });
    expect(error.message).toBe('Too many requests (429); retrying in 120 s');
  });

  it('shares one gate between clients given the same, and tells listeners of each request', async () => {
    vi.useFakeTimers();
    const gate = createRequestGate();
    const sends: string[] = [];
    const pauses: number[] = [];
    const unsubscribe = gate.subscribe({
      onSend: ({ path }) => sends.push(path),
      onPause: (until) => pauses.push(until),
    });
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(HttpResponse.json({})));
    const one = createApiClient({ fetch: fetchSpy, gate });
    const two = createApiClient({ fetch: fetchSpy, gate });
    expect(one.gate).toBe(two.gate);
    gate.pause(2000);
    const pending = two.get('/api/x', z.unknown());
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    await one.get('/api/y', z.unknown());
    expect(sends).toEqual(['/api/x', '/api/y']);
    expect(pauses).toHaveLength(1);
    unsubscribe();
    await one.get('/api/z', z.unknown());
    expect(sends).toHaveLength(2);
  });

  it('stops waiting when the caller aborts', async () => {
    vi.useFakeTimers();
    const fetchSpy = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(null, { status: 429, headers: { 'Retry-After': '5' } })),
    );
    const controller = new AbortController();
    const pending = rejection(
      createApiClient({ fetch: fetchSpy }).get('/api/x', z.unknown(), {
        signal: controller.signal,
      }),
    );
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await expect(pending).resolves.toBe(controller.signal.reason);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});

describe('configuration', () => {
  it('defaults to same origin, no key and Spaces-1', () => {
    expect(readApiConfig({})).toEqual({ baseUrl: '', apiKey: undefined, spaceId: 'Spaces-1' });
    expect(readApiConfig(undefined)).toEqual({
      baseUrl: '',
      apiKey: undefined,
      spaceId: 'Spaces-1',
    });
  });

  it('reads the VITE_OCTOPUS_ variables', () => {
    expect(
      readApiConfig({
        VITE_OCTOPUS_BASE_URL: 'https://octopus.example.com',
        VITE_OCTOPUS_API_KEY: ' API-KEY ',
        VITE_OCTOPUS_SPACE_ID: 'Spaces-7',
        MODE: 'test',
      }),
    ).toEqual({ baseUrl: 'https://octopus.example.com', apiKey: 'API-KEY', spaceId: 'Spaces-7' });
    expect(readApiConfig({ VITE_OCTOPUS_SPACE_ID: '', VITE_OCTOPUS_API_KEY: '' })).toMatchObject({
      apiKey: undefined,
      spaceId: 'Spaces-1',
    });
  });

  it('parses bodies with the schema given, typed by it', async () => {
    server.use(http.get(`*${apiPaths.dashboard}`, () => HttpResponse.json(dashboardBody())));
    const dashboard = await client().get(dashboardPath, dashboardSchema);
    expect(dashboard.Environments.map((environment) => environment.Name)).toEqual([
      'Staging',
      'Production',
    ]);
  });
});
