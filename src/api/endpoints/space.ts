import type { ApiClient } from '../client';
import { apiPaths, buildPath, spaceSchema, type Space } from '../contract';
import type { SpaceIds } from './application-ids';

export function getSpace(
  client: ApiClient,
  { spaceId }: SpaceIds,
  signal?: AbortSignal,
): Promise<Space> {
  return client.get(buildPath(apiPaths.space, { spaceId }), spaceSchema, { signal });
}
