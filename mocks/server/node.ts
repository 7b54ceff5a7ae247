import { setupServer } from 'msw/node';
import type { Scenario } from './scenarios';
import { createSimulatedServer } from './simulated-server';
import type { WorldName } from '../worlds/world';

/** A fixed wall-clock origin for tests, so timestamps are the same on every run. */
export const TEST_EPOCH = Date.parse('2026-11-21T12:00:00.000Z');

/**
 * The simulated server for Vitest (msw/node), on a manual clock: virtual time only moves when a
 * test calls `advanceSeconds`.
 */
export function createTestServer(
  /** `scale`: the large world's size (see `createLargeWorld`), 1 by default. */
  options: { world?: WorldName; scenario?: Scenario | string; scale?: number } = {},
) {
  let now = TEST_EPOCH;
  const simulated = createSimulatedServer({ ...options, now: () => now });
  const server = setupServer(...simulated.handlers);
  return {
    server,
    simulation: simulated.simulation,
    advanceSeconds(seconds: number) {
      now += seconds * 1000;
    },
    elapsedSeconds: () => simulated.elapsed() / 1000,
  };
}

export { absentIds, demo, type Landmark, type LandmarkName } from '../worlds/demo/landmarks';
