/**
 * The simulation's view of time. Every question about time ("has this happened yet?") goes
 * through a probe, which also records the next moment the answer would change. That makes
 * results cacheable: whatever was computed at `now` stays true until `validUntil`.
 */
export class TimeProbe {
  validUntil = Number.POSITIVE_INFINITY;

  constructor(
    /** Virtual milliseconds since the scenario started (negative = before it). */
    readonly now: number,
  ) {}

  /** True once `moment` has come. */
  reached(moment: number): boolean {
    if (moment > this.now) {
      this.validUntil = Math.min(this.validUntil, moment);
      return false;
    }
    return true;
  }

  /** How many whole `period`s have passed since `since` (0 before it). */
  periodsSince(since: number, period: number): number {
    if (!this.reached(since)) return 0;
    const count = Math.floor((this.now - since) / period);
    this.reached(since + (count + 1) * period);
    return count;
  }

  /** The latest of `moments` that has come, or null. */
  latestReached(moments: Iterable<number>): number | null {
    let latest: number | null = null;
    for (const moment of moments) {
      if (this.reached(moment) && (latest === null || moment > latest)) latest = moment;
    }
    return latest;
  }
}
