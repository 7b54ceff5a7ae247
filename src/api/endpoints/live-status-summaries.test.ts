import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../lib/map-with-concurrency';
import { isApiError } from '../api-error';
import { createApiClient } from '../client';
import { apiPaths, dashboardSchema } from '../contract';
import {
  TEST_BASE_URL,
  applicationLiveStatusBody,
  dashboardBody,
  dashboardItemBody,
  summaryBody,
} from '../testing/fixtures';
import { setupTestServer } from '../testing/test-server';
import {
  getLiveStatusSummaries,
  liveStatusCellsFromDashboard,
  unknownLiveStatusSummary,
  type LiveStatusCell,
} from './live-status-summaries';

const server = setupTestServer();
const client = createApiClient({ baseUrl: TEST_BASE_URL });

function cells(count: number, tenantId: string | null = null): LiveStatusCell[] {
  return Array.from({ length: count }, (_, index) => ({
    projectId: `Projects-${index + 1}`,
    environmentId: 'Environments-1',
    tenantId,
  }));
}

/** The summaries extension answers 404, as on a real Octopus server. */
function withoutExtension() {
  server.use(
    http.get(`*${apiPaths.liveStatusSummaries}`, () =>
      HttpResponse.json({ ErrorMessage: 'Not found' }, { status: 404 }),
    ),
  );
}

/** Per-cell live status calls that take `ms`, counting calls and the most ever in flight. */
function trackLiveStatusCalls(ms: number, fail: (projectId: string) => boolean = () => false) {
  const stats = {
    calls: 0,
    inFlight: 0,
    maxInFlight: 0,
    paths: [] as string[],
    queries: [] as string[],
  };
  const handler = async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    stats.calls++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const url = new URL(request.url);
    stats.paths.push(url.pathname);
    stats.queries.push(url.search);
    try {
      await delay(ms);
      const projectId = String(params.projectId);
      if (fail(projectId)) return HttpResponse.json({ ErrorMessage: 'Boom' }, { status: 500 });
      return HttpResponse.json(
        applicationLiveStatusBody(summaryBody({ SyncStatusMessage: projectId })),
      );
    } finally {
      stats.inFlight--;
    }
  };
  server.use(
    http.get(`*${apiPaths.untenantedLiveStatus}`, handler),
    http.get(`*${apiPaths.tenantedLiveStatus}`, handler),
  );
  return stats;
}

describe('getLiveStatusSummaries', () => {
  it('uses the summaries endpoint when the server has it', async () => {
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () =>
        HttpResponse.json({
          Summaries: [
            {
              ProjectId: 'Projects-1',
              EnvironmentId: 'Environments-1',
              TenantId: null,
              Summary: summaryBody({ Status: 'Degraded' }),
            },
          ],
        }),
      ),
    );
    const stats = trackLiveStatusCalls(0);
    const result = await getLiveStatusSummaries(client, { spaceId: 'Spaces-1', cells: cells(3) });
    expect(result.Summaries.map((entry) => entry.Summary.Status)).toEqual(['Degraded']);
    expect(stats.calls).toBe(0);
  });

  it('falls back on 404 to one summaryOnly call per cell, at most 6 at a time', async () => {
    withoutExtension();
    const stats = trackLiveStatusCalls(15);
    const result = await getLiveStatusSummaries(client, { spaceId: 'Spaces-1', cells: cells(20) });
    expect(stats.calls).toBe(20);
    expect(stats.maxInFlight).toBe(6);
    expect(new Set(stats.queries)).toEqual(new Set(['?summaryOnly=true']));
    expect(result.Summaries).toHaveLength(20);
    expect(result.Summaries.map((entry) => entry.ProjectId)).toEqual(
      cells(20).map((cell) => cell.projectId),
    );
    expect(result.Summaries[7]).toMatchObject({
      ProjectId: 'Projects-8',
      EnvironmentId: 'Environments-1',
      TenantId: null,
      Summary: { Status: 'Healthy', SyncStatusMessage: 'Projects-8' },
    });
  });

  it('honours a different concurrency and asks tenanted cells on the tenanted path', async () => {
    withoutExtension();
    const stats = trackLiveStatusCalls(10);
    const result = await getLiveStatusSummaries(client, {
      spaceId: 'Spaces-1',
      cells: [...cells(4, 'Tenants-1'), ...cells(4, 'Tenants-1')],
      concurrency: 2,
    });
    expect(stats.calls).toBe(4);
    expect(stats.maxInFlight).toBe(2);
    expect(stats.paths.every((path) => path.includes('/tenants/Tenants-1/livestatus'))).toBe(true);
    expect(result.Summaries.map((entry) => entry.TenantId)).toEqual(Array(4).fill('Tenants-1'));
  });

  it('gives a failing cell the Unknown summary and carries on', async () => {
    withoutExtension();
    const stats = trackLiveStatusCalls(1, (projectId) => projectId === 'Projects-2');
    const result = await getLiveStatusSummaries(client, { spaceId: 'Spaces-1', cells: cells(3) });
    expect(stats.calls).toBe(3);
    expect(result.Summaries.map((entry) => entry.Summary.Status)).toEqual([
      'Healthy',
      'Unknown',
      'Healthy',
    ]);
    expect(result.Summaries[1]?.Summary).toEqual(unknownLiveStatusSummary);
  });

  it('asks for the cells lazily, only when falling back', async () => {
    withoutExtension();
    trackLiveStatusCalls(0);
    let asked = 0;
    const result = await getLiveStatusSummaries(client, {
      spaceId: 'Spaces-1',
      cells: () => {
        asked++;
        return Promise.resolve(cells(2));
      },
    });
    expect(asked).toBe(1);
    expect(result.Summaries).toHaveLength(2);
  });

  it('does not fall back on other errors', async () => {
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () =>
        HttpResponse.json({ ErrorMessage: 'Database offline' }, { status: 500 }),
      ),
    );
    const stats = trackLiveStatusCalls(0);
    const error: unknown = await getLiveStatusSummaries(client, {
      spaceId: 'Spaces-1',
      cells: cells(3),
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(500);
    expect(stats.calls).toBe(0);
  });

  it('stops the fallback when the caller aborts', async () => {
    withoutExtension();
    const stats = trackLiveStatusCalls(30);
    const controller = new AbortController();
    const pending = getLiveStatusSummaries(
      client,
      { spaceId: 'Spaces-1', cells: cells(20) },
      controller.signal,
    );
    setTimeout(() => controller.abort(), 40);
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(controller.signal.aborted).toBe(true);
    expect(error).toBe(controller.signal.reason);
    await delay(100);
    expect(stats.calls).toBeGreaterThan(0);
    expect(stats.calls).toBeLessThan(20);
  });
});

describe('liveStatusCellsFromDashboard', () => {
  it('takes one cell per project x environment x tenant with a deployment', () => {
    const dashboard = dashboardSchema.parse(
      dashboardBody([
        dashboardItemBody({ Id: 'a', EnvironmentId: 'Environments-1' }),
        dashboardItemBody({ Id: 'b', EnvironmentId: 'Environments-1', IsCurrent: false }),
        dashboardItemBody({ Id: 'c', EnvironmentId: 'Environments-2', TenantId: 'Tenants-1' }),
      ]),
    );
    expect(liveStatusCellsFromDashboard(dashboard)).toEqual([
      { projectId: 'Projects-1', environmentId: 'Environments-1', tenantId: null },
      { projectId: 'Projects-1', environmentId: 'Environments-2', tenantId: 'Tenants-1' },
    ]);
  });
});

describe('mapWithConcurrency', () => {
  it('keeps order, bounds the calls in flight and stops at the first failure', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const started: number[] = [];
    const work = async (item: number) => {
      started.push(item);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(5 + (item % 3));
      inFlight--;
      if (item === 4) throw new Error('four');
      return item * 10;
    };
    await expect(mapWithConcurrency([1, 2, 3], 2, work)).resolves.toEqual([10, 20, 30]);
    expect(maxInFlight).toBe(2);
    started.length = 0;
    await expect(mapWithConcurrency([1, 2, 3, 4, 5, 6, 7, 8, 9], 2, work)).rejects.toThrow('four');
    expect(started.length).toBeLessThan(9);
    await expect(mapWithConcurrency([], 3, work)).resolves.toEqual([]);
    await expect(mapWithConcurrency([1], 0, work)).rejects.toThrow(RangeError);
  });
});
