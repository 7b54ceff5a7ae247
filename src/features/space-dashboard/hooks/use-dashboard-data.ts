import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { dashboardQueries } from '../../../api/queries/dashboard-queries';
import { liveStatusQueries } from '../../../api/queries/live-status-queries';
import type { Dashboard } from '../../../api/contract';
import type { LiveState } from '../model/cell-display';
import {
  buildDashboardModel,
  indexLiveSummaries,
  type DashboardModel,
  type LiveStatusIndex,
} from '../model/dashboard-model';

export interface DashboardData {
  /** The grid, once the dashboard has loaded (kept, marked stale, when a refresh fails). */
  model: DashboardModel | undefined;
  dashboard: {
    status: 'pending' | 'error' | 'success';
    error: Error | null;
    /** A refresh failed while older data is on screen. */
    refreshFailed: boolean;
    isFetching: boolean;
    updatedAt: number;
    refetch: () => void;
  };
  live: {
    state: LiveState;
    error: Error | null;
    refetch: () => void;
  };
}

/** Remembers the last model built, so an unchanged pair of payloads is not built again. */
let lastBuild:
  { dashboard: Dashboard; live: LiveStatusIndex | undefined; model: DashboardModel } | undefined;

function modelOf(dashboard: Dashboard, live: LiveStatusIndex | undefined): DashboardModel {
  if (lastBuild?.dashboard !== dashboard || lastBuild.live !== live) {
    lastBuild = { dashboard, live, model: buildDashboardModel(dashboard, live) };
  }
  return lastBuild.model;
}

/**
 * Both queries' results as one value. TanStack Query shares its structure with the previous
 * one (replaceEqualDeep), so a poll that changes one cell yields a model in which every other
 * cell, row and group is the very same object as before.
 */
function combine([dashboard, live]: [
  UseQueryResult<Dashboard>,
  UseQueryResult<LiveStatusIndex>,
]): DashboardData {
  return {
    model: dashboard.data ? modelOf(dashboard.data, live.data) : undefined,
    dashboard: {
      status: dashboard.status,
      error: dashboard.error,
      refreshFailed: dashboard.isRefetchError,
      isFetching: dashboard.isFetching,
      updatedAt: dashboard.dataUpdatedAt,
      refetch: () => void dashboard.refetch(),
    },
    live: {
      state: live.data ? 'ready' : live.isError ? 'error' : 'pending',
      error: live.error,
      refetch: () => void live.refetch(),
    },
  };
}

/**
 * The dashboard and the live summaries of a space, polled (both, always, so that flipping the
 * Live status switch never waits for a fetch), combined into the grid's model.
 */
export function useDashboardData(spaceId: string): DashboardData {
  return useQueries({
    queries: [
      dashboardQueries.space(spaceId),
      { ...liveStatusQueries.summaries(spaceId), select: indexLiveSummaries },
    ],
    combine,
  });
}
