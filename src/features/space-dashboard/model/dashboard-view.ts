import {
  describeCell,
  notReadDefinition,
  statusKeyDefinition,
  statusSeverity,
  type LiveState,
  type StatusKey,
} from './cell-display';
import type { StatusDefinition } from '../../../components/status';
import type {
  CellModel,
  DashboardMode,
  DashboardModel,
  GroupModel,
  ProjectRow,
  TenantRowModel,
} from './dashboard-model';

/** What the grid is narrowed to; all of it lives in the URL. */
export interface DashboardFilters {
  /** Part of a project name, any case. */
  query: string;
  groupId: string | null;
  status: StatusKey | null;
}

export const noFilters: DashboardFilters = { query: '', groupId: null, status: null };

export interface StatusCount {
  key: StatusKey;
  definition: StatusDefinition;
  count: number;
}

/** Every cell that holds a deployment: tenant cells for tenanted projects, not their roll-ups. */
function* deployedCells(rows: readonly ProjectRow[]): Generator<CellModel> {
  for (const row of rows) {
    const rowsOfCells = row.kind === 'project' ? [row] : row.tenants;
    for (const { cells } of rowsOfCells) {
      for (const cell of cells) if (cell) yield cell;
    }
  }
}

/** The summary strip: how many cells show each status in a mode, worst first. */
export function countByStatus(
  model: DashboardModel,
  mode: DashboardMode,
  liveState: LiveState,
): StatusCount[] {
  const counts = new Map<StatusKey, number>();
  for (const group of model.groups) {
    for (const cell of deployedCells(group.rows)) {
      const { key } = describeCell(cell, mode, liveState);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([key, count]) => ({
      key,
      count,
      definition:
        key === 'Loading' && liveState === 'partial'
          ? notReadDefinition
          : statusKeyDefinition(key, mode),
    }))
    .sort((a, b) => statusSeverity(a.key, mode) - statusSeverity(b.key, mode));
}

/** A project row that passed the filters, with the tenant rows that did. */
export interface VisibleRow {
  row: ProjectRow;
  /** For a tenanted project: its tenant rows left by a status filter (all of them without one). */
  tenants: readonly TenantRowModel[];
}

export interface VisibleGroup {
  group: GroupModel;
  rows: readonly VisibleRow[];
}

function cellsMatch(
  cells: readonly (CellModel | null)[],
  status: StatusKey,
  mode: DashboardMode,
  liveState: LiveState,
): boolean {
  return cells.some((cell) => cell !== null && describeCell(cell, mode, liveState).key === status);
}

/** The groups and rows left by the filters, in the dashboard's order. Pure. */
export function filterDashboard(
  model: DashboardModel,
  filters: DashboardFilters,
  mode: DashboardMode,
  liveState: LiveState,
): VisibleGroup[] {
  const query = filters.query.trim().toLocaleLowerCase();
  const { status } = filters;
  const visible: VisibleGroup[] = [];
  for (const group of model.groups) {
    if (filters.groupId !== null && group.id !== filters.groupId) continue;
    const rows: VisibleRow[] = [];
    for (const row of group.rows) {
      if (query !== '' && !row.projectName.toLocaleLowerCase().includes(query)) continue;
      if (row.kind === 'project') {
        if (status === null || cellsMatch(row.cells, status, mode, liveState)) {
          rows.push({ row, tenants: [] });
        }
        continue;
      }
      const tenants =
        status === null
          ? row.tenants
          : row.tenants.filter((tenant) => cellsMatch(tenant.cells, status, mode, liveState));
      if (status === null || tenants.length > 0) rows.push({ row, tenants });
    }
    if (rows.length > 0) visible.push({ group, rows });
  }
  return visible;
}

/** One row of the grid as the virtualizer lays it out. */
export type GridEntry =
  | { kind: 'group'; key: string; group: GroupModel; projectCount: number; collapsed: boolean }
  | { kind: 'project'; key: string; row: ProjectRow; groupId: string; expanded: boolean }
  | { kind: 'tenant'; key: string; row: TenantRowModel; groupId: string };

export interface GridLayoutState {
  collapsedGroups: ReadonlySet<string>;
  /** A tenanted project's expansion the user chose; absent means the default. */
  expandedProjects: ReadonlyMap<string, boolean>;
  /** Tenanted projects start expanded while a status filter is on, so matching tenants show. */
  expandByDefault: boolean;
}

/** The grid's rows in order: each group's header, then its projects and expanded tenants. */
export function layoutGrid(groups: readonly VisibleGroup[], state: GridLayoutState): GridEntry[] {
  const entries: GridEntry[] = [];
  for (const { group, rows } of groups) {
    const collapsed = state.collapsedGroups.has(group.id);
    entries.push({
      kind: 'group',
      key: `group|${group.id}`,
      group,
      projectCount: rows.length,
      collapsed,
    });
    if (collapsed) continue;
    for (const { row, tenants } of rows) {
      const expanded =
        row.kind === 'tenanted' &&
        (state.expandedProjects.get(row.projectId) ?? state.expandByDefault);
      entries.push({ kind: 'project', key: row.key, row, groupId: group.id, expanded });
      if (!expanded) continue;
      for (const tenant of tenants) {
        entries.push({ kind: 'tenant', key: tenant.key, row: tenant, groupId: group.id });
      }
    }
  }
  return entries;
}
