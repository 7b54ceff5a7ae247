import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import { getDeployment } from '../endpoints/deployment';

export interface DeploymentIds {
  spaceId: string;
  deploymentId: string;
}

/** A deployment names its project, environment, tenant, release and task: none of that changes. */
export const DEPLOYMENT_STALE_TIME_MS = 5 * 60_000;

export function createDeploymentQueries(client: ApiClient) {
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
  };
}

export const deploymentQueries = createDeploymentQueries(apiClient);
