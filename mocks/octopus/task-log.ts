import type { LogElement } from '../../src/api/contract';
import { applyWarnings } from '../kubernetes/apply-warnings';
import type { KubeObject } from '../kubernetes/types';
import { desiredObjects } from '../engine/desired-objects';
import { seconds, type DeploymentRun, type StepRun } from '../engine/timeline';
import type { TaskSubject } from './tasks';

/**
 * What a deployment's task log says, line by line, each with the moment it is written: the task
 * log (`activity-log.ts`) shows the lines written so far, and whether the task has warnings or
 * errors (`tasks.ts`) is read from them.
 */
export type Line = [at: number, category: LogElement['Category'], text: string];

const STATUS_CHECK_PERIOD = seconds(5);
/** A long status check logs at most this many progress lines, as Octopus does with repeats. */
const MAX_PROGRESS_LINES = 24;

export function deploymentTitle(subject: TaskSubject) {
  const tenant = subject.tenant ? ` for ${subject.tenant.name}` : '';
  return `Deploy ${subject.project.name} release ${subject.run.deployment.version} to ${subject.environment.name}${tenant}`;
}

function resourceLabel(object: KubeObject) {
  return `${object.kind.toLowerCase()}/${object.metadata.name}`;
}

function scriptLines(stepRun: StepRun, start: number, machineName: string): Line[] {
  return [
    [start, 'Info', `Executing script on ${machineName}`],
    [start + seconds(1), 'Verbose', `PowerShell 7.4.6, running "${stepRun.step.name}"`],
    [start + seconds(2), 'Info', `${stepRun.step.name}: done`],
  ];
}

/** Why a step stopped without success, as its last error says. */
function failureLine(
  subject: TaskSubject,
  stepRun: StepRun,
  objects: readonly KubeObject[],
  failedAt: number,
): Line {
  const { step, startedAt } = stepRun;
  const timeout = String(step.timeoutSeconds ?? 0);
  if (stepRun.outcome === 'TimedOut') {
    return [
      failedAt,
      'Error',
      `The step timed out after ${timeout} s while Kubernetes objects were still in progress. See the Kubernetes tab for the objects' state.`,
    ];
  }
  const atTimeout =
    step.timeoutSeconds !== null &&
    startedAt !== null &&
    failedAt === startedAt + seconds(step.timeoutSeconds);
  if (atTimeout) {
    return [
      failedAt,
      'Error',
      `The step failed: its ${timeout} s timeout passed with Kubernetes objects in error. See the Kubernetes tab for the objects' state.`,
    ];
  }
  const failedJobs = objects.filter(
    (object) =>
      object.kind === 'Job' && subject.run.deployment.failingJobs.includes(object.metadata.name),
  );
  return [
    failedAt,
    'Error',
    `${failedJobs.map(resourceLabel).join(', ')} failed: Job has reached the specified backoff limit. The step failed without waiting for its timeout.`,
  ];
}

function kubernetesLines(subject: TaskSubject, stepRun: StepRun, start: number): Line[] {
  const { step } = stepRun;
  const context = {
    version: subject.run.deployment.version,
    environment: subject.environment.slug,
    namespace: subject.app.namespace,
    tenant: subject.tenant?.slug ?? null,
  };
  const objects = desiredObjects(subject.project.slug, step, context);
  const lines: Line[] = [
    [
      start,
      'Info',
      `Deploying ${String(objects.length)} Kubernetes objects to namespace "${subject.app.namespace}" on ${subject.machineName}`,
    ],
    [
      start + seconds(1),
      'Verbose',
      `kubectl apply -f /octopus/work/${step.actionId}/manifests --server-side --field-manager octopus`,
    ],
  ];
  const applied = stepRun.appliedAt;
  // Canceled before kubectl applied anything.
  if (applied === null) return lines;
  for (const object of objects) {
    // kubectl prints the API server's warnings for an object as it applies it.
    for (const warning of applyWarnings(object)) {
      lines.push([applied, 'Warning', `Warning: ${warning}`]);
    }
    lines.push([applied, 'Info', `${resourceLabel(object)} serverside-applied`]);
  }
  if (!step.verifiesObjects) {
    lines.push([applied, 'Info', 'Object status verification is not enabled for this step.']);
    return lines;
  }
  lines.push([applied, 'Info', 'Checking that Kubernetes objects are running successfully...']);
  const settled =
    stepRun.readyAt ?? stepRun.failedAt ?? stepRun.canceledAt ?? Number.POSITIVE_INFINITY;
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
    lines.push(failureLine(subject, stepRun, objects, stepRun.failedAt));
  }
  const checked = stepRun.readyAt ?? stepRun.failedAt;
  if (checked !== null && step.stabilizationSeconds > 0) {
    lines.push([
      checked,
      'Info',
      `Waiting ${String(step.stabilizationSeconds)} s for the objects' status to stabilize`,
    ]);
    if (stepRun.endedAt !== null && stepRun.canceledAt === null) {
      lines.push([
        stepRun.endedAt,
        'Info',
        'Status stabilization period ended. Object status is now a snapshot.',
      ]);
    }
  }
  return lines;
}

/** Every line a step writes over its run: none if it never ran, none after a cancel stopped it. */
export function stepLines(subject: TaskSubject, stepRun: StepRun): Line[] {
  const start = stepRun.startedAt;
  if (start === null) return [];
  const lines =
    stepRun.step.type === 'Script'
      ? scriptLines(stepRun, start, subject.machineName)
      : kubernetesLines(subject, stepRun, start);
  const { canceledAt } = stepRun;
  return canceledAt === null ? lines : lines.filter(([at]) => at <= canceledAt);
}

/** The task's own lines, above its steps. */
export function taskLines(subject: TaskSubject): Line[] {
  const { run } = subject;
  const { deployment } = run;
  const lines: Line[] = [[deployment.queuedAt, 'Info', `Queued: ${deploymentTitle(subject)}`]];
  // A task canceled while queued never starts.
  if (deployment.startedAt < run.completedAt)
    lines.push([deployment.startedAt, 'Info', 'Task started']);
  if (run.finalState === 'Canceled')
    lines.push([run.completedAt, 'Warning', 'The task was canceled by a user.']);
  const timedOut = run.steps.find((stepRun) => stepRun.outcome === 'TimedOut');
  if (run.finalState === 'TimedOut' && timedOut) {
    lines.push([
      run.completedAt,
      'Error',
      `The task timed out: step "${timedOut.step.name}" did not finish within its ${String(timedOut.step.timeoutSeconds ?? 0)} s timeout.`,
    ]);
  }
  return lines;
}

/** Whether a line says something went wrong: what makes a task "with warnings". */
export const isWarningOrError = ([, category]: Line) =>
  category === 'Warning' || category === 'Error';

const writesWarnings = new WeakMap<DeploymentRun, boolean>();

/**
 * Whether the task's log, once complete, has a Warning or Error line anywhere: the task's own
 * (a cancel), or a step's (kubectl's warnings, a failure). Remembered per run: a log is a pure
 * function of its run.
 */
export function logHasWarningsOrErrors(subject: TaskSubject): boolean {
  const known = writesWarnings.get(subject.run);
  if (known !== undefined) return known;
  const answer =
    taskLines(subject).some(isWarningOrError) ||
    subject.run.steps.some((stepRun) => stepLines(subject, stepRun).some(isWarningOrError));
  writesWarnings.set(subject.run, answer);
  return answer;
}
