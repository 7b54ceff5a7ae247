import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Space } from '../contract';
import type { SpaceIds } from './application-ids';

export function getSpace(
  client: ApiClient,
  { spaceId }: SpaceIds,
  signal?: AbortSignal,
): Promise<Space> {
  return client.get(buildPath(apiPaths.space, { spaceId }), 'space', { signal });
}
