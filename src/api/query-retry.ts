import { isApiError } from './api-error';

/**
 * The one retry policy of the app's queries (the QueryClient's defaults use it; a query that
 * shows its own Retry, such as an events session, turns retries off). Asking again helps only
 * when the failure was the way there, not the question:
 *
 * - Unreachable server, 408, 502, 503, 504: up to three more tries, backing off 1 s, 2 s, 4 s.
 * - 429: up to three more tries, each after the server's `Retry-After` (the client has already
 *   paused every request for it, see `request-gate.ts`).
 * - 500 and other 5xx: one more try (a server bug rarely passes in a second).
 * - A timeout: none. The request already waited its whole timeout; the page says so with Retry,
 *   and a polled query asks again at its next interval anyway.
 * - 4xx, and a body Periscope cannot read: none. The answer will be the same.
 *
 * While the browser is offline, TanStack Query holds retries and resumes them when it is back.
 */
export const MAX_QUERY_RETRIES = 3;

/** How many more tries a failure earns, all told. */
function retriesFor(error: unknown): number {
  if (!isApiError(error)) return 1;
  switch (error.kind) {
    case 'network':
      return MAX_QUERY_RETRIES;
    case 'timeout':
    case 'invalid-body':
    case 'malformed-json':
      return 0;
    case 'http': {
      const { status } = error;
      if (status === null) return 1;
      if ([408, 429, 502, 503, 504].includes(status)) return MAX_QUERY_RETRIES;
      return status >= 500 ? 1 : 0;
    }
  }
}

/** For a QueryClient's `retry`: `failureCount` failures so far (0 after the first). */
export function shouldRetryApiQuery(failureCount: number, error: unknown): boolean {
  return failureCount < retriesFor(error);
}

/** For a QueryClient's `retryDelay`: the server's `Retry-After` when it sent one, else backoff. */
export function apiQueryRetryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== null) return error.retryAfterSeconds * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
