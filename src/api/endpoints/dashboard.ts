import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Dashboard } from '../contract';
import type { SpaceIds } from './application-ids';

export function getDashboard(
  client: ApiClient,
  { spaceId }: SpaceIds,
  signal?: AbortSignal,
): Promise<Dashboard> {
  return client.get(buildPath(apiPaths.dashboard, { spaceId }), 'dashboard', { signal });
}
