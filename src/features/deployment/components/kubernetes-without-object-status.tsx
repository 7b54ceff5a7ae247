import { faArrowRight, faCircleInfo, faListUl } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import type { ApplicationLiveStatus, LiveResource } from '../../../api/contract';
import type { TaskObjectStatusUnavailableError } from '../../../api/endpoints/task-object-status';
import { Button, ButtonLink } from '../../../components/button/button';
import { RelativeTime } from '../../../components/relative-time/relative-time';
import {
  StatusBadge,
  StatusIcon,
  applicationHealthStatusDefinitions,
  applicationStatusDefinitions,
  applicationSyncStatusDefinitions,
  healthStatusDefinitions,
  syncStatusDefinitions,
} from '../../../components/status';
import { displayedSyncStatus, isOrphan } from '../../../lib/displayed-sync';
import { hasLiveStatus } from '../model/deployment-tab';
import { ErrorState, LoadingState } from './query-states';
import styles from './kubernetes-without-object-status.module.css';

/** Top-level objects listed before "and N more". */
export const LISTED_OBJECTS_LIMIT = 12;

interface KubernetesWithoutObjectStatusProps {
  /** Why there is no object status: the server's answer, for the explanation. */
  reason: TaskObjectStatusUnavailableError;
  /** "checkout in Production", "ledger in Production for Globex". */
  applicationName: string;
  liveStatus: UseQueryResult<ApplicationLiveStatus>;
  liveStatusHref: string;
  onShowTaskLog: () => void;
}

/**
 * The Kubernetes tab on a server that keeps task object status to itself (a real Octopus Server):
 * what the tab needs and why it is missing, then what Periscope can still show, the application's
 * live status in the deployment's environment. Not an error: the server is working as designed.
 */
export function KubernetesWithoutObjectStatus({
  reason,
  applicationName,
  liveStatus,
  liveStatusHref,
  onShowTaskLog,
}: KubernetesWithoutObjectStatusProps) {
  const titleId = useId();
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.head}>
        <span className={styles.icon}>
          <FontAwesomeIcon icon={faCircleInfo} />
        </span>
        <div>
          <p className={styles.eyebrow}>Kubernetes objects</p>
          <h2 id={titleId} className={styles.title}>
            This server does not share each step’s Kubernetes objects
          </h2>
        </div>
      </div>
      <div className={styles.text}>
        <p>
          This tab lists the objects each step applied, with their status during the deployment.
          Periscope reads them from the task’s Kubernetes object status, which Octopus Server keeps
          to itself: asked at <code className={styles.path}>{reason.path}</code>, this server
          answered {reason.status}. To show them here, Periscope needs a server that shares it.
        </p>
        <p>
          What Periscope can show instead is the live status of {applicationName}: the objects as
          the Kubernetes monitor sees them now, not as this deployment left them. The task log has
          what each step did.
        </p>
      </div>
      <LiveStatusSummary applicationName={applicationName} query={liveStatus} />
      <div className={styles.actions}>
        <ButtonLink variant="primary" to={liveStatusHref}>
          Open the live status of {applicationName}
          <FontAwesomeIcon icon={faArrowRight} />
        </ButtonLink>
        <Button onClick={onShowTaskLog}>
          <FontAwesomeIcon icon={faListUl} />
          Read the task log
        </Button>
      </div>
    </section>
  );
}

function LiveStatusSummary({
  applicationName,
  query,
}: {
  applicationName: string;
  query: UseQueryResult<ApplicationLiveStatus>;
}) {
  const headingId = useId();
  const { data, error, refetch } = query;
  let body;
  if (data === undefined) {
    body = error ? (
      <ErrorState
        title="The live status could not be loaded either"
        error={error}
        onRetry={() => void refetch()}
      />
    ) : (
      <LoadingState>{`Loading the live status of ${applicationName}…`}</LoadingState>
    );
  } else if (!hasLiveStatus(data)) {
    body = (
      <p className={styles.none}>
        {applicationName} has no live status: its project has no Kubernetes steps the monitor
        watches, or the cluster has no Kubernetes monitor.
      </p>
    );
  } else {
    body = <LiveStatusFacts status={data} />;
  }
  return (
    <section className={styles.live} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.liveTitle}>
        Live status of {applicationName}
      </h3>
      {body}
    </section>
  );
}

function LiveStatusFacts({ status }: { status: ApplicationLiveStatus }) {
  const { Summary: summary } = status;
  const objects: LiveResource[] = status.MachineStatuses.flatMap((machine) => machine.Resources);
  const listed = objects.slice(0, LISTED_OBJECTS_LIMIT);
  return (
    <>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>Health</dt>
          <dd>
            <StatusBadge
              definition={
                summary.HealthStatus === null
                  ? applicationStatusDefinitions[summary.Status]
                  : applicationHealthStatusDefinitions[summary.HealthStatus]
              }
            />
          </dd>
        </div>
        {summary.SyncStatus !== null && (
          <div className={styles.fact}>
            <dt>Sync</dt>
            <dd>
              <StatusBadge definition={applicationSyncStatusDefinitions[summary.SyncStatus]} />
            </dd>
          </div>
        )}
        {summary.LastUpdated !== null && (
          <div className={styles.fact}>
            <dt>Last report</dt>
            <dd>
              <RelativeTime value={summary.LastUpdated} />
            </dd>
          </div>
        )}
      </dl>
      {objects.length > 0 && (
        <>
          <ul className={styles.objects} aria-label="Top-level objects">
            {listed.map((object) => {
              const health = healthStatusDefinitions[object.HealthStatus];
              return (
                <li
                  key={
                    object.DesiredResourceId ?? object.ResourceId ?? `${object.Kind}/${object.Name}`
                  }
                  className={styles.object}
                >
                  <StatusIcon definition={health} />
                  <span className={styles.kind}>{object.Kind}</span>
                  <span className={styles.name}>{object.Name}</span>
                  <span className={styles.health}>
                    {health.label}
                    {/* Left there by an earlier release: not what this deployment applied. */}
                    {isOrphan(object) &&
                      `, ${syncStatusDefinitions[displayedSyncStatus(object)].label.toLowerCase()}`}
                  </span>
                </li>
              );
            })}
          </ul>
          {objects.length > listed.length && (
            <p className={styles.more}>
              and {objects.length - listed.length} more on the live status page.
            </p>
          )}
        </>
      )}
    </>
  );
}
