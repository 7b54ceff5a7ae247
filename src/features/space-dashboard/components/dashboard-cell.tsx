import { faUsers } from '@fortawesome/free-solid-svg-icons';
import { memo, type ReactNode } from 'react';
import { Glyph } from '../../../components/glyph/glyph';
import { RelativeTime } from '../../../components/relative-time/relative-time';
import { StatusIcon, statusToneClass, type StatusTone } from '../../../components/status';
import { paths } from '../../../config/paths';
import {
  describeCell,
  describeRollup,
  type CellDisplay,
  type LiveState,
  type StatusKey,
} from '../model/cell-display';
import type { CellModel, DashboardMode, RollupCellModel } from '../model/dashboard-model';
import styles from './dashboard-cell.module.css';

/**
 * Cells are plain markup: no hooks, no router links. The grid handles their clicks (client-side
 * navigation) and their tooltips (one shared layer) by delegation, so that mounting a row of ten
 * cells while scrolling costs next to nothing.
 */

/** Cell links carry `data-cell-link` (for the grid's click handler) and `data-tooltip-key`. */
export const CELL_LINK_SELECTOR = 'a[data-cell-link]';

/** Tones that ask for attention get a tinted cell; calm ones stay plain. */
const attentionTones: ReadonlySet<StatusTone> = new Set([
  'degraded',
  'unavailable',
  'missing',
  'out-of-sync',
  'timed-out',
]);

interface CellContext {
  projectName: string;
  environmentName: string;
  /** The cell's column (0 for the first environment), for the grid's delegated handlers. */
  column: number;
  mode: DashboardMode;
  liveState: LiveState;
  /** The summary strip's filter: cells that match it are picked out. */
  statusFilter: StatusKey | null;
}

/** Where a cell goes: the application's live status page, or the deployment's page. */
export function cellHref(cell: CellModel, mode: DashboardMode): string {
  return mode === 'live'
    ? paths.applicationLiveStatus({
        projectId: cell.projectId,
        environmentId: cell.environmentId,
        tenantId: cell.tenantId,
      })
    : paths.deployment(cell.deployment.deploymentId);
}

interface CellLinkProps {
  tooltipKey: string;
  column: number;
  href: string;
  label: string;
  display: CellDisplay;
  /** Picked out by the summary strip's filter. */
  highlighted: boolean;
  detail: ReactNode;
}

function CellLink({
  tooltipKey,
  column,
  href,
  label,
  display,
  highlighted,
  detail,
}: CellLinkProps) {
  const { definition } = display;
  const loading = display.reason === 'loading';
  return (
    <td className={styles.cell} data-column={column}>
      <a
        href={href}
        aria-label={label}
        className={`${styles.link ?? ''} ${statusToneClass(definition.tone)}`}
        data-attention={attentionTones.has(definition.tone) || undefined}
        data-highlighted={highlighted || undefined}
        data-cell-link=""
        data-tooltip-key={tooltipKey}
      >
        <span className={styles.status}>
          {loading ? (
            <span className={styles.skeleton} />
          ) : (
            <>
              <StatusIcon definition={definition} />
              <span className={styles.label}>{definition.label}</span>
            </>
          )}
        </span>
        <span className={styles.detail}>{detail}</span>
      </a>
    </td>
  );
}

interface DashboardCellProps extends CellContext {
  cell: CellModel | null;
  /** Set in a tenant row: the tenant's name, for the accessible name. */
  tenantName?: string | null;
}

/** One project in one environment: its live status or latest deployment, as a link. */
export const DashboardCell = memo(function DashboardCell({
  cell,
  tenantName = null,
  ...context
}: DashboardCellProps) {
  if (!cell) return <EmptyCell column={context.column} />;
  const { projectName, environmentName, mode, liveState, statusFilter, column } = context;
  const display = describeCell(cell, mode, liveState);
  const who = tenantName === null ? projectName : `${projectName} for ${tenantName}`;
  const { releaseVersion, time } = cell.deployment;
  return (
    <CellLink
      tooltipKey={cell.key}
      column={column}
      href={cellHref(cell, mode)}
      label={`${who} in ${environmentName}: ${display.definition.label}`}
      display={display}
      highlighted={statusFilter !== null && display.key === statusFilter}
      detail={
        <>
          <span className={styles.version}>{releaseVersion}</span>
          {display.reason === 'not-supported' ? (
            <span className={styles.hint}>no live status</span>
          ) : (
            <RelativeTime value={time} className={styles.time} />
          )}
        </>
      }
    />
  );
});

interface RollupCellProps extends CellContext {
  rollup: RollupCellModel | null;
}

/** A tenanted project in one environment: the worst status across its tenants. */
export const RollupCell = memo(function RollupCell({ rollup, ...context }: RollupCellProps) {
  if (!rollup) return <EmptyCell column={context.column} />;
  const { projectName, environmentName, mode, liveState, statusFilter, column } = context;
  const display = describeRollup(rollup, mode, liveState);
  const { tenantCount, worst } = display;
  const tenants = `${tenantCount} ${tenantCount === 1 ? 'tenant' : 'tenants'}`;
  const highlighted =
    statusFilter !== null &&
    rollup.tenants.some(({ cell }) => describeCell(cell, mode, liveState).key === statusFilter);
  return (
    <CellLink
      tooltipKey={rollup.key}
      column={column}
      href={cellHref(worst.cell, mode)}
      label={`${projectName} in ${environmentName}: ${display.definition.label} (${tenants})`}
      display={display}
      highlighted={highlighted}
      detail={
        <>
          <Glyph icon={faUsers} className={styles.tenantIcon} />
          <span>{tenants}</span>
        </>
      }
    />
  );
});

/** Never deployed: visibly empty, and said so to screen readers. */
export function EmptyCell({ column }: { column: number }) {
  return (
    <td className={styles.cell} data-column={column}>
      <span className={styles.empty} aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">Not deployed</span>
    </td>
  );
}
