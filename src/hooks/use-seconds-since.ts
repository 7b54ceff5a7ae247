import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    // The clock stood still while nobody watched: bring it up to date for the newcomer.
    now = Date.now();
    listener();
    timer = setInterval(() => {
      now = Date.now();
      for (const each of listeners) each();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * Whole seconds since `timestamp` (ISO-8601 text or epoch ms), brought up to date every second by
 * one shared timer; null without a timestamp. Only the component that shows it re-renders on each
 * tick.
 */
export function useSecondsSince(timestamp: string | number | null): number | null {
  const read = () => {
    if (timestamp === null) return null;
    const then = typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
    return Number.isNaN(then) ? null : Math.max(0, Math.floor((now - then) / 1000));
  };
  return useSyncExternalStore(subscribe, read, read);
}

/** Whole seconds, rounded up, until `timestamp` (epoch ms), on the same ticker; 0 once past. */
export function useSecondsUntil(timestamp: number): number {
  const read = () => Math.max(0, Math.ceil((timestamp - now) / 1000));
  return useSyncExternalStore(subscribe, read, read);
}
