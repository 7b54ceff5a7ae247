import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { apiPaths, applicationLiveStatusSchema, dashboardSchema } from '../contract';
import {
  TEST_BASE_URL,
  applicationLiveStatusBody,
  dashboardBody,
  summaryBody,
} from '../testing/fixtures';
import { setupTestServer } from '../testing/test-server';
import {
  createDashboardQueries,
  dashboardQueries,
  liveSummariesPollInterval,
} from './dashboard-queries';
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
    expect(dashboardQueries.liveSummaries('Spaces-1').queryKey).toEqual([
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
    const live = dashboardQueries.liveSummaries('Spaces-1');
    queryClient.setQueryData(one.queryKey, dashboard);
    queryClient.setQueryData(two.queryKey, dashboard);
    queryClient.setQueryData(live.queryKey, null);
    await queryClient.invalidateQueries({ queryKey: dashboardQueries.all(), refetchType: 'none' });
    expect(queryClient.getQueryState(one.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(two.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(live.queryKey)?.isInvalidated).toBe(false);
  });

  it('invalidating one space of live status leaves the other spaces alone', async () => {
    const summaries = dashboardQueries.liveSummaries('Spaces-1');
    const application = liveStatusQueries.application(app);
    const elsewhere = dashboardQueries.liveSummaries('Spaces-2');
    for (const key of [summaries.queryKey, elsewhere.queryKey]) {
      queryClient.setQueryData(key, null);
    }
    queryClient.setQueryData(
      application.queryKey,
      applicationLiveStatusSchema.parse(applicationLiveStatusBody()),
    );
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
    expect(dashboardQueries.liveSummaries('Spaces-1')).toMatchObject({
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

  it('live summaries come from the extension, polled every 10 s', async () => {
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () => HttpResponse.json({ Summaries: [] })),
    );
    const options = createDashboardQueries(client).liveSummaries('Spaces-1');
    const data = await queryClient.query(options);
    expect(data).toEqual({ Summaries: [] });
    expect(liveSummariesPollInterval(data)).toBe(10_000);
    expect(liveSummariesPollInterval(undefined)).toBe(10_000);
  });

  it('live summaries are null on a server without the extension, never polled or asked again', async () => {
    let extensionCalls = 0;
    let cellCalls = 0;
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () => {
        extensionCalls++;
        return new HttpResponse(null, { status: 404 });
      }),
      http.get(`*${apiPaths.untenantedLiveStatus}`, () => {
        cellCalls++;
        return HttpResponse.json(applicationLiveStatusBody());
      }),
    );
    const ownClient = createApiClient({ baseUrl: TEST_BASE_URL });
    const options = createDashboardQueries(ownClient).liveSummaries('Spaces-1');
    const data = await queryClient.query(options);
    expect(data).toBeNull();
    expect(liveSummariesPollInterval(data)).toBe(false);
    await queryClient.refetchQueries({ queryKey: options.queryKey });
    await expect(queryClient.query({ ...options, staleTime: 0 })).resolves.toBeNull();
    expect(extensionCalls).toBe(1);
    // Reading cells one by one is the dashboard's scheduler's job, not this query's.
    expect(cellCalls).toBe(0);
  });
});
