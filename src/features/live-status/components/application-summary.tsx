import { faArrowRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { Link } from 'react-router';
import type { DashboardItem, LiveStatusSummary } from '../../../api/contract';
import {
  applicationHealthStatusDefinitions,
  applicationStatusDefinitions,
  applicationSyncStatusDefinitions,
  StatusBadge,
  StatusIcon,
  statusToneClass,
  taskStateDefinition,
} from '../../../components/status';
import { paths } from '../../../config/paths';
import type { DisplaySyncStatus } from '../../../lib/displayed-sync';
import styles from './application-summary.module.css';
import { OrphanedObjectsNote } from './orphaned-objects-note';
import { UpdatedAgo } from './updated-ago';
import { Freshness } from '../../../components/freshness/freshness';
import { APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS } from '../../../api/queries/live-status-queries';

interface ApplicationSummaryProps {
  summary: LiveStatusSummary;
  latestDeployment: DashboardItem | null;
  isFetching: boolean;
  /** When the server last answered with this live status (ms). */
  confirmedAt: number;
  /** Objects Octopus no longer deploys, and the Sync filter that lists them. */
  orphans: { count: number; sync: readonly DisplaySyncStatus[] };
}

/**
 * The application's status (icon, label, what it means), its health and sync separately, when
 * the monitor last reported, the deployment that produced this state, and its orphans if any.
 */
export function ApplicationSummary({
  summary,
  latestDeployment,
  isFetching,
  confirmedAt,
  orphans,
}: ApplicationSummaryProps) {
  const status = applicationStatusDefinitions[summary.Status];
  const supported = summary.Status !== 'NotSupported';
  return (
    <div className={styles.summary}>
      <div className={[styles.status, statusToneClass(status.tone)].join(' ')}>
        <StatusIcon definition={status} className={styles.statusIcon} />
        <div>
          <p className={styles.statusLabel}>{status.label}</p>
          <p className={styles.description}>{status.description}</p>
        </div>
      </div>
      <dl className={styles.facts}>
        {supported && (
          <>
            {summary.HealthStatus !== null && (
              <div className={styles.fact}>
                <dt>Health</dt>
                <dd>
                  <StatusBadge
                    definition={applicationHealthStatusDefinitions[summary.HealthStatus]}
                    describe
                  />
                </dd>
              </div>
            )}
            {summary.SyncStatus !== null && (
              <div className={styles.fact}>
                <dt>Sync</dt>
                <dd>
                  <StatusBadge
                    definition={applicationSyncStatusDefinitions[summary.SyncStatus]}
                    describe
                  />
                  {summary.SyncStatusMessage && (
                    <span className={styles.syncMessage}>{summary.SyncStatusMessage}</span>
                  )}
                </dd>
              </div>
            )}
            <div className={styles.fact}>
              <dt>Last report</dt>
              <dd>
                <UpdatedAgo lastUpdated={summary.LastUpdated} isFetching={isFetching} />
              </dd>
            </div>
          </>
        )}
        <div className={styles.fact}>
          <dt>Server</dt>
          <dd>
            <Freshness
              confirmedAt={confirmedAt}
              pollIntervalMs={APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS}
              fetching={isFetching}
            />
          </dd>
        </div>
        {latestDeployment && (
          <div className={styles.fact}>
            <dt>Deployment</dt>
            <dd>
              <Link
                to={paths.deployment(latestDeployment.DeploymentId)}
                className={styles.deployment}
              >
                <StatusIcon
                  definition={taskStateDefinition(
                    latestDeployment.State,
                    latestDeployment.HasWarningsOrErrors,
                  )}
                />
                <span>
                  Release {latestDeployment.ReleaseVersion}:{' '}
                  {
                    taskStateDefinition(
                      latestDeployment.State,
                      latestDeployment.HasWarningsOrErrors,
                    ).label
                  }
                </span>
                <FontAwesomeIcon icon={faArrowRight} className={styles.arrow} />
              </Link>
            </dd>
          </div>
        )}
      </dl>
      <OrphanedObjectsNote count={orphans.count} sync={orphans.sync} />
    </div>
  );
}
