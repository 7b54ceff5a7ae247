import { TimeProbe } from './time-probe';

/**
 * Caches a time-dependent computation: a result computed at `t` is reused for any later `t'`
 * before the first moment its probe said it could change.
 */
export class TimeCache<T> {
  private readonly entries = new Map<string, { from: number; until: number; value: T }>();

  get(key: string, now: number, compute: (probe: TimeProbe) => T): T {
    const entry = this.entries.get(key);
    if (entry && now >= entry.from && now < entry.until) return entry.value;
    const probe = new TimeProbe(now);
    const value = compute(probe);
    this.entries.set(key, { from: now, until: probe.validUntil, value });
    return value;
  }
}
