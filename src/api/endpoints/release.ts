import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Release } from '../contract';
import type { SpaceIds } from './application-ids';

export function getRelease(
  client: ApiClient,
  { spaceId, releaseId }: SpaceIds & { releaseId: string },
  signal?: AbortSignal,
): Promise<Release> {
  return client.get(buildPath(apiPaths.release, { spaceId, releaseId }), 'release', { signal });
}
