import { isApiError } from '../api-error';
import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { LiveStatusSummaries, LiveStatusSummary } from '../contract';
import { applicationLiveStatusPath, type SpaceIds } from './application-ids';

/** One dashboard cell: a project in an environment, for a tenant or untenanted. */
export interface LiveStatusCell {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/** A cell's key, as the dashboard's model names its cells. */
export function liveStatusCellKey({ projectId, environmentId, tenantId }: LiveStatusCell): string {
  return `${projectId}|${environmentId}|${tenantId ?? ''}`;
}

/** A server without the extension answers 404 (or says it does not implement the route). */
export function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && [404, 405, 501].includes(error.status ?? 0);
}

/** The clients whose server lacks the summaries extension: asked once, remembered until reload. */
const withoutExtension = new WeakSet<ApiClient>();

/** Whether this client's server is known to lack the summaries extension. */
export function isSummariesExtensionMissing(client: ApiClient): boolean {
  return withoutExtension.has(client);
}

/** Forgets what was learnt about the extension (for tests). */
export function forgetSummariesExtension(client: ApiClient): void {
  withoutExtension.delete(client);
}

/**
 * Our extension endpoint (`GET /api/{spaceId}/livestatus/summaries`): one summary per project x
 * environment (x tenant) in one request. A real Octopus server does not have it. The first
 * 404, 405 or 501 is remembered for the rest of the session: from then on this resolves to null
 * at once, asking the server nothing, and the dashboard reads cells one by one instead.
 */
export async function getLiveStatusSummariesFromExtension(
  client: ApiClient,
  { spaceId }: SpaceIds,
  signal?: AbortSignal,
): Promise<LiveStatusSummaries | null> {
  if (withoutExtension.has(client)) return null;
  try {
    return await client.get(
      buildPath(apiPaths.liveStatusSummaries, { spaceId }),
      'liveStatusSummaries',
      { signal },
    );
  } catch (error) {
    if (!isMissingEndpoint(error)) throw error;
    withoutExtension.add(client);
    return null;
  }
}

/** One cell's live status summary: `GET .../livestatus?summaryOnly=true`, as a real server has. */
export async function getLiveStatusSummary(
  client: ApiClient,
  { spaceId, ...cell }: SpaceIds & LiveStatusCell,
  signal?: AbortSignal,
): Promise<LiveStatusSummary> {
  const body = await client.get(
    applicationLiveStatusPath({ spaceId, ...cell }),
    'liveStatusSummaryOnly',
    { signal, query: { summaryOnly: true } },
  );
  return body.Summary;
}
