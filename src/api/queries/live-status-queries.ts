import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import type { ApplicationIds } from '../endpoints/application-ids';
import { getApplicationLiveStatus } from '../endpoints/application-live-status';

export const APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS = 5_000;

export function createLiveStatusQueries(client: ApiClient) {
  const all = () => ['live-status'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  return {
    all,
    /** Every live status query of a space (a key, for invalidation). */
    inSpace,
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
