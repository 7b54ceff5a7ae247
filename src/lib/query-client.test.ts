import { describe, expect, it } from 'vitest';
import { apiQueryRetryDelay, shouldRetryApiQuery } from '../api/query-retry';
import { createQueryClient } from './query-client';

describe('query client defaults', () => {
  it('uses the one retry policy, keeps data fresh for 5 seconds and refetches on window focus', () => {
    const defaults = createQueryClient().getDefaultOptions().queries;
    expect(defaults?.retry).toBe(shouldRetryApiQuery);
    expect(defaults?.retryDelay).toBe(apiQueryRetryDelay);
    expect(defaults?.staleTime).toBe(5_000);
    expect(defaults?.refetchOnWindowFocus).toBe(true);
  });
});
