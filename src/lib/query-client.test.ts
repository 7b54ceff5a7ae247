import { describe, expect, it } from 'vitest';
import { createQueryClient, isClientError, shouldRetry } from './query-client';

describe('query client defaults', () => {
  it('retries a server or network failure once', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, Object.assign(new Error('Bad gateway'), { status: 502 }))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('does not retry a 4xx answer', () => {
    for (const status of [400, 401, 403, 404, 499]) {
      const error = Object.assign(new Error('Client error'), { status });
      expect(isClientError(error)).toBe(true);
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  it('reads only numeric statuses as client errors', () => {
    expect(isClientError({ status: '404' })).toBe(false);
    expect(isClientError(null)).toBe(false);
    expect(isClientError('404')).toBe(false);
    expect(isClientError({ status: 500 })).toBe(false);
  });

  it('keeps data fresh for 5 seconds and refetches on window focus', () => {
    const defaults = createQueryClient().getDefaultOptions().queries;
    expect(defaults?.staleTime).toBe(5_000);
    expect(defaults?.refetchOnWindowFocus).toBe(true);
    expect(defaults?.retry).toBe(shouldRetry);
  });
});
