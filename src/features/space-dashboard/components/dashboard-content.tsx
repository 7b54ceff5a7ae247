import { faCircleInfo, faFilterCircleXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Button } from '../../../components/button/button';
import { StatePanel } from '../../../components/state-panel/state-panel';
import type { UrlChanges } from '../hooks/use-dashboard-url-state';
import { parseStatusKey, type LiveState, type StatusKey } from '../model/cell-display';
import {
  dashboardScopeNote,
  type DashboardMode,
  type DashboardModel,
} from '../model/dashboard-model';
import { countByStatus, filterDashboard, layoutGrid } from '../model/dashboard-view';
import type { ViewportCells } from '../model/grid-viewport';
import { DashboardFilterBar } from './dashboard-filter-bar';
import { DashboardGrid } from './dashboard-grid';
import { SummaryStrip } from './summary-strip';
import styles from './space-dashboard.module.css';

interface DashboardContentProps {
  model: DashboardModel;
  mode: DashboardMode;
  liveState: LiveState;
  query: string;
  groupId: string | null;
  /** The raw `status` parameter; ignored unless it names a status of the mode. */
  status: string | null;
  updateUrl: (changes: UrlChanges) => void;
  /** Told which cells are on screen (set while live status is read cell by cell). */
  onViewportChange?: ((viewport: ViewportCells) => void) | undefined;
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/** The loaded dashboard: summary strip, filters, and the grid they narrow. */
export function DashboardContent({
  model,
  mode,
  liveState,
  query,
  groupId,
  status,
  updateUrl,
  onViewportChange,
}: DashboardContentProps) {
  const statusFilter = parseStatusKey(status, mode);
  // Typing stays responsive on a big space: the grid follows a beat behind the input.
  const deferredQuery = useDeferredValue(query);
  const [collapsedGroups, setCollapsedGroups] = useState<ReadonlySet<string>>(() => new Set());
  const [expandedProjects, setExpandedProjects] = useState<ReadonlyMap<string, boolean>>(
    () => new Map(),
  );

  const countsReady = mode === 'deployments' || liveState !== 'pending';
  const counts = useMemo(
    () => (countsReady ? countByStatus(model, mode, liveState) : []),
    [countsReady, model, mode, liveState],
  );
  const visible = useMemo(
    () =>
      filterDashboard(
        model,
        { query: deferredQuery, groupId, status: statusFilter },
        mode,
        liveState,
      ),
    [model, deferredQuery, groupId, statusFilter, mode, liveState],
  );
  const entries = useMemo(
    () =>
      layoutGrid(visible, {
        collapsedGroups,
        expandedProjects,
        expandByDefault: statusFilter !== null,
      }),
    [visible, collapsedGroups, expandedProjects, statusFilter],
  );

  const onToggleGroup = useCallback((id: string) => {
    setCollapsedGroups((previous) => toggled(previous, id));
  }, []);
  const onToggleTenants = useCallback((projectId: string, expanded: boolean) => {
    setExpandedProjects((previous) => new Map(previous).set(projectId, expanded));
  }, []);
  const onSelectStatus = useCallback(
    (key: StatusKey | null) => updateUrl({ status: key }),
    [updateUrl],
  );

  const filtered = query !== '' || groupId !== null || statusFilter !== null;
  const clearFilters = () => updateUrl({ query: null, group: null, status: null });
  const shown = visible.reduce((sum, group) => sum + group.rows.length, 0);
  const cells = counts.reduce((sum, { count }) => sum + count, 0);
  const projects = `${model.projectCount.toLocaleString('en')} ${model.projectCount === 1 ? 'project' : 'projects'}`;
  const scopeNote = dashboardScopeNote(model.scope);

  return (
    <>
      <div className={styles.controls}>
        <SummaryStrip counts={counts} mode={mode} active={statusFilter} onSelect={onSelectStatus} />
        <DashboardFilterBar
          query={query}
          groupId={groupId}
          groups={model.groups}
          onQueryChange={(value) => updateUrl({ query: value })}
          onGroupChange={(value) => updateUrl({ group: value })}
          onClear={filtered ? clearFilters : undefined}
          resultText={
            filtered
              ? `${shown.toLocaleString('en')} of ${projects}`
              : `${projects}${cells > 0 ? `, ${cells.toLocaleString('en')} ${cells === 1 ? 'cell' : 'cells'}` : ''}`
          }
        />
      </div>
      {scopeNote && (
        <p className={styles.scopeNote}>
          <FontAwesomeIcon icon={faCircleInfo} className={styles.scopeIcon} />
          {scopeNote}
        </p>
      )}
      {shown === 0 ? (
        <StatePanel
          icon={faFilterCircleXmark}
          headingLevel={2}
          title="No projects match these filters"
          actions={
            <Button variant="primary" onClick={clearFilters}>
              Clear filters
            </Button>
          }
        >
          <p>Try another name, another group, or another status.</p>
        </StatePanel>
      ) : (
        <DashboardGrid
          entries={entries}
          environments={model.environments}
          mode={mode}
          liveState={liveState}
          statusFilter={statusFilter}
          onToggleGroup={onToggleGroup}
          onToggleTenants={onToggleTenants}
          onViewportChange={onViewportChange}
        />
      )}
    </>
  );
}
