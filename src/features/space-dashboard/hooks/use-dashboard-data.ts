import { replaceEqualDeep, useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLastError } from '../../../hooks/use-last-error';
import { dashboardQueries } from '../../../api/queries/dashboard-queries';
import type { Dashboard, LiveStatusSummaries } from '../../../api/contract';
import type { SchedulerViewport } from '../../../api/endpoints/live-status-summaries-scheduler';
import type { LiveState } from '../model/cell-display';
import type { LiveProgress } from '../model/live-progress';
import {
  buildDashboardModel,
  cellsInGridOrder,
  createLiveModel,
  indexLiveSummaries,
  type DashboardMode,
  type DashboardModel,
  type LiveStatusIndex,
} from '../model/dashboard-model';
import { useCellReader } from './use-cell-reader';
import { usePageVisible } from './use-page-visible';

export type { LiveProgress };

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
    /** Set while cells are read one by one (a server without the summaries extension). */
    progress: LiveProgress | null;
    /** Where the grid reports the cells on screen, while cells are read one by one. */
    reportViewport: ((viewport: SchedulerViewport) => void) | undefined;
  };
}

/** The last model handed out: a new one shares every unchanged cell, row and group with it. */
let lastModel: DashboardModel | undefined;

function share(model: DashboardModel): DashboardModel {
  lastModel = replaceEqualDeep(lastModel, model);
  return lastModel;
}

interface Combined {
  dashboardData: Dashboard | undefined;
  dashboard: DashboardData['dashboard'];
  /** Null: the server lacks the summaries extension. */
  summaries: LiveStatusSummaries | null | undefined;
  index: LiveStatusIndex | undefined;
  summariesError: Error | null;
  refetchSummaries: () => void;
}

/**
 * Both queries' results as one value. TanStack Query shares its structure with the previous
 * one (replaceEqualDeep), so a poll that changes one cell keeps every other cell's summary the
 * very same object as before.
 */
function combine([dashboard, summaries]: [
  UseQueryResult<Dashboard>,
  UseQueryResult<LiveStatusSummaries | null>,
]): Combined {
  return {
    dashboardData: dashboard.data,
    dashboard: {
      status: dashboard.status,
      error: dashboard.error,
      refreshFailed: dashboard.isRefetchError,
      isFetching: dashboard.isFetching,
      updatedAt: dashboard.dataUpdatedAt,
      refetch: () => void dashboard.refetch(),
    },
    summaries: summaries.data,
    index: summaries.data ? indexLiveSummaries(summaries.data) : undefined,
    summariesError: summaries.error,
    refetchSummaries: () => void summaries.refetch(),
  };
}

/**
 * The dashboard and the live status of a space, combined into the grid's model. Live status comes
 * from the summaries extension when the server has it (one request a poll, polled always so that
 * flipping the Live status switch never waits), else cell by cell for the cells on screen, within
 * the request budget, only while live status shows and the tab is visible.
 */
export function useDashboardData(spaceId: string, mode: DashboardMode): DashboardData {
  const { dashboardData, dashboard, summaries, index, summariesError, refetchSummaries } =
    useQueries({
      queries: [dashboardQueries.space(spaceId), dashboardQueries.liveSummaries(spaceId)],
      combine,
    });
  const cellByCell = summaries === null;
  const pageVisible = usePageVisible();

  // The grid without live status: the cells to read in order, and the base for reading them.
  const skeleton = useMemo(
    () => (dashboardData && cellByCell ? buildDashboardModel(dashboardData, undefined) : undefined),
    [dashboardData, cellByCell],
  );
  const cells = useMemo(() => (skeleton ? cellsInGridOrder(skeleton) : []), [skeleton]);
  // Shares rows with the model before a dashboard refresh; then patches only what is read.
  const liveModel = useMemo(
    () => (skeleton ? createLiveModel(share(skeleton)) : undefined),
    [skeleton],
  );
  const reader = useCellReader({
    spaceId,
    cells,
    enabled: cellByCell,
    active: mode === 'live' && pageVisible,
  });
  const { snapshot } = reader;

  const model = useMemo(() => {
    if (!dashboardData) return undefined;
    if (liveModel) return liveModel.apply(snapshot?.reads ?? new Map());
    return share(buildDashboardModel(dashboardData, index));
  }, [dashboardData, index, liveModel, snapshot]);

  // What never loaded keeps saying why while it is asked again.
  const dashboardError = useLastError(dashboard.error, dashboardData !== undefined);
  const summariesLastError = useLastError(summariesError, summaries !== undefined);

  let state: LiveState;
  if (cellByCell) state = 'partial';
  else if (summaries) state = 'ready';
  else state = summariesLastError ? 'error' : 'pending';
  return {
    model,
    dashboard: {
      ...dashboard,
      error: dashboardError,
      status: dashboard.status === 'pending' && dashboardError ? 'error' : dashboard.status,
    },
    live: {
      state,
      error: summariesLastError,
      refetch: refetchSummaries,
      progress: snapshot
        ? { read: snapshot.read, failed: snapshot.failed, total: snapshot.total }
        : null,
      reportViewport: reader.reportViewport,
    },
  };
}
