import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import { getDashboard } from '../endpoints/dashboard';
import type { LiveStatusSummaries } from '../contract';
import { getLiveStatusSummariesFromExtension } from '../endpoints/live-status-summaries';

export const DASHBOARD_REFETCH_INTERVAL_MS = 10_000;
export const LIVE_STATUS_SUMMARIES_REFETCH_INTERVAL_MS = 10_000;

/** The extension's summaries are polled; a missing extension (null) is not asked again. */
export function liveSummariesPollInterval(
  data: LiveStatusSummaries | null | undefined,
): number | false {
  return data === null ? false : LIVE_STATUS_SUMMARIES_REFETCH_INTERVAL_MS;
}

export function createDashboardQueries(client: ApiClient) {
  const all = () => ['dashboard'] as const;
  return {
    all,
    space: (spaceId: string) =>
      queryOptions({
        queryKey: [...all(), spaceId] as const,
        queryFn: ({ signal }) => getDashboard(client, { spaceId }, signal),
        refetchInterval: DASHBOARD_REFETCH_INTERVAL_MS,
        refetchIntervalInBackground: false,
      }),
    /**
     * Every cell's live summary from our summaries extension, in one request a poll; null when the
     * server lacks it (a real Octopus server: the dashboard then reads cells one by one, within its
     * request budget). Under the live status keys, so that invalidating a space's live status
     * reaches it. A missing extension is never asked again: the answer stays null until reload.
     */
    liveSummaries: (spaceId: string) =>
      queryOptions({
        queryKey: ['live-status', spaceId, 'summaries'] as const,
        queryFn: ({ signal }) => getLiveStatusSummariesFromExtension(client, { spaceId }, signal),
        refetchInterval: (query) => liveSummariesPollInterval(query.state.data),
        refetchIntervalInBackground: false,
      }),
  };
}

export const dashboardQueries = createDashboardQueries(apiClient);
