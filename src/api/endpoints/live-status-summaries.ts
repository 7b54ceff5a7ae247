import { mapWithConcurrency } from '../../lib/map-with-concurrency';
import { isApiError } from '../api-error';
import type { ApiClient } from '../client';
import {
  apiPaths,
  buildPath,
  liveStatusSummariesSchema,
  type Dashboard,
  type LiveStatusSummaries,
  type LiveStatusSummary,
} from '../contract';
import type { SpaceIds } from './application-ids';
import { getApplicationLiveStatus } from './application-live-status';

/** One dashboard cell: a project in an environment, for a tenant or untenanted. */
export interface LiveStatusCell {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/** The cells to summarise, or a way to get them (only called when the fallback needs them). */
export type LiveStatusCellSource =
  | readonly LiveStatusCell[]
  | (() => readonly LiveStatusCell[] | Promise<readonly LiveStatusCell[]>);

export interface LiveStatusSummariesParams extends SpaceIds {
  cells: LiveStatusCellSource;
  /** Live status calls in flight at once in the fallback. Default 6. */
  concurrency?: number;
}

export const SUMMARIES_FALLBACK_CONCURRENCY = 6;

/** The summary of a cell whose live status could not be read. */
export const unknownLiveStatusSummary: LiveStatusSummary = {
  Status: 'Unknown',
  HealthStatus: 'Unknown',
  SyncStatus: 'Unknown',
  SyncStatusMessage: null,
  LastUpdated: null,
};

/** Our extension endpoint, as it is: one summary per project x environment (x tenant). */
export function fetchLiveStatusSummariesExtension(
  client: ApiClient,
  { spaceId }: SpaceIds,
  signal?: AbortSignal,
): Promise<LiveStatusSummaries> {
  return client.get(
    buildPath(apiPaths.liveStatusSummaries, { spaceId }),
    liveStatusSummariesSchema,
    {
      signal,
    },
  );
}

/** A server without the extension answers 404 (or says it does not implement the route). */
function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && [404, 405, 501].includes(error.status ?? 0);
}

/**
 * The dashboard's live summaries. Asks our extension endpoint first; a real Octopus server keeps
 * the equivalent private, so when it is absent this falls back to one `summaryOnly=true` live
 * status call per cell, `concurrency` at a time. A cell whose call fails gets the Unknown
 * summary and the rest carry on; an abort of `signal` stops everything and rethrows it.
 */
export async function getLiveStatusSummaries(
  client: ApiClient,
  { spaceId, cells, concurrency = SUMMARIES_FALLBACK_CONCURRENCY }: LiveStatusSummariesParams,
  signal?: AbortSignal,
): Promise<LiveStatusSummaries> {
  try {
    return await fetchLiveStatusSummariesExtension(client, { spaceId }, signal);
  } catch (error) {
    if (!isMissingEndpoint(error)) throw error;
  }
  const list = uniqueCells(typeof cells === 'function' ? await cells() : cells);
  const summaries = await mapWithConcurrency(
    list,
    concurrency,
    async ({ projectId, environmentId, tenantId }) => {
      let summary = unknownLiveStatusSummary;
      try {
        const status = await getApplicationLiveStatus(
          client,
          { spaceId, projectId, environmentId, tenantId, summaryOnly: true },
          signal,
        );
        summary = status.Summary;
      } catch (error) {
        if (signal?.aborted) throw error;
      }
      return {
        ProjectId: projectId,
        EnvironmentId: environmentId,
        TenantId: tenantId,
        Summary: summary,
      };
    },
    signal,
  );
  return { Summaries: summaries };
}

function cellKey(cell: LiveStatusCell): string {
  return [cell.projectId, cell.environmentId, cell.tenantId ?? ''].join('\u0000');
}

function uniqueCells(cells: readonly LiveStatusCell[]): LiveStatusCell[] {
  const byKey = new Map<string, LiveStatusCell>();
  for (const cell of cells) if (!byKey.has(cellKey(cell))) byKey.set(cellKey(cell), cell);
  return [...byKey.values()];
}

/** The cells worth a live status: every project x environment (x tenant) with a deployment. */
export function liveStatusCellsFromDashboard(dashboard: Dashboard): LiveStatusCell[] {
  return uniqueCells(
    dashboard.Items.map((item) => ({
      projectId: item.ProjectId,
      environmentId: item.EnvironmentId,
      tenantId: item.TenantId,
    })),
  );
}
