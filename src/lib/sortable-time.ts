/**
 * A timestamp as a number to sort by: milliseconds since the epoch, with a missing or unreadable
 * time sorting before every real one (oldest).
 */
export function sortableTime(value: string | null): number {
  const time = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
