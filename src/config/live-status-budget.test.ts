import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIVE_STATUS_REQUESTS_PER_MINUTE,
  liveStatusBudgetFor,
  readLiveStatusBudget,
} from './live-status-budget';

describe('the live status request budget', () => {
  it('defaults to 300 requests a minute, each cell at most every 30 s', () => {
    const budget = readLiveStatusBudget({});
    expect(DEFAULT_LIVE_STATUS_REQUESTS_PER_MINUTE).toBe(300);
    expect(budget).toMatchObject({ requestsPerMinute: 300, refreshIntervalMs: 30_000 });
    expect(budget.burst).toBeGreaterThan(budget.offscreenReserve);
    expect(budget.burst).toBeLessThan(budget.requestsPerMinute);
  });

  it('reads VITE_LIVE_STATUS_REQUESTS_PER_MINUTE, and ignores a value it cannot use', () => {
    expect(readLiveStatusBudget({ VITE_LIVE_STATUS_REQUESTS_PER_MINUTE: '600' })).toMatchObject({
      requestsPerMinute: 600,
      burst: 60,
    });
    expect(readLiveStatusBudget({ VITE_LIVE_STATUS_REQUESTS_PER_MINUTE: 'lots' })).toMatchObject({
      requestsPerMinute: 300,
    });
    expect(readLiveStatusBudget({ VITE_LIVE_STATUS_REQUESTS_PER_MINUTE: '2' })).toMatchObject({
      requestsPerMinute: 300,
    });
    expect(readLiveStatusBudget(undefined).requestsPerMinute).toBe(300);
  });

  it('keeps a small budget usable: a burst of at least 2, below the minute’s total', () => {
    expect(liveStatusBudgetFor(10)).toMatchObject({ burst: 2, offscreenReserve: 1 });
  });
});
