import { isKind, type KubeObject } from '../kubernetes/types';
import type { ManifestContext, ProcessStep } from '../worlds/process-step';
import { desiredObjects } from './desired-objects';
import type { PodBehaviour, WorldDeployment } from '../worlds/world';
import {
  CLUSTER_NODE_SUFFIXES,
  rolloutCompleteAt,
  type ScheduledWorkloadKind,
  type WorkloadRevision,
} from './workload-schedule';

/**
 * When each step of a deployment starts, applies its objects, becomes ready or fails, and ends
 * (after its stabilization period). A pure function of the world: no clock involved.
 */
export interface StepRun {
  step: ProcessStep;
  index: number;
  /** Null when the step never ran (skipped after a failure, or the task was canceled first). */
  startedAt: number | null;
  /** Null for a script step, or when the task was canceled before the step applied anything. */
  appliedAt: number | null;
  /** When every verified object was ready (null: never, or not before the step stopped). */
  readyAt: number | null;
  /**
   * When the step failed (a Job failed, or its timeout passed with objects in error) or timed
   * out (its timeout passed with objects still progressing).
   */
  failedAt: number | null;
  /** When a user's cancel stopped the step while it ran (null: it was not running then). */
  canceledAt: number | null;
  /**
   * When the step ended: ready or failed, plus the stabilization period, or canceled. The
   * snapshot time.
   */
  endedAt: number | null;
  outcome: 'Success' | 'Failed' | 'TimedOut' | 'Skipped' | 'Canceled';
}

export interface DeploymentRun {
  deployment: WorldDeployment;
  steps: readonly StepRun[];
  /** When the task completed. */
  completedAt: number;
  /** The task's final state. */
  finalState: 'Success' | 'Failed' | 'Canceled' | 'TimedOut';
}

export const seconds = (value: number) => value * 1000;
export const minutes = (value: number) => seconds(value * 60);
export const hours = (value: number) => minutes(value * 60);
export const days = (value: number) => hours(value * 24);

const APPLY_DELAY = seconds(2);
const SCRIPT_STEP_DURATION = seconds(3);
const JOB_RUN_DURATION = seconds(12);
/** From a user's cancel to the task's end: Octopus stops the step's process, then the task. */
const CANCEL_DELAY = seconds(2);

/** The Pods of a rollout become Ready one after another. */
export interface RolloutTiming {
  behaviour: PodBehaviour;
  bootMs: number;
  staggerMs: number;
}

/**
 * When Pod `index` of a rollout of `count` is created. Like the Deployment controller with the
 * default maxSurge of 25%: the first Pods start at once (a few seconds apart), each later one only
 * when an earlier new Pod became Ready and an old one could go. Null: never (the rollout is stuck).
 */
export function podCreatedAt(
  revisionAt: number,
  index: number,
  count: number,
  timing: RolloutTiming,
): number | null {
  const surge = Math.max(1, Math.ceil(count * 0.25));
  const earliest = revisionAt + index * timing.staggerMs;
  if (index < surge) return earliest;
  const room = podReadyAt(revisionAt, index - surge, count, timing);
  return room === null ? null : Math.max(earliest, room);
}

/** When Pod `index` of `count` in a rollout becomes Ready; null if it never does. */
export function podReadyAt(
  revisionAt: number,
  index: number,
  count: number,
  timing: RolloutTiming,
): number | null {
  const created = podCreatedAt(revisionAt, index, count, timing);
  if (created === null) return null;
  switch (timing.behaviour.kind) {
    case 'healthy':
      return created + timing.bootMs;
    case 'slow-ready':
      return index === count - 1
        ? Math.max(timing.behaviour.readyAt, created + timing.bootMs)
        : created + timing.bootMs;
    case 'image-pull-backoff':
    case 'crash-loop':
      return null;
  }
}

/** Replicas a workload's manifest asks for. */
export function desiredReplicas(object: KubeObject): number {
  if (
    isKind(object, 'Deployment') ||
    isKind(object, 'StatefulSet') ||
    isKind(object, 'ReplicaSet')
  ) {
    return object.spec?.replicas ?? 1;
  }
  if (isKind(object, 'DaemonSet')) return CLUSTER_NODE_SUFFIXES.length;
  return 0;
}

/** The kind a StatefulSet or DaemonSet is scheduled as; null for every other object. */
function scheduledKind(object: KubeObject): ScheduledWorkloadKind | null {
  if (isKind(object, 'StatefulSet')) return 'StatefulSet';
  if (isKind(object, 'DaemonSet')) return 'DaemonSet';
  return null;
}

/**
 * When an applied object reaches its desired state; null if it never does. For a StatefulSet or
 * DaemonSet, `revisions` are its Pod templates so far, oldest first, the last one current (an
 * update rolls out differently from a first creation; an apply that changes no template makes
 * none). It is the schedule the cluster builds the workload's Pods and status from, so a step is
 * ready exactly when the object's computed health turns Healthy.
 */
export function objectReadyAt(
  object: KubeObject,
  appliedAt: number,
  timing: RolloutTiming,
  revisions?: readonly WorkloadRevision[],
) {
  const scheduled = scheduledKind(object);
  if (scheduled !== null) {
    const complete = rolloutCompleteAt(
      scheduled,
      revisions ?? [{ at: appliedAt, key: 'applied', timing, replicas: desiredReplicas(object) }],
    );
    return complete === null ? null : Math.max(appliedAt, complete);
  }
  if (isKind(object, 'Deployment')) {
    const count = desiredReplicas(object);
    let latest = appliedAt;
    for (let index = 0; index < count; index++) {
      const ready = podReadyAt(appliedAt, index, count, timing);
      if (ready === null) return null;
      latest = Math.max(latest, ready);
    }
    return latest;
  }
  if (isKind(object, 'Job')) return appliedAt + JOB_RUN_DURATION;
  if (isKind(object, 'Ingress')) return appliedAt + seconds(3);
  if (isKind(object, 'PersistentVolumeClaim')) return appliedAt + seconds(2);
  if (isKind(object, 'HorizontalPodAutoscaler')) return appliedAt + seconds(4);
  return appliedAt + seconds(1);
}

export const jobRunDuration = JOB_RUN_DURATION;

function podTemplateImages(object: KubeObject): string[] {
  if (
    isKind(object, 'Deployment') ||
    isKind(object, 'StatefulSet') ||
    isKind(object, 'DaemonSet')
  ) {
    return (object.spec?.template.spec?.containers ?? []).map((container) => container.image ?? '');
  }
  return [];
}

/**
 * A release's Pod behaviour applies to the workloads that run the release's own images: an image
 * tag that was never pushed breaks `user`, not `user-db` with its fixed tag.
 */
export function timingFor(
  object: KubeObject,
  timing: RolloutTiming,
  version: string,
): RolloutTiming {
  if (timing.behaviour.kind !== 'image-pull-backoff') return timing;
  const usesRelease = podTemplateImages(object).some((image) => image.endsWith(`:${version}`));
  return usesRelease ? timing : { ...timing, behaviour: { kind: 'healthy' } };
}

export function rolloutTiming(deployment: WorldDeployment): RolloutTiming {
  return {
    behaviour: deployment.podBehaviour,
    bootMs: seconds(deployment.podBootSeconds),
    staggerMs: seconds(deployment.podStaggerSeconds),
  };
}

/** A step that never ran: skipped after a failure, or canceled before its turn. */
function notRun(step: ProcessStep, index: number, outcome: 'Skipped' | 'Canceled'): StepRun {
  return {
    step,
    index,
    startedAt: null,
    appliedAt: null,
    readyAt: null,
    failedAt: null,
    canceledAt: null,
    endedAt: null,
    outcome,
  };
}

/**
 * A step stopped by a user's cancel at `at`, while it ran: what had happened by then stands (the
 * objects it applied stay applied: a cancel stops the task, not the cluster). A step that had
 * already failed keeps its outcome, its stabilization period cut short.
 */
function canceledStep(planned: StepRun, at: number): StepRun {
  const before = (moment: number | null) => (moment !== null && moment <= at ? moment : null);
  const failedAt = before(planned.failedAt);
  return {
    ...planned,
    appliedAt: before(planned.appliedAt),
    readyAt: before(planned.readyAt),
    failedAt,
    canceledAt: at,
    endedAt: at,
    outcome: failedAt === null ? 'Canceled' : planned.outcome,
  };
}

/** Runs a deployment's process on paper. */
export function planDeployment(
  projectSlug: string,
  steps: readonly ProcessStep[],
  deployment: WorldDeployment,
  context: Omit<ManifestContext, 'version'>,
  /** The application's deployments before this one, as planned: what the cluster already runs. */
  earlierRuns: readonly DeploymentRun[] = [],
): DeploymentRun {
  const { canceledAt } = deployment;
  const runs: StepRun[] = [];
  let cursor = deployment.startedAt + seconds(1);
  let stopped: 'Failed' | 'TimedOut' | 'Canceled' | null = null;
  for (const [index, step] of steps.entries()) {
    if (stopped !== null) {
      runs.push(notRun(step, index, stopped === 'Canceled' ? 'Canceled' : 'Skipped'));
      continue;
    }
    if (canceledAt !== null && canceledAt <= cursor) {
      runs.push(notRun(step, index, 'Canceled'));
      stopped = 'Canceled';
      continue;
    }
    const planned = planStep(projectSlug, step, index, cursor, deployment, context, earlierRuns);
    // A user's cancel stops the step running at that moment.
    if (canceledAt !== null && (planned.endedAt === null || canceledAt < planned.endedAt)) {
      runs.push(canceledStep(planned, canceledAt));
      stopped = 'Canceled';
      continue;
    }
    runs.push(planned);
    // A step whose objects never become ready and that has no timeout runs forever.
    if (planned.endedAt === null) {
      return {
        deployment,
        steps: runs,
        completedAt: Number.POSITIVE_INFINITY,
        finalState: 'Success',
      };
    }
    cursor = planned.endedAt;
    if (planned.outcome === 'Failed' || planned.outcome === 'TimedOut') stopped = planned.outcome;
  }
  const completedAt = cursor + seconds(1);
  // A cancel while the task wraps up still cancels it; a cancel after it completed changes nothing.
  if (stopped === 'Canceled' || (canceledAt !== null && canceledAt < completedAt)) {
    return {
      deployment,
      steps: runs,
      completedAt: (canceledAt ?? completedAt) + CANCEL_DELAY,
      finalState: 'Canceled',
    };
  }
  return { deployment, steps: runs, completedAt, finalState: stopped ?? 'Success' };
}

/**
 * One step run from `startedAt` as if nobody interfered. A step whose timeout expires while its
 * objects are still progressing (ready, but later than the deadline) times out; one whose objects
 * never become ready (stuck in error) fails at its timeout, or when a Job fails.
 */
function planStep(
  projectSlug: string,
  step: ProcessStep,
  index: number,
  startedAt: number,
  deployment: WorldDeployment,
  context: Omit<ManifestContext, 'version'>,
  earlierRuns: readonly DeploymentRun[],
): StepRun {
  if (step.type === 'Script') {
    const endedAt = startedAt + SCRIPT_STEP_DURATION;
    return {
      step,
      index,
      startedAt,
      appliedAt: null,
      readyAt: endedAt,
      failedAt: null,
      canceledAt: null,
      endedAt,
      outcome: 'Success',
    };
  }
  const timing = rolloutTiming(deployment);
  const appliedAt = startedAt + APPLY_DELAY;
  const objects = desiredObjects(projectSlug, step, { ...context, version: deployment.version });
  let readyAt: number | null = appliedAt;
  // A Job (or a bare Pod) that fails cannot recover: the step fails then, not at its timeout.
  let unrecoverableAt: number | null = null;
  if (step.verifiesObjects) {
    for (const object of objects) {
      if (isKind(object, 'Job') && deployment.failingJobs.includes(object.metadata.name)) {
        const failsAt = appliedAt + JOB_RUN_DURATION;
        unrecoverableAt = Math.min(unrecoverableAt ?? failsAt, failsAt);
        readyAt = null;
        continue;
      }
      const objectTiming = timingFor(object, timing, deployment.version);
      const ready = objectReadyAt(
        object,
        appliedAt,
        objectTiming,
        scheduledKind(object) === null
          ? undefined
          : workloadRevisions(projectSlug, index, object, earlierRuns, context, {
              at: appliedAt,
              key: `v${deployment.version}`,
              timing: objectTiming,
              replicas: desiredReplicas(object),
            }),
      );
      readyAt = ready === null || readyAt === null ? null : Math.max(readyAt, ready);
    }
  }
  const deadline = step.timeoutSeconds === null ? null : startedAt + seconds(step.timeoutSeconds);
  const expiredAt = deadline !== null && (readyAt === null || readyAt > deadline) ? deadline : null;
  const failedAt =
    unrecoverableAt !== null && (expiredAt === null || unrecoverableAt < expiredAt)
      ? unrecoverableAt
      : expiredAt;
  // Objects that would be ready, only later than the deadline, were still in progress.
  const outcome =
    failedAt === null
      ? 'Success'
      : failedAt === expiredAt && readyAt !== null
        ? 'TimedOut'
        : 'Failed';
  const settledAt = failedAt ?? readyAt;
  return {
    step,
    index,
    startedAt,
    appliedAt,
    readyAt: failedAt === null ? readyAt : null,
    failedAt,
    canceledAt: null,
    endedAt: settledAt === null ? null : settledAt + seconds(step.stabilizationSeconds),
    outcome,
  };
}

/**
 * A StatefulSet's or DaemonSet's Pod templates up to `current`, as the cluster builds them: one
 * per deployment that applied the object with a different release, oldest first.
 */
function workloadRevisions(
  projectSlug: string,
  stepIndex: number,
  object: KubeObject,
  earlierRuns: readonly DeploymentRun[],
  context: Omit<ManifestContext, 'version'>,
  current: WorkloadRevision,
): WorkloadRevision[] {
  const revisions: WorkloadRevision[] = [];
  const add = (revision: WorkloadRevision) => {
    if (revisions.at(-1)?.key !== revision.key) revisions.push(revision);
  };
  for (const run of earlierRuns) {
    const stepRun = run.steps[stepIndex];
    const appliedAt = stepRun?.appliedAt ?? null;
    if (!stepRun || appliedAt === null || appliedAt >= current.at) continue;
    const version = run.deployment.version;
    const applied =
      desiredObjects(projectSlug, stepRun.step, { ...context, version }).find(
        (candidate) =>
          candidate.kind === object.kind && candidate.metadata.name === object.metadata.name,
      ) ?? object;
    add({
      at: appliedAt,
      key: `v${version}`,
      timing: timingFor(applied, rolloutTiming(run.deployment), version),
      replicas: desiredReplicas(applied),
    });
  }
  add(current);
  return revisions;
}
