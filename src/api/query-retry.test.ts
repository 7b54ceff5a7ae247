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

describe('shouldRetryApiQuery', () => {
  it.each([
    [error('network'), true],
    [error('timeout'), true],
    [error('http', 503), true],
    [error('http', 429, 5), true],
    [error('http', 408), true],
    [error('http', 404), false],
    [error('http', 401), false],
    [error('invalid-body'), false],
    [error('malformed-json'), false],
    [new Error('anything else'), true],
  ])('%s -> %s', (failure, expected) => {
    expect(shouldRetryApiQuery(0, failure)).toBe(expected);
  });

  it('stops after three retries', () => {
    expect(shouldRetryApiQuery(2, error('network'))).toBe(true);
    expect(shouldRetryApiQuery(3, error('network'))).toBe(false);
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
