import type {
  ActivityElement,
  ActivityElementBody,
  LogElementBody,
  TaskDetailsBody,
} from '../../src/api/contract';
import type { Timestamps } from '../engine/cluster/object-meta';
import type { TimeProbe } from '../engine/time-probe';
import type { DeploymentRun, StepRun } from '../engine/timeline';
import {
  deploymentTitle,
  isWarningOrError,
  logHasWarningsOrErrors,
  stepLines,
  taskLines,
  type Line,
} from './task-log';
import { taskState, toTask, type TaskSubject } from './tasks';

function stepStatus(
  stepRun: StepRun,
  lines: readonly Line[],
  run: DeploymentRun,
  probe: TimeProbe,
): ActivityElement['Status'] {
  if (stepRun.outcome === 'Skipped') return probe.reached(run.completedAt) ? 'Skipped' : 'Pending';
  // A step the task's cancel came before.
  if (stepRun.startedAt === null) return probe.reached(run.completedAt) ? 'Canceled' : 'Pending';
  if (!probe.reached(stepRun.startedAt)) return 'Pending';
  if (stepRun.endedAt === null || !probe.reached(stepRun.endedAt)) return 'Running';
  switch (stepRun.outcome) {
    case 'Failed':
    case 'TimedOut':
      return 'Failed';
    case 'Canceled':
      return 'Canceled';
    case 'Success':
      return lines.some(isWarningOrError) ? 'SuccessWithWarning' : 'Success';
  }
}

const log = (lines: readonly Line[], probe: TimeProbe, iso: Timestamps): LogElementBody[] =>
  lines
    .filter(([at]) => probe.reached(at))
    .map(([at, category, text]) => ({
      Category: category,
      MessageText: text,
      OccurredAt: iso(at),
    }));

/**
 * The task log tree: task > steps > targets, with the lines written so far. A step runs on each
 * of the application's targets, each with a log of its own.
 */
export function toTaskDetails(
  subject: TaskSubject,
  machineNames: readonly string[],
  probe: TimeProbe,
  iso: Timestamps,
): TaskDetailsBody {
  const { run } = subject;
  const task = toTask(subject, probe, iso);
  const steps = run.steps.map((stepRun): ActivityElementBody => {
    const lines = stepLines(subject, stepRun);
    const status = stepStatus(stepRun, lines, run, probe);
    const started = stepRun.startedAt !== null && probe.reached(stepRun.startedAt);
    const ended = stepRun.endedAt !== null && probe.reached(stepRun.endedAt);
    const id = `${run.deployment.taskId}_step_${String(stepRun.index + 1)}`;
    return {
      Id: id,
      Name: `Step ${String(stepRun.index + 1)}: ${stepRun.step.name}`,
      Status: status,
      Started: started && stepRun.startedAt !== null ? iso(stepRun.startedAt) : null,
      Ended: ended && stepRun.endedAt !== null ? iso(stepRun.endedAt) : null,
      ShowAtSummaryLevel: true,
      LogElements: [],
      Children: started
        ? machineNames.map((machineName, index) => ({
            // The first target keeps the id a one-target task has always had.
            Id: index === 0 ? `${id}_target` : `${id}_target_${String(index + 1)}`,
            Name: machineName,
            Status: status,
            Started: stepRun.startedAt === null ? null : iso(stepRun.startedAt),
            Ended: ended && stepRun.endedAt !== null ? iso(stepRun.endedAt) : null,
            ShowAtSummaryLevel: false,
            LogElements: log(stepLines({ ...subject, machineName }, stepRun), probe, iso),
            Children: [],
          }))
        : [],
    };
  });
  const state = taskState(run, probe);
  const done = run.steps.filter(
    (stepRun) => stepRun.endedAt !== null && probe.reached(stepRun.endedAt),
  ).length;
  const total = Math.max(1, run.steps.length);
  return {
    Task: task,
    ActivityLogs: [
      {
        Id: run.deployment.taskId,
        Name: deploymentTitle(subject),
        Status:
          state === 'Queued'
            ? 'Pending'
            : state === 'Executing' || state === 'Cancelling'
              ? 'Running'
              : state === 'Success'
                ? logHasWarningsOrErrors(subject)
                  ? 'SuccessWithWarning'
                  : 'Success'
                : state === 'Canceled'
                  ? 'Canceled'
                  : 'Failed',
        Started: task.StartTime,
        Ended: task.CompletedTime,
        ShowAtSummaryLevel: true,
        LogElements: log(taskLines(subject), probe, iso),
        Children: steps,
      },
    ],
    Progress: {
      ProgressPercentage: task.IsCompleted ? 100 : Math.round((done / total) * 100),
      EstimatedTimeRemaining: task.IsCompleted ? null : 'About a minute',
    },
  };
}
