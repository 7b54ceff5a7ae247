import { faArrowRight, faArrowRotateRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { Link } from 'react-router';
import { errorKind } from '../../../api/api-error';
import { describeFailure } from '../../../api/describe-failure';
import { Button } from '../../../components/button/button';
import {
  applicationHealthStatusDefinitions,
  applicationStatusDefinitions,
  applicationSyncStatusDefinitions,
  StatusBadge,
} from '../../../components/status';
import { paths } from '../../../config/paths';
import { formatExactTime } from '../../../lib/relative-time';
import type { CompareSideData } from '../hooks/use-compare-side';
import styles from './side-summary.module.css';

interface SideSummaryProps {
  projectId: string;
  projectName: string;
  data: CompareSideData;
}

/** Why the side has no live status to show, in words, with Retry when asking again may help. */
function LiveStatusProblem({ data, projectName }: { data: CompareSideData; projectName: string }) {
  const { liveError, live } = data;
  if (!liveError) {
    return (
      <p className={styles.muted} role="status">
        Loading live status…
      </p>
    );
  }
  const failure = describeFailure(liveError, {
    kind: 'application',
    id: data.label,
    name: `${projectName} in ${data.label}`,
  });
  return (
    <div className={styles.problem} role="alert">
      <p>
        <strong>
          {failure?.title ?? `${errorKind(liveError)}: live status could not be loaded`}
        </strong>
      </p>
      <p>{failure?.detail ?? liveError.message}</p>
      {!failure && (
        <Button onClick={() => void live.refetch()}>
          <FontAwesomeIcon icon={faArrowRotateRight} />
          Retry
        </Button>
      )}
    </div>
  );
}

/**
 * One side at a glance: which application, its health and sync (or why it has none), the
 * release it runs, and a link to its own live status page.
 */
export function SideSummary({ projectId, projectName, data }: SideSummaryProps) {
  const headingId = useId();
  const summary = data.live.data?.Summary;
  const release = data.latestDeployment?.ReleaseVersion;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {data.label}
      </h2>
      {summary ? (
        <dl className={styles.facts}>
          {summary.Status === 'NotSupported' ? (
            <div className={styles.fact}>
              <dt>Live status</dt>
              <dd>
                <StatusBadge definition={applicationStatusDefinitions.NotSupported} describe />
              </dd>
            </div>
          ) : (
            <>
              <div className={styles.fact}>
                <dt>Health</dt>
                <dd>
                  {summary.HealthStatus === null ? (
                    <span className={styles.muted}>Not reported</span>
                  ) : (
                    <StatusBadge
                      definition={applicationHealthStatusDefinitions[summary.HealthStatus]}
                      describe
                    />
                  )}
                </dd>
              </div>
              <div className={styles.fact}>
                <dt>Sync</dt>
                <dd>
                  {summary.SyncStatus === null ? (
                    <span className={styles.muted}>Not reported</span>
                  ) : (
                    <StatusBadge
                      definition={applicationSyncStatusDefinitions[summary.SyncStatus]}
                      describe
                    />
                  )}
                </dd>
              </div>
            </>
          )}
          {release !== undefined && (
            <div className={styles.fact}>
              <dt>Release</dt>
              <dd>{release}</dd>
            </div>
          )}
        </dl>
      ) : (
        <LiveStatusProblem data={data} projectName={projectName} />
      )}
      {data.live.isRefetchError && (
        <p className={styles.stale} role="alert">
          Showing live status as of {formatExactTime(data.live.dataUpdatedAt)}: the latest refresh
          failed. {data.live.error.message}{' '}
          <Button onClick={() => void data.live.refetch()}>
            <FontAwesomeIcon icon={faArrowRotateRight} />
            Retry
          </Button>
        </p>
      )}
      <Link className={styles.link} to={paths.applicationLiveStatus({ projectId, ...data.side })}>
        Live status of {projectName} in {data.label}
        <FontAwesomeIcon icon={faArrowRight} />
      </Link>
    </section>
  );
}
