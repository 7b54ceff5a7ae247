import type {
  Dashboard,
  DashboardItem,
  LiveStatusSummaries,
  LiveStatusSummary,
} from '../../../api/contract';
import type { CellRead } from '../../../api/endpoints/live-status-summaries-scheduler';
import { liveStatusCellKey } from '../../../api/endpoints/live-status-summaries';
import type { TaskStateValue } from '../../../components/status';

/**
 * The dashboard as the grid needs it: groups of project rows, one cell per environment. Built by
 * pure functions from the two API payloads, holding only what the cells show, so that TanStack
 * Query's structural sharing keeps every unchanged cell the same object from one poll to the
 * next and memoised rows and cells skip re-rendering.
 */

/** Cells show the live status (`live`) or the latest deployment's state (`deployments`). */
export type DashboardMode = 'live' | 'deployments';

export interface EnvironmentColumn {
  id: string;
  name: string;
}

/** The latest deployment of a project to an environment (and tenant). */
export interface CellDeployment {
  deploymentId: string;
  releaseVersion: string;
  state: TaskStateValue;
  hasWarnings: boolean;
  /** When it finished, else when it started, else when it was queued. */
  time: string;
  timeKind: 'completed' | 'started' | 'queued';
  errorMessage: string | null;
}

/** The application's live status summary, without the fields that tick on every poll. */
export interface CellLive {
  status: LiveStatusSummary['Status'];
  health: LiveStatusSummary['HealthStatus'];
  sync: LiveStatusSummary['SyncStatus'];
  syncMessage: string | null;
  /** Objects Octopus no longer deploys (`TotalOrphanCount`; 0 from a server without it). */
  orphanCount: number;
  /**
   * When the monitor last reported, kept only where it explains the status (Stale): it changes
   * on every poll elsewhere, and keeping it would re-render every cell every ten seconds.
   */
  lastUpdated: string | null;
}

/** One project in one environment (for one tenant, or untenanted): it has been deployed. */
export interface CellModel {
  key: string;
  projectId: string;
  environmentId: string;
  tenantId: string | null;
  deployment: CellDeployment;
  /** Null when the server has no live status for it (yet). */
  live: CellLive | null;
  /** Why its live status could not be read (the latest attempt), when it could not. */
  liveError: string | null;
}

/** A tenant's cell inside a tenanted project's roll-up. */
export interface TenantCell {
  tenantName: string;
  cell: CellModel;
}

/** A tenanted project in one environment: its tenants' cells, summed up as the worst one. */
export interface RollupCellModel {
  key: string;
  projectId: string;
  environmentId: string;
  tenants: readonly TenantCell[];
}

interface RowBase {
  key: string;
  projectId: string;
  projectName: string;
}

/** An untenanted project: one cell per environment, null where it was never deployed. */
export interface ProjectRowModel extends RowBase {
  kind: 'project';
  disabled: boolean;
  cells: readonly (CellModel | null)[];
}

/** One tenant of a tenanted project (or its untenanted deployments, tenantId null). */
export interface TenantRowModel extends RowBase {
  kind: 'tenant';
  tenantId: string | null;
  tenantName: string;
  cells: readonly (CellModel | null)[];
}

/** A tenanted project: a roll-up per environment, and a row per tenant when expanded. */
export interface TenantedProjectRowModel extends RowBase {
  kind: 'tenanted';
  disabled: boolean;
  rollups: readonly (RollupCellModel | null)[];
  tenants: readonly TenantRowModel[];
}

export type ProjectRow = ProjectRowModel | TenantedProjectRowModel;

export interface GroupModel {
  id: string;
  name: string;
  rows: readonly ProjectRow[];
}

/** Whether the server's dashboard shows every project (`IsFiltered`, `ProjectLimit`). */
export interface DashboardScope {
  /** The server filtered it (its dashboard configuration, or a filter in the request). */
  filtered: boolean;
  /** At most this many projects are shown, and the dashboard has reached it. */
  cappedAt: number | null;
}

export interface DashboardModel {
  environments: readonly EnvironmentColumn[];
  groups: readonly GroupModel[];
  projectCount: number;
  scope: DashboardScope;
}

/** What to tell the user when the dashboard may not show every project; null when it does. */
export function dashboardScopeNote({ filtered, cappedAt }: DashboardScope): string | null {
  if (cappedAt !== null) {
    return `The server shows at most ${cappedAt.toLocaleString('en')} projects on its dashboard, so this space may have more than are shown here. Raise the project limit in Octopus's dashboard configuration to see them all.`;
  }
  if (filtered) {
    return 'The server filtered this dashboard: its dashboard configuration leaves out some projects or environments, so not everything in this space is shown here.';
  }
  return null;
}

/** Live summaries by cell key, as the grid reads them. */
export type LiveStatusIndex = Readonly<Record<string, CellLive>>;

/** The name tenant rows use for a tenanted project's untenanted deployments. */
export const UNTENANTED_ROW_NAME = 'Untenanted';
/** The group of projects whose project group the dashboard does not list. */
export const UNGROUPED_ID = 'ungrouped';

export function cellKey(projectId: string, environmentId: string, tenantId: string | null): string {
  return liveStatusCellKey({ projectId, environmentId, tenantId });
}

function toCellLive(summary: LiveStatusSummary): CellLive {
  return {
    status: summary.Status,
    health: summary.HealthStatus,
    sync: summary.SyncStatus,
    syncMessage: summary.SyncStatusMessage ?? null,
    orphanCount: summary.TotalOrphanCount ?? 0,
    lastUpdated: summary.Status === 'Stale' ? (summary.LastUpdated ?? null) : null,
  };
}

/** The `select` of the live summaries query: summaries by cell, minus the ticking timestamp. */
export function indexLiveSummaries(data: LiveStatusSummaries): LiveStatusIndex {
  const index: Record<string, CellLive> = {};
  for (const { ProjectId, EnvironmentId, TenantId, Summary } of data.Summaries) {
    index[cellKey(ProjectId, EnvironmentId, TenantId ?? null)] = toCellLive(Summary);
  }
  return index;
}

function toDeployment(item: DashboardItem): CellDeployment {
  const [time, timeKind] = item.CompletedTime
    ? ([item.CompletedTime, 'completed'] as const)
    : item.StartTime
      ? ([item.StartTime, 'started'] as const)
      : ([item.QueueTime, 'queued'] as const);
  return {
    deploymentId: item.DeploymentId,
    releaseVersion: item.ReleaseVersion,
    state: item.State,
    hasWarnings: item.HasWarningsOrErrors,
    time,
    timeKind,
    errorMessage: item.ErrorMessage,
  };
}

/** Builds the grid from the dashboard and (when loaded) the live summaries. Pure. */
export function buildDashboardModel(
  dashboard: Dashboard,
  live: LiveStatusIndex | undefined,
): DashboardModel {
  const environments = dashboard.Environments.map(({ Id, Name }) => ({ id: Id, name: Name }));

  const itemsByKey = new Map<string, DashboardItem>();
  const tenantIdsByProject = new Map<string, Set<string | null>>();
  for (const item of dashboard.Items) {
    itemsByKey.set(cellKey(item.ProjectId, item.EnvironmentId, item.TenantId), item);
    if (item.TenantId !== null) {
      const ids = tenantIdsByProject.get(item.ProjectId) ?? new Set<string | null>();
      ids.add(item.TenantId);
      tenantIdsByProject.set(item.ProjectId, ids);
    }
  }

  const cellAt = (projectId: string, environmentId: string, tenantId: string | null) => {
    const key = cellKey(projectId, environmentId, tenantId);
    const item = itemsByKey.get(key);
    if (!item) return null;
    const cell: CellModel = {
      key,
      projectId,
      environmentId,
      tenantId,
      deployment: toDeployment(item),
      live: live?.[key] ?? null,
      liveError: null,
    };
    return cell;
  };

  const tenantNames = new Map(dashboard.Tenants.map((tenant) => [tenant.Id, tenant.Name]));

  const buildRow = (project: Dashboard['Projects'][number]): ProjectRow => {
    const base = { key: project.Id, projectId: project.Id, projectName: project.Name };
    const deployedTenants = tenantIdsByProject.get(project.Id);
    const tenanted = project.TenantedDeploymentMode === 'Tenanted' || deployedTenants !== undefined;
    if (!tenanted) {
      return {
        ...base,
        kind: 'project',
        disabled: project.IsDisabled,
        cells: environments.map((environment) => cellAt(project.Id, environment.id, null)),
      };
    }

    // Tenants connected to the project, in the space's tenant order, then any others that
    // have deployments, then the project's untenanted deployments if it has some.
    const tenantIds: (string | null)[] = dashboard.Tenants.filter(
      (tenant) =>
        Object.hasOwn(tenant.ProjectEnvironments, project.Id) || deployedTenants?.has(tenant.Id),
    ).map((tenant) => tenant.Id);
    for (const id of deployedTenants ?? []) if (!tenantIds.includes(id)) tenantIds.push(id);
    if (
      environments.some((environment) => itemsByKey.has(cellKey(project.Id, environment.id, null)))
    )
      tenantIds.push(null);

    const tenants: TenantRowModel[] = tenantIds.map((tenantId) => ({
      kind: 'tenant',
      key: `${project.Id}|${tenantId ?? ''}`,
      projectId: project.Id,
      projectName: project.Name,
      tenantId,
      tenantName: tenantId === null ? UNTENANTED_ROW_NAME : (tenantNames.get(tenantId) ?? tenantId),
      cells: environments.map((environment) => cellAt(project.Id, environment.id, tenantId)),
    }));

    const rollups = environments.map((environment, column): RollupCellModel | null => {
      const cells: TenantCell[] = [];
      for (const tenant of tenants) {
        const cell = tenant.cells[column];
        if (cell) cells.push({ tenantName: tenant.tenantName, cell });
      }
      return cells.length === 0
        ? null
        : {
            key: cellKey(project.Id, environment.id, '*'),
            projectId: project.Id,
            environmentId: environment.id,
            tenants: cells,
          };
    });

    return { ...base, kind: 'tenanted', disabled: project.IsDisabled, rollups, tenants };
  };

  const rowsByGroup = new Map<string, ProjectRow[]>();
  for (const project of dashboard.Projects) {
    const rows = rowsByGroup.get(project.ProjectGroupId) ?? [];
    rows.push(buildRow(project));
    rowsByGroup.set(project.ProjectGroupId, rows);
  }

  const groups: GroupModel[] = [];
  for (const group of dashboard.ProjectGroups) {
    const rows = rowsByGroup.get(group.Id);
    rowsByGroup.delete(group.Id);
    if (rows) groups.push({ id: group.Id, name: group.Name, rows });
  }
  const ungrouped = [...rowsByGroup.values()].flat();
  if (ungrouped.length > 0)
    groups.push({ id: UNGROUPED_ID, name: 'Other projects', rows: ungrouped });

  const limit = dashboard.ProjectLimit;
  return {
    environments,
    groups,
    projectCount: dashboard.Projects.length,
    scope: {
      filtered: dashboard.IsFiltered,
      cappedAt: limit !== null && limit > 0 && dashboard.Projects.length >= limit ? limit : null,
    },
  };
}

/** Every deployed cell, in the grid's reading order: group by group, row by row, left to right. */
export function cellsInGridOrder(model: DashboardModel): CellModel[] {
  const cells: CellModel[] = [];
  for (const group of model.groups) {
    for (const row of group.rows) {
      const rows = row.kind === 'project' ? [row] : row.tenants;
      for (const { cells: rowCells } of rows) {
        for (const cell of rowCells) if (cell) cells.push(cell);
      }
    }
  }
  return cells;
}

function sameLive(a: CellLive | null, b: CellLive | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return (
    a.status === b.status &&
    a.health === b.health &&
    a.sync === b.sync &&
    a.syncMessage === b.syncMessage &&
    a.lastUpdated === b.lastUpdated
  );
}

/** A cell with what was read of its live status; the cell itself when nothing it shows changed. */
function withRead(cell: CellModel, read: CellRead | undefined): CellModel {
  const live = read?.summary ? toCellLive(read.summary) : null;
  const liveError = read?.error ?? null;
  if (sameLive(cell.live, live) && cell.liveError === liveError) return cell;
  return { ...cell, live, liveError };
}

function patchCells(
  cells: readonly (CellModel | null)[],
  reads: ReadonlyMap<string, CellRead>,
  changed: ReadonlySet<string>,
): readonly (CellModel | null)[] {
  let copy: (CellModel | null)[] | undefined;
  cells.forEach((cell, index) => {
    if (!cell || !changed.has(cell.key)) return;
    const next = withRead(cell, reads.get(cell.key));
    if (next === cell) return;
    copy ??= [...cells];
    copy[index] = next;
  });
  return copy ?? cells;
}

function patchRow(
  row: ProjectRow,
  reads: ReadonlyMap<string, CellRead>,
  changed: ReadonlySet<string>,
): ProjectRow {
  if (row.kind === 'project') {
    const cells = patchCells(row.cells, reads, changed);
    return cells === row.cells ? row : { ...row, cells };
  }
  const tenants = row.tenants.map((tenant) => {
    const cells = patchCells(tenant.cells, reads, changed);
    return cells === tenant.cells ? tenant : { ...tenant, cells };
  });
  if (tenants.every((tenant, index) => tenant === row.tenants[index])) return row;
  // The roll-ups hold the very cells of the tenant rows: take the new ones from there.
  const byKey = new Map<string, CellModel>();
  for (const tenant of tenants)
    for (const cell of tenant.cells) if (cell) byKey.set(cell.key, cell);
  const rollups = row.rollups.map((rollup) => {
    if (!rollup?.tenants.some(({ cell }) => byKey.get(cell.key) !== cell)) return rollup;
    return {
      ...rollup,
      tenants: rollup.tenants.map((entry) => ({
        ...entry,
        cell: byKey.get(entry.cell.key) ?? entry.cell,
      })),
    };
  });
  return { ...row, tenants, rollups };
}

/**
 * The model of a dashboard whose live status arrives cell by cell: each `apply` takes the reads
 * so far and returns the model with them, copying only the rows whose cells changed since the
 * last call (every other row, group and cell stays the same object, so the grid re-renders only
 * what changed). Pure apart from remembering its last answer.
 */
export function createLiveModel(skeleton: DashboardModel): {
  apply: (reads: ReadonlyMap<string, CellRead>) => DashboardModel;
} {
  /** Where each cell is: its group and row. */
  const rowOf = new Map<string, { group: number; row: number }>();
  skeleton.groups.forEach((group, groupIndex) => {
    group.rows.forEach((row, rowIndex) => {
      const rows = row.kind === 'project' ? [row] : row.tenants;
      for (const { cells } of rows) {
        for (const cell of cells)
          if (cell) rowOf.set(cell.key, { group: groupIndex, row: rowIndex });
      }
    });
  });
  let model = skeleton;
  let lastReads: ReadonlyMap<string, CellRead> = new Map();
  return {
    apply(reads) {
      const changed = new Set<string>();
      for (const [key, read] of reads) if (lastReads.get(key) !== read) changed.add(key);
      for (const key of lastReads.keys()) if (!reads.has(key)) changed.add(key);
      lastReads = reads;
      const rows = new Map<number, Set<number>>();
      for (const key of changed) {
        const where = rowOf.get(key);
        if (!where) continue;
        const inGroup = rows.get(where.group) ?? new Set<number>();
        inGroup.add(where.row);
        rows.set(where.group, inGroup);
      }
      if (rows.size === 0) return model;
      const groups = model.groups.map((group, groupIndex) => {
        const touched = rows.get(groupIndex);
        if (!touched) return group;
        const nextRows = group.rows.map((row, rowIndex) =>
          touched.has(rowIndex) ? patchRow(row, reads, changed) : row,
        );
        return nextRows.every((row, index) => row === group.rows[index])
          ? group
          : { ...group, rows: nextRows };
      });
      if (groups.some((group, index) => group !== model.groups[index])) {
        model = { ...model, groups };
      }
      return model;
    },
  };
}
