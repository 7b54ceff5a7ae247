import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import { getSpace } from '../endpoints/space';

export function createSpaceQueries(client: ApiClient) {
  const all = () => ['space'] as const;
  return {
    all,
    detail: (spaceId: string) =>
      queryOptions({
        queryKey: [...all(), spaceId] as const,
        queryFn: ({ signal }) => getSpace(client, { spaceId }, signal),
        // A space's name hardly changes while the page is open.
        staleTime: 5 * 60_000,
      }),
  };
}

export const spaceQueries = createSpaceQueries(apiClient);
