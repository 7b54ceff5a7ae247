import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
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
import { createDashboardQueries, dashboardQueries } from './dashboard-queries';
import { createLiveStatusQueries, liveStatusQueries } from './live-status-queries';
import { createSpaceQueries, spaceQueries } from './space-queries';

const server = setupTestServer();
const client = createApiClient({ baseUrl: TEST_BASE_URL });

const app = {
  spaceId: 'Spaces-1',
  projectId: 'Projects-1',
  environmentId: 'Environments-1',
  tenantId: null,
};

let queryClient = new QueryClient();
afterEach(() => {
  queryClient.clear();
  queryClient = new QueryClient();
});

describe('query keys', () => {
  it('follow one hierarchy per resource', () => {
    expect(spaceQueries.all()).toEqual(['space']);
    expect(spaceQueries.detail('Spaces-1').queryKey).toEqual(['space', 'Spaces-1']);
    expect(dashboardQueries.all()).toEqual(['dashboard']);
    expect(dashboardQueries.space('Spaces-1').queryKey).toEqual(['dashboard', 'Spaces-1']);
    expect(liveStatusQueries.all()).toEqual(['live-status']);
    expect(liveStatusQueries.inSpace('Spaces-1')).toEqual(['live-status', 'Spaces-1']);
    expect(liveStatusQueries.summaries('Spaces-1').queryKey).toEqual([
      'live-status',
      'Spaces-1',
      'summaries',
    ]);
    expect(liveStatusQueries.application(app).queryKey).toEqual([
      'live-status',
      'Spaces-1',
      'application',
      'Projects-1',
      'Environments-1',
      'untenanted',
    ]);
    expect(liveStatusQueries.application({ ...app, tenantId: 'Tenants-1' }).queryKey.at(-1)).toBe(
      'Tenants-1',
    );
  });

  it('invalidating dashboardQueries.all() reaches every space, and nothing else', async () => {
    const dashboard = dashboardSchema.parse(dashboardBody());
    const one = dashboardQueries.space('Spaces-1');
    const two = dashboardQueries.space('Spaces-2');
    const live = liveStatusQueries.summaries('Spaces-1');
    queryClient.setQueryData(one.queryKey, dashboard);
    queryClient.setQueryData(two.queryKey, dashboard);
    queryClient.setQueryData(live.queryKey, { Summaries: [] });
    await queryClient.invalidateQueries({ queryKey: dashboardQueries.all(), refetchType: 'none' });
    expect(queryClient.getQueryState(one.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(two.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(live.queryKey)?.isInvalidated).toBe(false);
  });

  it('invalidating one space of live status leaves the other spaces alone', async () => {
    const summaries = liveStatusQueries.summaries('Spaces-1');
    const application = liveStatusQueries.application(app);
    const elsewhere = liveStatusQueries.summaries('Spaces-2');
    for (const key of [summaries.queryKey, elsewhere.queryKey]) {
      queryClient.setQueryData(key, { Summaries: [] });
    }
    queryClient.setQueryData(application.queryKey, {
      MachineStatuses: [],
      Summary: {
        Status: 'Healthy',
        HealthStatus: 'Healthy',
        SyncStatus: 'InSync',
        SyncStatusMessage: null,
        LastUpdated: null,
      },
    });
    await queryClient.invalidateQueries({
      queryKey: liveStatusQueries.inSpace('Spaces-1'),
      refetchType: 'none',
    });
    expect(queryClient.getQueryState(summaries.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(application.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(elsewhere.queryKey)?.isInvalidated).toBe(false);
  });
});

describe('polling', () => {
  it('polls only while the tab is visible, at each query its own pace', () => {
    expect(dashboardQueries.space('Spaces-1')).toMatchObject({
      refetchInterval: 10_000,
      refetchIntervalInBackground: false,
    });
    expect(liveStatusQueries.summaries('Spaces-1')).toMatchObject({
      refetchInterval: 10_000,
      refetchIntervalInBackground: false,
    });
    expect(liveStatusQueries.application(app)).toMatchObject({
      refetchInterval: 5_000,
      refetchIntervalInBackground: false,
    });
  });
});

describe('query functions', () => {
  it('fetch and parse through the client they were made with', async () => {
    server.use(
      http.get(`*${apiPaths.space}`, () => HttpResponse.json({ Id: 'Spaces-1', Name: 'Default' })),
      http.get(`*${apiPaths.dashboard}`, () => HttpResponse.json(dashboardBody())),
      http.get(`*${apiPaths.untenantedLiveStatus}`, ({ request }) => {
        expect(new URL(request.url).searchParams.get('summaryOnly')).toBe('false');
        return HttpResponse.json(applicationLiveStatusBody(summaryBody({ Status: 'Progressing' })));
      }),
    );
    const space = await queryClient.query(createSpaceQueries(client).detail('Spaces-1'));
    const dashboard = await queryClient.query(createDashboardQueries(client).space('Spaces-1'));
    const live = await queryClient.query(createLiveStatusQueries(client).application(app));
    expect(space.Name).toBe('Default');
    expect(dashboard.Environments).toHaveLength(2);
    expect(live.Summary.Status).toBe('Progressing');
  });

  it('summaries fall back to the cells of the space dashboard', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () => new HttpResponse(null, { status: 404 })),
      http.get(`*${apiPaths.dashboard}`, () =>
        HttpResponse.json(
          dashboardBody([
            dashboardItemBody({ Id: 'a', EnvironmentId: 'Environments-1' }),
            dashboardItemBody({ Id: 'b', EnvironmentId: 'Environments-2' }),
          ]),
        ),
      ),
      http.get(`*${apiPaths.untenantedLiveStatus}`, ({ params }) => {
        asked.push(String(params.environmentId));
        return HttpResponse.json(applicationLiveStatusBody());
      }),
    );
    const result = await queryClient.query(createLiveStatusQueries(client).summaries('Spaces-1'));
    expect(asked.sort()).toEqual(['Environments-1', 'Environments-2']);
    expect(result.Summaries.map((entry) => entry.EnvironmentId)).toEqual([
      'Environments-1',
      'Environments-2',
    ]);
    expect(queryClient.getQueryData(dashboardQueries.space('Spaces-1').queryKey)).toBeDefined();
  });

  it('summaries use the cells given, without asking for the dashboard', async () => {
    let dashboardCalls = 0;
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () => new HttpResponse(null, { status: 404 })),
      http.get(`*${apiPaths.dashboard}`, () => {
        dashboardCalls++;
        return HttpResponse.json(dashboardBody());
      }),
      http.get(`*${apiPaths.tenantedLiveStatus}`, () =>
        HttpResponse.json(applicationLiveStatusBody()),
      ),
    );
    const result = await queryClient.query(
      createLiveStatusQueries(client).summaries('Spaces-1', [
        { projectId: 'Projects-1', environmentId: 'Environments-1', tenantId: 'Tenants-1' },
      ]),
    );
    expect(result.Summaries.map((entry) => entry.TenantId)).toEqual(['Tenants-1']);
    expect(dashboardCalls).toBe(0);
  });
});
