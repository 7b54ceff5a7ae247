import { dashboardSchema, liveStatusSummariesSchema } from '../../../api/contract';
import type { Dashboard, LiveStatusSummaries } from '../../../api/contract';
import { createTestServer } from '../../../../mocks/server/node';

export interface DemoPayloads {
  dashboard: Dashboard;
  summaries: LiveStatusSummaries;
}

/**
 * The simulated server's dashboard and live summaries, parsed by the client's schemas: the
 * model's unit tests run on the same payloads the app gets. `atSeconds` moves the story on.
 */
export async function demoPayloads(
  options: { world?: 'demo' | 'large'; atSeconds?: number } = {},
): Promise<DemoPayloads> {
  const simulated = createTestServer({ world: options.world ?? 'demo' });
  const { server } = simulated;
  server.listen({ onUnhandledRequest: 'error' });
  try {
    simulated.advanceSeconds(options.atSeconds ?? 0);
    const get = async (path: string) => {
      const response = await fetch(`http://periscope.test${path}`);
      return (await response.json()) as unknown;
    };
    return {
      dashboard: dashboardSchema.parse(await get('/api/Spaces-1/dashboard')),
      summaries: liveStatusSummariesSchema.parse(await get('/api/Spaces-1/livestatus/summaries')),
    };
  } finally {
    server.close();
  }
}
