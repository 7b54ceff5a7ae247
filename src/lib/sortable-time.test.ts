import { describe, expect, it } from 'vitest';
import { sortableTime } from './sortable-time';

describe('sortableTime', () => {
  it('reads an Octopus timestamp, offset and seven fractional digits included', () => {
    expect(sortableTime('2026-11-21T10:00:00.1234567+00:00')).toBe(
      Date.parse('2026-11-21T10:00:00.123Z'),
    );
  });

  it('puts a missing or unreadable time before every real one', () => {
    const times = ['2026-11-21T10:00:00Z', null, 'yesterday', '1970-01-01T00:00:00Z'];
    expect([...times].sort((a, b) => sortableTime(a) - sortableTime(b))).toEqual([
      null,
      'yesterday',
      '1970-01-01T00:00:00Z',
      '2026-11-21T10:00:00Z',
    ]);
  });
});
