import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { apiClient, type ApiClient } from '../../../api/client';
import type { LiveStatusCell } from '../../../api/endpoints/live-status-summaries';
import {
  createClientCellReader,
  type SchedulerSnapshot,
  type SchedulerViewport,
} from '../../../api/endpoints/live-status-summaries-scheduler';
import { liveStatusBudget, type LiveStatusBudget } from '../../../config/live-status-budget';

export interface CellReaderOptions {
  spaceId: string;
  /** Every cell of the dashboard, in the grid's order. */
  cells: readonly LiveStatusCell[];
  /** Read cells one by one at all (the server lacks the summaries extension). */
  enabled: boolean;
  /** Ask for cells now: the tab is visible and the dashboard shows live status. */
  active: boolean;
  client?: ApiClient;
  budget?: LiveStatusBudget;
}

export interface CellReader {
  /** Null unless enabled. */
  snapshot: SchedulerSnapshot | null;
  /** The grid tells which cells are on screen, and which are rendered around them. */
  reportViewport: ((viewport: SchedulerViewport) => void) | undefined;
}

const noSubscription = () => () => undefined;
const noSnapshot = () => null;

/**
 * Reads the dashboard's live status cell by cell, for a server without the summaries extension:
 * the cells on screen first, each at most every 30 s, within the tab's request budget
 * (`src/config/live-status-budget.ts`). The scheduler lives as long as the dashboard does.
 */
export function useCellReader({
  spaceId,
  cells,
  enabled,
  active,
  client = apiClient,
  budget = liveStatusBudget,
}: CellReaderOptions): CellReader {
  const scheduler = useMemo(
    () => (enabled ? createClientCellReader({ client, spaceId, budget }) : null),
    [enabled, client, spaceId, budget],
  );

  // In this order: a new scheduler knows whether it may ask, and what, before it starts.
  useEffect(() => scheduler?.setActive(active), [scheduler, active]);
  useEffect(() => scheduler?.setCells(cells), [scheduler, cells]);
  useEffect(() => {
    if (!scheduler) return;
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);

  const snapshot = useSyncExternalStore(
    scheduler?.subscribe ?? noSubscription,
    scheduler?.getSnapshot ?? noSnapshot,
  );
  return { snapshot, reportViewport: scheduler?.setViewport };
}
