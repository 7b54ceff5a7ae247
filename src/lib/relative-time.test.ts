import { describe, expect, it } from 'vitest';
import { formatExactTime, formatRelativeTime } from './relative-time';

const now = Date.parse('2026-11-21T12:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [30_000, 'just now'],
    [50_000, 'a minute ago'],
    [3 * 60_000, '3 minutes ago'],
    [59 * 60_000, '59 minutes ago'],
    [60 * 60_000, '1 hour ago'],
    [5 * 3_600_000, '5 hours ago'],
    [4 * 86_400_000, '4 days ago'],
    [45 * 86_400_000, '1 month ago'],
    [400 * 86_400_000, '1 year ago'],
  ])('%i ms ago reads "%s"', (ms, expected) => {
    expect(formatRelativeTime(ago(ms), now)).toBe(expected);
  });

  it('says when a time is in the future (a clock ahead of ours)', () => {
    expect(formatRelativeTime(ago(-10 * 60_000), now)).toBe('in 10 minutes');
  });

  it('does not throw on a time it cannot read', () => {
    expect(formatRelativeTime('not a time', now)).toBe('at an unknown time');
    expect(formatExactTime('not a time')).toBe('an unknown time');
  });
});

describe('formatExactTime', () => {
  it('gives the date, the time to the second and the zone', () => {
    expect(formatExactTime('2026-11-21T11:59:40.000Z')).toMatch(/21 Nov 2026.*\d\d:\d\d:\d\d/);
  });
});
