import { useSyncExternalStore } from 'react';
import { createTicker } from './ticker';

/** How often relative times ("3 minutes ago") are brought up to date. */
export const NOW_TICK_MS = 15_000;

const ticker = createTicker(NOW_TICK_MS);
const { subscribe } = ticker;

const getNow = ticker.now;

/**
 * The current time, refreshed every NOW_TICK_MS by one shared timer however many components
 * use it. Pass `select` to derive a value (a formatted "3 minutes ago"): the component then
 * re-renders only when that value changes, not on every tick.
 */
export function useNow(): number;
export function useNow<T extends string | number | boolean>(select: (now: number) => T): T;
export function useNow<T>(select?: (now: number) => T): T | number {
  return useSyncExternalStore(
    subscribe,
    () => (select ? select(getNow()) : getNow()),
    () => (select ? select(getNow()) : getNow()),
  );
}
