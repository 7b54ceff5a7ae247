import { QueryClient } from '@tanstack/react-query';

/** How many times a failed query is tried again before its error is shown. */
const MAX_RETRIES = 1;

/**
 * True for an error that carries a 4xx HTTP status (the API client's errors expose `status`).
 * Asking again will not change the answer to a bad request, a missing object or a refused key.
 */
export function isClientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('status' in error)) return false;
  const { status } = error;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Retry once, except when the server has said the request itself is wrong (4xx). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && !isClientError(error);
}

/**
 * The app's query defaults. Polling intervals are not set here: each query's options set their
 * own, next to the endpoint they poll.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
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
