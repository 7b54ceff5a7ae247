import { isApiError } from './api-error';

export const MAX_QUERY_RETRIES = 3;

/**
 * For a QueryClient's `retry`: retries what may pass (network, timeout, 408, 429, 5xx) up to
 * three times; a 4xx or a body Periscope cannot read will not get better by asking again.
 */
export function shouldRetryApiQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!isApiError(error)) return true;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'invalid-body':
    case 'malformed-json':
      return false;
    case 'http':
      return (
        error.status === null || error.status === 408 || error.status === 429 || error.status >= 500
      );
  }
}

/** For a QueryClient's `retryDelay`: the server's `Retry-After` when it sent one, else backoff. */
export function apiQueryRetryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== null) return error.retryAfterSeconds * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
