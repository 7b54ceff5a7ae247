import type {
  ActivityElement,
  ActivityElementBody,
  LogElement,
  LogElementBody,
  TaskDetailsBody,
} from '../../src/api/contract';
import type { KubeObject } from '../kubernetes/types';
import type { Timestamps } from '../engine/cluster/object-meta';
import { desiredObjects } from '../engine/desired-objects';
import type { TimeProbe } from '../engine/time-probe';
import { seconds, type DeploymentRun, type StepRun } from '../engine/timeline';
import { deploymentTitle, taskState, toTask, type TaskSubject } from './tasks';

const STATUS_CHECK_PERIOD = seconds(5);
/** A long status check logs at most this many progress lines, as Octopus does with repeats. */
const MAX_PROGRESS_LINES = 24;

type Line = [at: number, category: LogElement['Category'], text: string];

function resourceLabel(object: KubeObject) {
  return `${object.kind.toLowerCase()}/${object.metadata.name}`;
}

/** Every log line a step writes over its run, with the moment it is written. */
function stepLines(subject: TaskSubject, stepRun: StepRun, machineName: string): Line[] {
  const { step } = stepRun;
  const start = stepRun.startedAt;
  if (start === null) return [];
  if (step.type === 'Script') {
    return [
      [start, 'Info', `Executing script on ${machineName}`],
      [start + seconds(1), 'Verbose', `PowerShell 7.4.6, running "${step.name}"`],
      [start + seconds(2), 'Info', `${step.name}: done`],
    ];
  }
  const context = {
    version: subject.run.deployment.version,
    environment: subject.environment.slug,
    namespace: subject.app.namespace,
    tenant: subject.tenant?.slug ?? null,
  };
  const objects = desiredObjects(subject.project.slug, step, context);
  const applied = stepRun.appliedAt ?? start;
  const lines: Line[] = [
    [
      start,
      'Info',
      `Deploying ${String(objects.length)} Kubernetes objects to namespace "${subject.app.namespace}" on ${machineName}`,
    ],
    [
      start + seconds(1),
      'Verbose',
      `kubectl apply -f /octopus/work/${step.actionId}/manifests --server-side --field-manager octopus`,
    ],
    ...objects.map((object): Line => [
      applied,
      'Info',
      `${resourceLabel(object)} serverside-applied`,
    ]),
  ];
  if (!step.verifiesObjects) {
    lines.push([applied, 'Info', 'Object status verification is not enabled for this step.']);
    return lines;
  }
  lines.push([applied, 'Info', 'Checking that Kubernetes objects are running successfully...']);
  const settled = stepRun.readyAt ?? stepRun.failedAt ?? Number.POSITIVE_INFINITY;
  const checks = Math.min(
    MAX_PROGRESS_LINES,
    Math.floor((settled - applied) / STATUS_CHECK_PERIOD),
  );
  for (let check = 1; check <= checks; check++) {
    lines.push([
      applied + check * STATUS_CHECK_PERIOD,
      'Verbose',
      'Resource status check: waiting for objects to reach their desired state',
    ]);
  }
  if (stepRun.readyAt !== null) {
    lines.push([
      stepRun.readyAt,
      'Highlight',
      `Resource status check completed successfully: ${String(objects.length)} objects are running.`,
    ]);
  }
  if (stepRun.failedAt !== null) {
    const timedOut =
      step.timeoutSeconds !== null && stepRun.failedAt === start + seconds(step.timeoutSeconds);
    const failedJobs = objects.filter(
      (object) =>
        object.kind === 'Job' && subject.run.deployment.failingJobs.includes(object.metadata.name),
    );
    lines.push(
      timedOut
        ? [
            stepRun.failedAt,
            'Error',
            `The step timed out after ${String(step.timeoutSeconds ?? 0)} s while Kubernetes objects were still in progress. See the Kubernetes tab for the objects' state.`,
          ]
        : [
            stepRun.failedAt,
            'Error',
            `${failedJobs.map(resourceLabel).join(', ')} failed: Job has reached the specified backoff limit. The step failed without waiting for its timeout.`,
          ],
    );
  }
  if (stepRun.endedAt !== null && step.stabilizationSeconds > 0) {
    lines.push([
      stepRun.endedAt - seconds(step.stabilizationSeconds),
      'Info',
      `Waiting ${String(step.stabilizationSeconds)} s for the objects' status to stabilize`,
    ]);
    lines.push([
      stepRun.endedAt,
      'Info',
      'Status stabilization period ended. Object status is now a snapshot.',
    ]);
  }
  return lines;
}

function stepStatus(
  stepRun: StepRun,
  run: DeploymentRun,
  probe: TimeProbe,
): ActivityElement['Status'] {
  if (stepRun.outcome === 'Skipped') return probe.reached(run.completedAt) ? 'Skipped' : 'Pending';
  if (stepRun.outcome === 'Canceled')
    return probe.reached(run.completedAt) ? 'Canceled' : 'Pending';
  if (stepRun.startedAt === null || !probe.reached(stepRun.startedAt)) return 'Pending';
  if (stepRun.endedAt === null || !probe.reached(stepRun.endedAt)) return 'Running';
  return stepRun.outcome === 'Failed' ? 'Failed' : 'Success';
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
    const status = stepStatus(stepRun, run, probe);
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
            LogElements: log(stepLines(subject, stepRun, machineName), probe, iso),
            Children: [],
          }))
        : [],
    };
  });
  const state = taskState(run, probe);
  const rootLines: Line[] = [
    [run.deployment.queuedAt, 'Info', `Queued: ${deploymentTitle(subject)}`],
    [run.deployment.startedAt, 'Info', 'Task started'],
  ];
  if (run.finalState === 'Canceled')
    rootLines.push([run.completedAt, 'Warning', 'The task was canceled by a user.']);
  if (run.finalState === 'TimedOut')
    rootLines.push([
      run.completedAt,
      'Error',
      'The task exceeded its maximum duration and was stopped.',
    ]);
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
            : state === 'Executing'
              ? 'Running'
              : state === 'Success'
                ? run.deployment.hasWarnings
                  ? 'SuccessWithWarning'
                  : 'Success'
                : state === 'Canceled'
                  ? 'Canceled'
                  : 'Failed',
        Started: task.StartTime,
        Ended: task.CompletedTime,
        ShowAtSummaryLevel: true,
        LogElements: log(rootLines, probe, iso),
        Children: steps,
      },
    ],
    Progress: {
      ProgressPercentage: task.IsCompleted ? 100 : Math.round((done / total) * 100),
      EstimatedTimeRemaining: task.IsCompleted ? null : 'About a minute',
    },
  };
}
