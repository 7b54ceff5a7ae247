import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../api-error';
import { createApiClient } from '../client';
import { apiPaths } from '../contract';
import { TEST_BASE_URL, applicationLiveStatusBody, summaryBody } from '../testing/fixtures';
import { setupTestServer } from '../testing/test-server';
import {
  getLiveStatusSummariesFromExtension,
  getLiveStatusSummary,
  isSummariesExtensionMissing,
  liveStatusCellKey,
} from './live-status-summaries';

const server = setupTestServer();
const newClient = () => createApiClient({ baseUrl: TEST_BASE_URL });

/** The summaries extension answers `status`, counting its calls. */
function extensionAnswers(status: number) {
  const stats = { calls: 0 };
  server.use(
    http.get(`*${apiPaths.liveStatusSummaries}`, () => {
      stats.calls++;
      return HttpResponse.json({ ErrorMessage: 'Not here' }, { status });
    }),
  );
  return stats;
}

describe('getLiveStatusSummariesFromExtension', () => {
  it('reads every summary in one request when the server has the extension', async () => {
    let calls = 0;
    server.use(
      http.get(`*${apiPaths.liveStatusSummaries}`, () => {
        calls++;
        return HttpResponse.json({
          Summaries: [
            {
              ProjectId: 'Projects-1',
              EnvironmentId: 'Environments-1',
              TenantId: null,
              Summary: summaryBody({ Status: 'Degraded' }),
            },
          ],
        });
      }),
    );
    const client = newClient();
    const first = await getLiveStatusSummariesFromExtension(client, { spaceId: 'Spaces-1' });
    await getLiveStatusSummariesFromExtension(client, { spaceId: 'Spaces-1' });
    expect(first?.Summaries.map((entry) => entry.Summary.Status)).toEqual(['Degraded']);
    expect(calls).toBe(2);
    expect(isSummariesExtensionMissing(client)).toBe(false);
  });

  for (const status of [404, 405, 501]) {
    it(`remembers for the session that the extension is missing (${status})`, async () => {
      const stats = extensionAnswers(status);
      const client = newClient();
      await expect(
        getLiveStatusSummariesFromExtension(client, { spaceId: 'Spaces-1' }),
      ).resolves.toBeNull();
      for (let poll = 0; poll < 5; poll++) {
        await expect(
          getLiveStatusSummariesFromExtension(client, { spaceId: 'Spaces-1' }),
        ).resolves.toBeNull();
      }
      expect(stats.calls).toBe(1);
      expect(isSummariesExtensionMissing(client)).toBe(true);
      // Another client (another server, or after a reload) asks again.
      await getLiveStatusSummariesFromExtension(newClient(), { spaceId: 'Spaces-1' });
      expect(stats.calls).toBe(2);
    });
  }

  it('rethrows any other error, and asks again next time', async () => {
    const stats = extensionAnswers(500);
    const client = newClient();
    for (let poll = 0; poll < 2; poll++) {
      const error: unknown = await getLiveStatusSummariesFromExtension(client, {
        spaceId: 'Spaces-1',
      }).catch((caught: unknown) => caught);
      expect(isApiError(error) && error.status).toBe(500);
    }
    expect(stats.calls).toBe(2);
    expect(isSummariesExtensionMissing(client)).toBe(false);
  });
});

describe('getLiveStatusSummary', () => {
  it('asks one cell with summaryOnly=true, untenanted or tenanted, and reads its Summary', async () => {
    const asked: string[] = [];
    const answer = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      asked.push(url.pathname + url.search);
      return HttpResponse.json(applicationLiveStatusBody(summaryBody({ Status: 'Missing' })));
    };
    server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, answer),
      http.get(`*${apiPaths.tenantedLiveStatus}`, answer),
    );
    const client = newClient();
    const cell = { projectId: 'Projects-2', environmentId: 'Environments-3', tenantId: null };
    const summary = await getLiveStatusSummary(client, { spaceId: 'Spaces-1', ...cell });
    await getLiveStatusSummary(client, { spaceId: 'Spaces-1', ...cell, tenantId: 'Tenants-4' });
    expect(summary.Status).toBe('Missing');
    expect(asked).toEqual([
      '/api/Spaces-1/projects/Projects-2/environments/Environments-3/untenanted/livestatus?summaryOnly=true',
      '/api/Spaces-1/projects/Projects-2/environments/Environments-3/tenants/Tenants-4/livestatus?summaryOnly=true',
    ]);
  });

  it('needs nothing but the Summary: whatever else the server sends is not read', async () => {
    server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () =>
        HttpResponse.json({
          MachineStatuses: 'not what a list looks like',
          Summary: summaryBody(),
        }),
      ),
    );
    const summary = await getLiveStatusSummary(newClient(), {
      spaceId: 'Spaces-1',
      projectId: 'Projects-1',
      environmentId: 'Environments-1',
      tenantId: null,
    });
    expect(summary.Status).toBe('Healthy');
  });

  it('fails with an ApiError that says why', async () => {
    server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () =>
        HttpResponse.json({ ErrorMessage: 'The monitor is down' }, { status: 503 }),
      ),
    );
    const error: unknown = await getLiveStatusSummary(newClient(), {
      spaceId: 'Spaces-1',
      projectId: 'Projects-1',
      environmentId: 'Environments-1',
      tenantId: null,
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.message).toMatch(/The monitor is down/);
  });
});

describe('liveStatusCellKey', () => {
  it('names a cell by project, environment and tenant', () => {
    expect(liveStatusCellKey({ projectId: 'P', environmentId: 'E', tenantId: null })).toBe('P|E|');
    expect(liveStatusCellKey({ projectId: 'P', environmentId: 'E', tenantId: 'T' })).toBe('P|E|T');
  });
});
