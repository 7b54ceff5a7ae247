const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const steps: readonly [limit: number, unit: string, size: number][] = [
  [HOUR, 'minute', MINUTE],
  [DAY, 'hour', HOUR],
  [30 * DAY, 'day', DAY],
  [365 * DAY, 'month', 30 * DAY],
  [Infinity, 'year', 365 * DAY],
];

/**
 * "just now", "3 minutes ago", "2 days ago", "in 5 minutes": how long ago `time` was at `now`.
 * Rounds down, so "1 hour ago" means at least an hour. Plain string building rather than
 * Intl.RelativeTimeFormat: a grid formats hundreds of these at a time, and the UI is English.
 */
export function formatRelativeTime(time: string | number | Date, now: number): string {
  const then = new Date(time).getTime();
  if (Number.isNaN(then)) return 'at an unknown time';
  const delta = now - then;
  const distance = Math.abs(delta);
  if (distance < 45 * SECOND) return 'just now';
  if (distance < MINUTE) return delta > 0 ? 'a minute ago' : 'in a minute';
  for (const [limit, unit, size] of steps) {
    if (distance < limit) {
      const count = Math.max(1, Math.floor(distance / size));
      const amount = `${count} ${unit}${count === 1 ? '' : 's'}`;
      return delta > 0 ? `${amount} ago` : `in ${amount}`;
    }
  }
  return 'at an unknown time';
}

const exactFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** "21 Nov 2026, 11:59:40 UTC": the exact time, in the viewer's time zone. */
export function formatExactTime(time: string | number | Date): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? 'an unknown time' : exactFormat.format(date);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "14:32:05": the time of day, in the viewer's time zone. */
export function formatClockTime(time: string | number | Date): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? 'an unknown time' : clockFormat.format(date);
}
