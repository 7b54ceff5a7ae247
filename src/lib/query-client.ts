import { QueryClient } from '@tanstack/react-query';
import { apiQueryRetryDelay, shouldRetryApiQuery } from '../api/query-retry';

/**
 * The app's query defaults: the one retry policy (`api/query-retry.ts`). Polling intervals are not
 * set here: each query's options set their own, next to the endpoint they poll.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryApiQuery,
        retryDelay: apiQueryRetryDelay,
        staleTime: 5_000,
        refetchOnWindowFocus: true,
      },
      mutations: {
        retry: false,
      },
    },
  });
}

/** The one query client of the running app (tests create their own with `createQueryClient`). */
export const queryClient = createQueryClient();
