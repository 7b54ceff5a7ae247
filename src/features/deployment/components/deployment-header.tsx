import { faArrowLeft, faCircleExclamation } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ReactNode } from 'react';
import type { Task } from '../../../api/contract';
import { taskRefetchInterval } from '../../../api/queries/task-queries';
import { ButtonLink } from '../../../components/button/button';
import { Freshness } from '../../../components/freshness/freshness';
import { ExactTime } from '../../../components/relative-time/relative-time';
import { StatusBadge, taskStateDefinition } from '../../../components/status';
import { paths } from '../../../config/paths';
import { useTickingNow } from '../hooks/use-ticking-now';
import { taskDuration } from '../model/task-timing';
import styles from './deployment-header.module.css';

export interface DeploymentTitle {
  project: string;
  /** Null while the release loads. */
  version: string | null;
  environment: string;
  tenant: string | null;
}

/** "front-end 0.3.11 to Production for Acme Corp": the page's heading and document title. */
export function describeDeployment({ project, version, environment, tenant }: DeploymentTitle) {
  return `${project}${version === null ? '' : ` ${version}`} to ${environment}${tenant === null ? '' : ` for ${tenant}`}`;
}

/** The deployment's application: "checkout in Production", "ledger in Production for Globex". */
export function describeApplication({ project, environment, tenant }: DeploymentTitle) {
  return `${project} in ${environment}${tenant === null ? '' : ` for ${tenant}`}`;
}

/** A running task's duration, ticking every second; only this re-renders on each tick. */
function Duration({ task }: { task: Task }) {
  const now = useTickingNow(!task.IsCompleted && task.StartTime !== null);
  return <>{taskDuration(task, now) ?? 'Not started'}</>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface DeploymentHeaderProps {
  title: DeploymentTitle;
  /** Undefined while the task loads. */
  task: Task | undefined;
  /** When the server last answered with the task (ms); 0 before it has. */
  confirmedAt: number;
  /** The task is being asked for again. */
  fetching: boolean;
}

/** Who, what, where and when: project, release, environment, tenant, task state and times. */
export function DeploymentHeader({ title, task, confirmedAt, fetching }: DeploymentHeaderProps) {
  const pending = <span className={styles.pending}>…</span>;
  const time = (value: string | null | undefined) =>
    value === undefined ? (
      pending
    ) : value === null ? (
      <span className={styles.none}>Not yet</span>
    ) : (
      <ExactTime value={value} />
    );
  return (
    <header className={styles.header}>
      <ButtonLink variant="ghost" to={paths.dashboard()} className={styles.back}>
        <FontAwesomeIcon icon={faArrowLeft} />
        Back to dashboard
      </ButtonLink>
      <div className={styles.titleRow}>
        <h1 className={styles.title}>{describeDeployment(title)}</h1>
        {task && (
          <StatusBadge
            definition={taskStateDefinition(task.State, task.HasWarningsOrErrors)}
            variant="pill"
            describe
            className={styles.state}
          />
        )}
        {task && confirmedAt > 0 && (
          <Freshness
            confirmedAt={confirmedAt}
            pollIntervalMs={taskRefetchInterval(task)}
            fetching={fetching}
          />
        )}
      </div>
      <dl className={styles.facts}>
        <Fact term="Project">{title.project}</Fact>
        <Fact term="Release">{title.version ?? pending}</Fact>
        <Fact term="Environment">{title.environment}</Fact>
        {title.tenant !== null && <Fact term="Tenant">{title.tenant}</Fact>}
        <Fact term="Queued">{time(task?.QueueTime)}</Fact>
        <Fact term="Started">{time(task?.StartTime)}</Fact>
        <Fact term="Completed">{time(task?.CompletedTime)}</Fact>
        <Fact term="Duration">{task ? <Duration task={task} /> : pending}</Fact>
      </dl>
      {task?.ErrorMessage && (
        <p className={styles.error} role="note">
          <FontAwesomeIcon icon={faCircleExclamation} className={styles.errorIcon} />
          {task.ErrorMessage}
        </p>
      )}
    </header>
  );
}
