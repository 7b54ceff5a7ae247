import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from './api-error';
import { apiQueryRetryDelay, shouldRetryApiQuery } from './query-retry';
import { parseRetryAfter } from './retry-after';
import { formatIssuePath } from './issue-path';

function error(
  kind: ApiErrorKind,
  status: number | null = null,
  retryAfterSeconds: number | null = null,
) {
  return new ApiError({ kind, status, retryAfterSeconds, path: '/api/x', message: 'x' });
}

describe('shouldRetryApiQuery: the one retry policy', () => {
  /** How many retries a failure gets: the first failureCount for which it says no. */
  const retries = (failure: unknown) => {
    let count = 0;
    while (shouldRetryApiQuery(count, failure) && count < 10) count++;
    return count;
  };

  it.each([
    ['an unreachable server', error('network'), 3],
    ['408', error('http', 408), 3],
    ['429 with Retry-After', error('http', 429, 5), 3],
    ['502', error('http', 502), 3],
    ['503', error('http', 503), 3],
    ['504', error('http', 504), 3],
    ['500', error('http', 500), 1],
    ['an HTTP error without a status', error('http'), 1],
    ['something that is not an API error', new Error('anything else'), 1],
    ['a timeout (the page offers Retry, polls ask again)', error('timeout'), 0],
    ['400', error('http', 400), 0],
    ['401', error('http', 401), 0],
    ['403', error('http', 403), 0],
    ['404', error('http', 404), 0],
    ['an invalid body', error('invalid-body'), 0],
    ['malformed JSON', error('malformed-json'), 0],
  ])('%s: %i retries', (_name, failure, expected) => {
    expect(retries(failure)).toBe(expected);
  });
});

describe('apiQueryRetryDelay', () => {
  it('waits what the server asked, else backs off exponentially up to 30 s', () => {
    expect(apiQueryRetryDelay(0, error('http', 429, 5))).toBe(5000);
    expect(apiQueryRetryDelay(0, error('network'))).toBe(1000);
    expect(apiQueryRetryDelay(2, error('network'))).toBe(4000);
    expect(apiQueryRetryDelay(10, error('network'))).toBe(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');
  it.each([
    ['5', 5],
    [' 1.5 ', 1.5],
    ['Sat, 21 Nov 2026 10:00:04 GMT', 4],
    ['Sat, 21 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});

describe('formatIssuePath', () => {
  it('writes paths the way people read them', () => {
    expect(formatIssuePath(['Items', 3, 'State'])).toBe('Items[3].State');
    expect(formatIssuePath([0, 'Name'])).toBe('[0].Name');
    expect(formatIssuePath(['Labels', 'app.kubernetes.io/name'])).toBe(
      'Labels["app.kubernetes.io/name"]',
    );
    expect(formatIssuePath([])).toBeNull();
  });
});
