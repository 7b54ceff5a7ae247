import { describe, expect, it } from 'vitest';
import { formatClockTime, formatElapsed, taskDuration } from './task-timing';

const at = (time: string) => Date.parse(time);

describe('task timing', () => {
  it('writes durations the way Octopus does', () => {
    expect(formatElapsed(0)).toBe('0s');
    expect(formatElapsed(45_900)).toBe('45s');
    expect(formatElapsed(75_000)).toBe('1m 15s');
    expect(formatElapsed(2 * 3600_000 + 3 * 60_000)).toBe('2h 3m');
    expect(formatElapsed(-5_000)).toBe('0s');
  });

  it('ticks while the task runs and stops when it completes', () => {
    const running = {
      StartTime: '2026-11-21T12:00:00.000Z',
      CompletedTime: null,
      Duration: '5s',
    };
    expect(taskDuration(running, at('2026-11-21T12:00:20.000Z'))).toBe('20s');
    expect(taskDuration(running, at('2026-11-21T12:01:30.000Z'))).toBe('1m 30s');
    const done = { ...running, CompletedTime: '2026-11-21T12:01:15.000Z' };
    expect(taskDuration(done, at('2026-11-21T13:00:00.000Z'))).toBe('1m 15s');
  });

  it('has no duration before the start, and falls back to the server when times are odd', () => {
    expect(taskDuration({ StartTime: null, CompletedTime: null, Duration: null }, 0)).toBeNull();
    expect(taskDuration({ StartTime: 'soon', CompletedTime: null, Duration: '3s' }, 0)).toBe('3s');
  });

  it('shows a log time as a time of day', () => {
    expect(formatClockTime('2026-11-21T12:00:37.000Z')).toMatch(/^\d\d:\d\d:37$/);
    expect(formatClockTime('nonsense')).toBe('--:--:--');
  });
});
