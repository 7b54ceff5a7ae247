import type { ApiClient } from '../client';
import type { ResourceDetail } from '../contract';
import { resourcePath, type ResourceIds } from './application-ids';

export function getResource(
  client: ApiClient,
  ids: ResourceIds,
  signal?: AbortSignal,
): Promise<ResourceDetail> {
  return client.get(resourcePath(ids, 'resource'), 'resourceDetail', { signal });
}
