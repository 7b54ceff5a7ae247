import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import { getRelease } from '../endpoints/release';

export interface ReleaseIds {
  spaceId: string;
  releaseId: string;
}

export function createReleaseQueries(client: ApiClient) {
  const all = () => ['releases'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  return {
    all,
    inSpace,
    detail: ({ spaceId, releaseId }: ReleaseIds) =>
      queryOptions({
        queryKey: [...inSpace(spaceId), releaseId] as const,
        queryFn: ({ signal }) => getRelease(client, { spaceId, releaseId }, signal),
        // A release's version never changes once it is created.
        staleTime: Number.POSITIVE_INFINITY,
      }),
  };
}

export const releaseQueries = createReleaseQueries(apiClient);
