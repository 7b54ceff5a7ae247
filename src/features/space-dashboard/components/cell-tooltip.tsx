import { applicationStatusDefinitions, StatusBadge } from '../../../components/status';
import { formatExactTime } from '../../../lib/relative-time';
import { RelativeTime } from '../../../components/relative-time/relative-time';
import type { CellDisplay, RollupDisplay } from '../model/cell-display';
import { describeCell, orphansText, type LiveState } from '../model/cell-display';
import type { CellModel, DashboardMode, RollupCellModel } from '../model/dashboard-model';
import styles from './cell-tooltip.module.css';

const precedenceVerbs: Partial<Record<CellDisplay['key'], string>> = {
  Failed: 'failed',
  Canceled: 'was canceled',
  TimedOut: 'timed out',
};

const timeVerbs = { completed: 'Finished', started: 'Started', queued: 'Queued' } as const;

function DeploymentLine({ cell }: { cell: CellModel }) {
  const { releaseVersion, time, timeKind } = cell.deployment;
  return (
    <p className={styles.meta}>
      Release <strong>{releaseVersion}</strong> · {timeVerbs[timeKind]}{' '}
      <RelativeTime value={time} />
      <br />
      <span className={styles.exact}>{formatExactTime(time)}</span>
    </p>
  );
}

function LiveLine({ cell }: { cell: CellModel }) {
  const live = cell.live;
  if (!live) return null;
  const definition = applicationStatusDefinitions[live.status];
  return (
    <div className={styles.section}>
      <p className={styles.sectionTitle}>
        Live status: <StatusBadge definition={definition} />
      </p>
      <p>{definition.description}.</p>
    </div>
  );
}

/** Objects Octopus no longer deploys: they do not count toward the status, so this says so. */
function OrphansLine({ count }: { count: number }) {
  const text = orphansText(count);
  return text === null ? null : (
    <p className={styles.hint}>{text}. Orphans do not count toward the live status.</p>
  );
}

/** What a cell's tooltip says: the status and what it means, then the deployment behind it. */
export function CellTooltip({ cell, display }: { cell: CellModel; display: CellDisplay }) {
  const { definition, reason } = display;
  const { deployment, live } = cell;
  return (
    <div className={styles.tooltip}>
      <p className={styles.title}>
        <StatusBadge definition={definition} />
      </p>
      {reason === 'precedence' ? (
        <>
          <p>
            The latest deployment {precedenceVerbs[display.key] ?? 'did not succeed'}, so the cell
            shows it instead of the live status.
          </p>
          {deployment.errorMessage && <p className={styles.error}>{deployment.errorMessage}</p>}
          <LiveLine cell={cell} />
        </>
      ) : reason === 'unreadable' ? (
        <p className={styles.error}>
          {definition.description}: {cell.liveError}
        </p>
      ) : (
        <p>{definition.description}.</p>
      )}
      {reason === 'not-supported' && (
        <p className={styles.hint}>
          Live status not available: {applicationStatusDefinitions.NotSupported.description}.
        </p>
      )}
      {reason === 'live' && live?.syncMessage && <p className={styles.hint}>{live.syncMessage}</p>}
      <OrphansLine count={live?.orphanCount ?? 0} />
      {reason === 'live' && live?.status === 'Stale' && live.lastUpdated && (
        <p className={styles.hint}>
          Last update received <RelativeTime value={live.lastUpdated} /> (
          {formatExactTime(live.lastUpdated)}).
        </p>
      )}
      {reason === 'live' && cell.liveError !== null && (
        <p className={styles.hint}>
          Showing the last live status read: reading it again failed ({cell.liveError}).
        </p>
      )}
      {reason === 'deployment' && deployment.errorMessage && (
        <p className={styles.error}>{deployment.errorMessage}</p>
      )}
      <DeploymentLine cell={cell} />
    </div>
  );
}

/** A tenanted project's roll-up: the worst status, then each tenant's. */
export function RollupTooltip({
  rollup,
  display,
  mode,
  liveState,
}: {
  rollup: RollupCellModel;
  display: RollupDisplay;
  mode: DashboardMode;
  liveState: LiveState;
}) {
  return (
    <div className={styles.tooltip}>
      <p className={styles.title}>
        <StatusBadge definition={display.definition} />
      </p>
      <p>
        The worst of {display.tenantCount} {display.tenantCount === 1 ? 'tenant' : 'tenants'}:{' '}
        {display.worst.tenantName}.
      </p>
      <ul className={styles.tenants}>
        {rollup.tenants.map(({ tenantName, cell }) => {
          const tenantDisplay = describeCell(cell, mode, liveState);
          return (
            <li key={cell.key}>
              <span className={styles.tenantName}>{tenantName}</span>
              <StatusBadge definition={tenantDisplay.definition} />
              <span className={styles.version}>{cell.deployment.releaseVersion}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
