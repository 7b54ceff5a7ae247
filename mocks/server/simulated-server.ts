import type { HttpHandler } from 'msw';
import { createHandlers } from './handlers';
import { scenarioByName, type Scenario } from './scenarios';
import { createDemoWorld } from '../worlds/demo/demo-world';
import { createLargeWorld } from '../worlds/large/large-world';
import { createSimulation, type Simulation } from '../octopus/simulation';
import type { World, WorldName } from '../worlds/world';

export const worldNames: readonly WorldName[] = ['demo', 'large'];

export function isWorldName(name: string): name is WorldName {
  return name === 'demo' || name === 'large';
}

const worldBuilders: Record<WorldName, (seed: number, scale: number) => World> = {
  demo: (seed) => createDemoWorld(seed),
  large: (seed, scale) => createLargeWorld(seed, { scale }),
};

export interface SimulatedServerOptions {
  world?: WorldName;
  scenario?: Scenario | string;
  seed?: number;
  /** The large world's size (see `createLargeWorld`); 1 by default. The demo world has one size. */
  scale?: number;
  /** The wall clock (epoch ms). The browser passes Date.now, so Playwright's clock drives it. */
  now: () => number;
}

export interface SimulatedServer {
  simulation: Simulation;
  scenario: Scenario;
  handlers: HttpHandler[];
  /** Virtual milliseconds since the scenario started. */
  elapsed: () => number;
  /** Moves virtual time forward (tests and the HTTP server's control endpoint). */
  advance: (milliseconds: number) => void;
}

/**
 * One simulated Octopus server: a world, a scenario and a clock. The scenario starts when this is
 * created; virtual time runs with the given clock, plus whatever `advance` adds.
 */
export function createSimulatedServer(options: SimulatedServerOptions): SimulatedServer {
  const scenario =
    typeof options.scenario === 'object' ? options.scenario : scenarioByName(options.scenario);
  const built = worldBuilders[options.world ?? 'demo'](options.seed ?? 1, options.scale ?? 1);
  const world = scenario.world ? scenario.world(built) : built;
  const startedAt = options.now();
  let offset = (scenario.startAtSeconds ?? 0) * 1000;
  const elapsed = () => options.now() - startedAt + offset;
  const simulation = createSimulation({ world, startedAt, elapsed });
  return {
    simulation,
    scenario,
    handlers: createHandlers(simulation, scenario),
    elapsed,
    advance: (milliseconds) => {
      offset += milliseconds;
    },
  };
}
