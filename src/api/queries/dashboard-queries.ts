import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import { getDashboard } from '../endpoints/dashboard';

export const DASHBOARD_REFETCH_INTERVAL_MS = 10_000;

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
  };
}

export const dashboardQueries = createDashboardQueries(apiClient);
