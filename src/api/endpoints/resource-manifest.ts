import type { ApiClient } from '../client';
import type { ResourceManifest } from '../contract';
import { resourcePath, type ResourceIds } from './application-ids';

export function getResourceManifest(
  client: ApiClient,
  ids: ResourceIds,
  signal?: AbortSignal,
): Promise<ResourceManifest> {
  return client.get(resourcePath(ids, 'manifest'), 'resourceManifest', { signal });
}
