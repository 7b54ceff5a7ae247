/**
 * Starts the simulated Octopus server in the browser (Mock Service Worker). The world and the
 * scenario come from the page URL (`?world=large&scenario=...`); a reload restarts the scenario.
 */
export async function startSimulatedServer(): Promise<void> {
  // Implemented with the simulation: see mocks/handlers.ts.
  await Promise.resolve();
}
