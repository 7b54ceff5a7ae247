import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import type { Dashboard } from '../contract';
import { getDeployment } from '../endpoints/deployment';
import { createDashboardQueries } from './dashboard-queries';

export interface DeploymentIds {
  spaceId: string;
  deploymentId: string;
}

/** A deployment names its project, environment, tenant, release and task: none of that changes. */
export const DEPLOYMENT_STALE_TIME_MS = 5 * 60_000;

/** Names by id, for a deployment's project, environment and tenant. */
export interface SpaceNames {
  projects: Readonly<Record<string, string>>;
  environments: Readonly<Record<string, string>>;
  tenants: Readonly<Record<string, string>>;
}

const byId = (entries: readonly { Id: string; Name: string }[]) =>
  Object.fromEntries(entries.map(({ Id, Name }) => [Id, Name]));

export function spaceNamesFromDashboard(dashboard: Dashboard): SpaceNames {
  return {
    projects: byId(dashboard.Projects),
    environments: byId(dashboard.Environments),
    tenants: byId(dashboard.Tenants),
  };
}

export function createDeploymentQueries(client: ApiClient) {
  const dashboardQueries = createDashboardQueries(client);
  const all = () => ['deployments'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  return {
    all,
    /** Every deployment query of a space (a key, for invalidation). */
    inSpace,
    detail: ({ spaceId, deploymentId }: DeploymentIds) =>
      queryOptions({
        queryKey: [...inSpace(spaceId), deploymentId] as const,
        queryFn: ({ signal }) => getDeployment(client, { spaceId, deploymentId }, signal),
        staleTime: DEPLOYMENT_STALE_TIME_MS,
      }),
    /**
     * The names a deployment page shows for its ids. The API has no project or environment
     * endpoint here; the space dashboard names them all, so this reads whatever dashboard is
     * cached (it polls on its own on the dashboard page) or fetches it once. It does not poll.
     */
    names: (spaceId: string) =>
      queryOptions({
        queryKey: [...inSpace(spaceId), 'names'] as const,
        queryFn: async ({ client: queryClient }) =>
          spaceNamesFromDashboard(
            await queryClient.query({ ...dashboardQueries.space(spaceId), staleTime: 'static' }),
          ),
        staleTime: DEPLOYMENT_STALE_TIME_MS,
      }),
  };
}

export const deploymentQueries = createDeploymentQueries(apiClient);
