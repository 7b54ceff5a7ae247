import { describe, expect, it } from 'vitest';
import { TimeCache } from './time-cache';
import { TimeProbe } from './time-probe';

describe('TimeProbe', () => {
  it('answers whether a moment has come, and remembers the next moment an answer changes', () => {
    const probe = new TimeProbe(1_000);
    expect(probe.validUntil).toBe(Number.POSITIVE_INFINITY);
    expect(probe.reached(500)).toBe(true);
    expect(probe.reached(1_000)).toBe(true);
    expect(probe.validUntil).toBe(Number.POSITIVE_INFINITY);
    expect(probe.reached(4_000)).toBe(false);
    expect(probe.reached(2_500)).toBe(false);
    expect(probe.validUntil).toBe(2_500);
  });

  it('counts whole periods since a moment, valid until the next one', () => {
    const probe = new TimeProbe(10_500);
    expect(probe.periodsSince(0, 3_000)).toBe(3);
    expect(probe.validUntil).toBe(12_000);
    const before = new TimeProbe(-100);
    expect(before.periodsSince(0, 3_000)).toBe(0);
    expect(before.validUntil).toBe(0);
  });

  it('finds the latest moment that has come', () => {
    const probe = new TimeProbe(5_000);
    expect(probe.latestReached([1_000, 4_000, 6_000, 3_000])).toBe(4_000);
    expect(probe.validUntil).toBe(6_000);
    expect(new TimeProbe(0).latestReached([1, 2])).toBeNull();
  });
});

describe('TimeCache', () => {
  it('reuses a result until the first moment its probe said it could change', () => {
    const cache = new TimeCache<string>();
    let computed = 0;
    const compute = (probe: TimeProbe) => {
      computed++;
      return probe.reached(10_000) ? 'after' : 'before';
    };
    expect(cache.get('app', 1_000, compute)).toBe('before');
    expect(cache.get('app', 9_999, compute)).toBe('before');
    expect(computed).toBe(1);
    expect(cache.get('app', 10_000, compute)).toBe('after');
    expect(computed).toBe(2);
    // Asked about an earlier moment than it was computed for: computed again.
    expect(cache.get('app', 2_000, compute)).toBe('before');
    expect(computed).toBe(3);
    // Each key on its own.
    expect(cache.get('other', 2_000, compute)).toBe('before');
    expect(computed).toBe(4);
  });
});
