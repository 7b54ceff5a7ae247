import { useSyncExternalStore } from 'react';
import { createTicker } from './ticker';

const ticker = createTicker(1000);
const { subscribe } = ticker;

/**
 * Whole seconds since `timestamp` (ISO-8601 text or epoch ms), brought up to date every second by
 * one shared timer; null without a timestamp. Only the component that shows it re-renders on each
 * tick.
 */
export function useSecondsSince(timestamp: string | number | null): number | null {
  const read = () => {
    if (timestamp === null) return null;
    const then = typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
    return Number.isNaN(then) ? null : Math.max(0, Math.floor((ticker.now() - then) / 1000));
  };
  return useSyncExternalStore(subscribe, read, read);
}

/** Whole seconds, rounded up, until `timestamp` (epoch ms), on the same ticker; 0 once past. */
export function useSecondsUntil(timestamp: number): number {
  const read = () => Math.max(0, Math.ceil((timestamp - ticker.now()) / 1000));
  return useSyncExternalStore(subscribe, read, read);
}
