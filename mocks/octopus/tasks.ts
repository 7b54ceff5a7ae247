import type { DashboardItemBody, DeploymentBody, Task, TaskBody } from '../../src/api/contract';
import type { Timestamps } from '../engine/cluster/object-meta';
import type { TimeProbe } from '../engine/time-probe';
import type { DeploymentRun } from '../engine/timeline';
import { deploymentTitle, logHasWarningsOrErrors } from './task-log';
import type {
  WorldApplication,
  WorldEnvironment,
  WorldProject,
  WorldTenant,
} from '../worlds/world';

export type TaskStateNow = Task['State'];

/** The task's state at the probe's moment. */
export function taskState(run: DeploymentRun, probe: TimeProbe): TaskStateNow {
  if (probe.reached(run.completedAt)) return run.finalState;
  const { canceledAt } = run.deployment;
  if (run.finalState === 'Canceled' && canceledAt !== null && probe.reached(canceledAt))
    return 'Cancelling';
  if (!probe.reached(run.deployment.startedAt)) return 'Queued';
  return 'Executing';
}

/** "1m 23s", "45s", "2h 3m": how long a task took or has been running. */
export function formatDuration(milliseconds: number): string {
  const totalSeconds = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${String(hours)}h ${String(minutes)}m`;
  if (minutes > 0) return `${String(minutes)}m ${String(seconds)}s`;
  return `${String(seconds)}s`;
}

const errorMessages: Partial<Record<TaskStateNow, string>> = {
  Failed:
    'The deployment failed because one or more steps failed. Please see the deployment log for details.',
  TimedOut: 'The task did not complete within its allowed time and was stopped.',
  Canceled: 'The task was canceled.',
};

export interface TaskSubject {
  spaceId: string;
  app: WorldApplication;
  project: WorldProject;
  environment: WorldEnvironment;
  tenant: WorldTenant | null;
  /** The application's deployment targets, as the task log names them. */
  machineName: string;
  run: DeploymentRun;
}

/** A task as `GET /api/{spaceId}/tasks/{id}` answers it (its state read as a known value). */
export function toTask(
  subject: TaskSubject,
  probe: TimeProbe,
  iso: Timestamps,
): TaskBody & { State: TaskStateNow } {
  const { run } = subject;
  const state = taskState(run, probe);
  const completed = probe.reached(run.completedAt);
  // A task canceled while queued never starts.
  const started =
    probe.reached(run.deployment.startedAt) && run.deployment.startedAt < run.completedAt;
  const end = completed ? run.completedAt : probe.now;
  return {
    Id: run.deployment.taskId,
    SpaceId: subject.spaceId,
    Name: 'Deploy',
    Description: deploymentTitle(subject),
    State: state,
    QueueTime: iso(run.deployment.queuedAt),
    StartTime: started ? iso(run.deployment.startedAt) : null,
    CompletedTime: completed ? iso(run.completedAt) : null,
    Duration: started ? formatDuration(end - run.deployment.startedAt) : null,
    ErrorMessage: completed ? (errorMessages[state] ?? null) : null,
    // As a real server does: from what the task's log says.
    HasWarningsOrErrors: completed && logHasWarningsOrErrors(subject),
    IsCompleted: completed,
    FinishedSuccessfully: state === 'Success',
    HasBeenPickedUpByProcessor: started,
    HasPendingInterruptions: false,
    CanRerun: completed,
    LastUpdatedTime: iso(end),
    ProjectId: subject.project.id,
    Arguments: { DeploymentId: run.deployment.id },
    Links: { Self: `/api/${subject.spaceId}/tasks/${run.deployment.taskId}` },
  };
}

export function toDeployment(subject: TaskSubject, iso: Timestamps): DeploymentBody {
  const { run } = subject;
  return {
    Id: run.deployment.id,
    Name: `Deploy to ${subject.environment.name}`,
    SpaceId: subject.spaceId,
    ProjectId: subject.project.id,
    EnvironmentId: subject.environment.id,
    TenantId: subject.tenant?.id ?? null,
    ReleaseId: run.deployment.releaseId,
    TaskId: run.deployment.taskId,
    Created: iso(run.deployment.queuedAt),
    QueueTime: null,
    Links: {
      Self: `/api/${subject.spaceId}/deployments/${run.deployment.id}`,
      Task: `/api/${subject.spaceId}/tasks/${run.deployment.taskId}`,
    },
  };
}

export function toDashboardItem(
  subject: TaskSubject,
  previous: boolean,
  probe: TimeProbe,
  iso: Timestamps,
): DashboardItemBody {
  const task = toTask(subject, probe, iso);
  return {
    Id: `DashboardItems-${subject.run.deployment.id}`,
    ProjectId: subject.project.id,
    EnvironmentId: subject.environment.id,
    TenantId: subject.tenant?.id ?? null,
    ReleaseId: subject.run.deployment.releaseId,
    ReleaseVersion: subject.run.deployment.version,
    DeploymentId: subject.run.deployment.id,
    TaskId: subject.run.deployment.taskId,
    State: task.State,
    HasPendingInterruptions: false,
    PendingInterruptionTypes: [],
    HasPendingPreconditions: false,
    PendingPreconditionTypes: [],
    HasWarningsOrErrors: task.HasWarningsOrErrors,
    ErrorMessage: task.ErrorMessage,
    QueueTime: iso(subject.run.deployment.queuedAt),
    StartTime: task.StartTime,
    CompletedTime: task.CompletedTime,
    Duration: task.Duration,
    IsCurrent: !previous,
    IsPrevious: previous,
    IsCompleted: task.IsCompleted,
    Created: iso(subject.run.deployment.queuedAt),
    Links: {
      Task: `/api/${subject.spaceId}/tasks/${subject.run.deployment.taskId}`,
      Release: `/api/${subject.spaceId}/releases/${subject.run.deployment.releaseId}`,
    },
  };
}
