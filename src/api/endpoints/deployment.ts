import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Deployment } from '../contract';
import type { SpaceIds } from './application-ids';

export function getDeployment(
  client: ApiClient,
  { spaceId, deploymentId }: SpaceIds & { deploymentId: string },
  signal?: AbortSignal,
): Promise<Deployment> {
  return client.get(buildPath(apiPaths.deployment, { spaceId, deploymentId }), 'deployment', {
    signal,
  });
}
