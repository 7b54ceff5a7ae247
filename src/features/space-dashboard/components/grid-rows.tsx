import { faBuilding, faChevronRight } from '@fortawesome/free-solid-svg-icons';
import { memo } from 'react';
import { Glyph } from '../../../components/glyph/glyph';
import type { LiveState, StatusKey } from '../model/cell-display';
import type {
  DashboardMode,
  EnvironmentColumn,
  GroupModel,
  ProjectRow,
  TenantRowModel,
} from '../model/dashboard-model';
import { DashboardCell, RollupCell } from './dashboard-cell';
import styles from './dashboard-grid.module.css';

/** What every row needs to draw its cells. Stable between renders unless one of them changes. */
export interface RowContext {
  environments: readonly EnvironmentColumn[];
  mode: DashboardMode;
  liveState: LiveState;
  statusFilter: StatusKey | null;
}

interface GroupHeaderRowProps {
  group: GroupModel;
  headerId: string;
  projectCount: number;
  collapsed: boolean;
  columnCount: number;
  rowIndex: number;
  entryIndex: number;
  onToggle: (groupId: string) => void;
}

/** A project group's header: its name and size, and a button to fold it. Sticks under the head. */
export const GroupHeaderRow = memo(function GroupHeaderRow({
  group,
  headerId,
  projectCount,
  collapsed,
  columnCount,
  rowIndex,
  entryIndex,
  onToggle,
}: GroupHeaderRowProps) {
  return (
    <tr className={styles.groupRow} aria-rowindex={rowIndex} data-index={entryIndex}>
      <th scope="rowgroup" colSpan={columnCount} className={styles.groupHeader}>
        <span className={styles.groupHeaderInner}>
          <button
            type="button"
            className={styles.disclosure}
            aria-expanded={!collapsed}
            onClick={() => onToggle(group.id)}
          >
            <Glyph icon={faChevronRight} className={styles.chevron} />
            <span id={headerId} className={styles.groupName}>
              {group.name}
            </span>
          </button>{' '}
          <span className={styles.groupCount}>
            {projectCount} {projectCount === 1 ? 'project' : 'projects'}
          </span>
        </span>
      </th>
    </tr>
  );
});

interface ProjectRowProps extends RowContext {
  row: ProjectRow;
  expanded: boolean;
  rowIndex: number;
  entryIndex: number;
  onToggleTenants: (projectId: string, expanded: boolean) => void;
}

/** A project: its name as the row header, then a cell per environment. */
export const ProjectGridRow = memo(function ProjectGridRow({
  row,
  expanded,
  rowIndex,
  entryIndex,
  onToggleTenants,
  environments,
  ...context
}: ProjectRowProps) {
  const disabled = row.disabled && <span className={styles.tag}>Disabled</span>;
  return (
    <tr className={styles.row} aria-rowindex={rowIndex} data-index={entryIndex}>
      <th scope="row" className={styles.rowHeader}>
        {row.kind === 'tenanted' ? (
          <button
            type="button"
            className={styles.disclosure}
            aria-expanded={expanded}
            onClick={() => onToggleTenants(row.projectId, !expanded)}
          >
            <Glyph icon={faChevronRight} className={styles.chevron} />
            <span className={styles.projectLines}>
              <span className={styles.projectName}>{row.projectName}</span>{' '}
              <span className={styles.tenantCount}>
                {row.tenants.length} {row.tenants.length === 1 ? 'tenant' : 'tenants'}
              </span>
            </span>
          </button>
        ) : (
          <span className={styles.projectName}>{row.projectName}</span>
        )}
        {disabled}
      </th>
      {row.kind === 'tenanted'
        ? environments.map((environment, column) => (
            <RollupCell
              key={environment.id}
              rollup={row.rollups[column] ?? null}
              projectName={row.projectName}
              environmentName={environment.name}
              column={column}
              {...context}
            />
          ))
        : environments.map((environment, column) => (
            <DashboardCell
              key={environment.id}
              cell={row.cells[column] ?? null}
              projectName={row.projectName}
              environmentName={environment.name}
              column={column}
              {...context}
            />
          ))}
    </tr>
  );
});

interface TenantRowProps extends RowContext {
  row: TenantRowModel;
  rowIndex: number;
  entryIndex: number;
}

/** One tenant of an expanded tenanted project. */
export const TenantGridRow = memo(function TenantGridRow({
  row,
  rowIndex,
  entryIndex,
  environments,
  ...context
}: TenantRowProps) {
  return (
    <tr className={styles.tenantRow} aria-rowindex={rowIndex} data-index={entryIndex}>
      <th scope="row" className={styles.rowHeader}>
        <span className={styles.tenantName}>
          <Glyph icon={faBuilding} className={styles.tenantIcon} />
          <span className="visually-hidden">{row.projectName} for</span> {row.tenantName}
        </span>
      </th>
      {environments.map((environment, column) => (
        <DashboardCell
          key={environment.id}
          cell={row.cells[column] ?? null}
          projectName={row.projectName}
          tenantName={row.tenantId === null ? 'no tenant' : row.tenantName}
          environmentName={environment.name}
          column={column}
          {...context}
        />
      ))}
    </tr>
  );
});
