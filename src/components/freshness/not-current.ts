/**
 * When polled data stops being current: well past its polling interval, three intervals or the
 * interval and 20 s more, whichever is longer (a poll or two may fail, or be slow, without it).
 * Data that is not polled (a finished deployment's frozen snapshot) never turns.
 */
export function notCurrentAfterMs(pollIntervalMs: number | false): number {
  if (pollIntervalMs === false) return Number.POSITIVE_INFINITY;
  return Math.max(3 * pollIntervalMs, pollIntervalMs + 20_000);
}
