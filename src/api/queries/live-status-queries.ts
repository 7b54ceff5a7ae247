import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import type { ApplicationIds } from '../endpoints/application-ids';
import { getApplicationLiveStatus } from '../endpoints/application-live-status';
import {
  getLiveStatusSummaries,
  liveStatusCellsFromDashboard,
  type LiveStatusCell,
} from '../endpoints/live-status-summaries';
import { createDashboardQueries } from './dashboard-queries';

export const LIVE_STATUS_SUMMARIES_REFETCH_INTERVAL_MS = 10_000;
export const APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS = 5_000;

export function createLiveStatusQueries(client: ApiClient) {
  const dashboardQueries = createDashboardQueries(client);
  const all = () => ['live-status'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  return {
    all,
    /** Every live status query of a space (a key, for invalidation). */
    inSpace,
    /**
     * One summary per dashboard cell. The cells only matter when the server lacks our summaries
     * endpoint; without `cells` they come from the space's dashboard query (cached, or fetched).
     */
    summaries: (spaceId: string, cells?: readonly LiveStatusCell[]) =>
      queryOptions({
        queryKey: [...inSpace(spaceId), 'summaries'] as const,
        queryFn: ({ signal, client: queryClient }) =>
          getLiveStatusSummaries(
            client,
            {
              spaceId,
              cells:
                cells ??
                (async () =>
                  liveStatusCellsFromDashboard(
                    // Whatever dashboard is cached (it polls on its own), else fetched now.
                    await queryClient.query({
                      ...dashboardQueries.space(spaceId),
                      staleTime: 'static',
                    }),
                  )),
            },
            signal,
          ),
        refetchInterval: LIVE_STATUS_SUMMARIES_REFETCH_INTERVAL_MS,
        refetchIntervalInBackground: false,
      }),
    /** The full live status of one application (project x environment x tenant). */
    application: ({ spaceId, projectId, environmentId, tenantId }: ApplicationIds) =>
      queryOptions({
        queryKey: [
          ...inSpace(spaceId),
          'application',
          projectId,
          environmentId,
          tenantId ?? 'untenanted',
        ] as const,
        queryFn: ({ signal }) =>
          getApplicationLiveStatus(client, { spaceId, projectId, environmentId, tenantId }, signal),
        refetchInterval: APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS,
        refetchIntervalInBackground: false,
      }),
  };
}

export const liveStatusQueries = createLiveStatusQueries(apiClient);
