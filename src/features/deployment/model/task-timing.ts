import type { Task } from '../../../api/contract';

/** "1m 15s", "45s", "2h 3m": the way Octopus writes a task's duration. */
export function formatElapsed(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${seconds}s`;
  return `${seconds}s`;
}

/**
 * How long the task has run: from its start to its completion, or to `now` while it runs (so the
 * duration ticks). Falls back to the server's own text when the times do not say; null before
 * it starts.
 */
export function taskDuration(
  task: Pick<Task, 'StartTime' | 'CompletedTime' | 'Duration'>,
  now: number,
): string | null {
  if (task.StartTime === null) return null;
  const start = Date.parse(task.StartTime);
  const end = task.CompletedTime === null ? now : Date.parse(task.CompletedTime);
  if (Number.isNaN(start) || Number.isNaN(end)) return task.Duration;
  return formatElapsed(end - start);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "12:00:37": a log line's time of day, in the viewer's time zone. */
export function formatClockTime(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '--:--:--' : clockFormat.format(date);
}
