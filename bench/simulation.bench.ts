import { bench, describe } from 'vitest';
import { createDemoWorld } from '../mocks/worlds/demo/demo-world';
import { createLargeWorld } from '../mocks/worlds/large/large-world';
import { createSimulation } from '../mocks/octopus/simulation';

/**
 * What one poll costs the simulated server (it runs in a Web Worker in the browser, so this is
 * the wait, not main-thread work). Compare the rows of one run with each other, not with runs on
 * another machine.
 */
const EPOCH = Date.parse('2026-11-21T12:00:00.000Z');

function simulationAt(world: ReturnType<typeof createDemoWorld>) {
  let time = 0;
  const simulation = createSimulation({ world, startedAt: EPOCH, elapsed: () => time });
  simulation.liveStatusSummaries();
  return {
    simulation,
    tick: () => {
      time += 1000;
    },
  };
}

const demo = simulationAt(createDemoWorld());
const large = simulationAt(createLargeWorld());
const fleet = { projectId: 'Projects-1', environmentId: 'Environments-8', tenantId: null };
large.simulation.applicationLiveStatus(fleet, false);

describe('one poll of the simulated server, 1 s of virtual time apart', () => {
  bench('demo world: dashboard live summaries', () => {
    demo.tick();
    demo.simulation.liveStatusSummaries();
  });
  bench('large world: dashboard live summaries (~4,800 cells)', () => {
    large.tick();
    large.simulation.liveStatusSummaries();
  });
  bench('large world: the 5,000-object application', () => {
    large.tick();
    large.simulation.applicationLiveStatus(fleet, false);
  });
});
