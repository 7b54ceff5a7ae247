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
  /** Null when the step never ran (skipped after a failure, or the task was cancelled). */
  startedAt: number | null;
  appliedAt: number | null;
  /** When every verified object was ready (null: never). */
  readyAt: number | null;
  /** When the step failed (its timeout passed with objects not ready). */
  failedAt: number | null;
  /** When the step ended: ready or failed, plus the stabilization period. The snapshot time. */
  endedAt: number | null;
  outcome: 'Success' | 'Failed' | 'Skipped' | 'Canceled';
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

/** Runs a deployment's process on paper. */
export function planDeployment(
  projectSlug: string,
  steps: readonly ProcessStep[],
  deployment: WorldDeployment,
  context: Omit<ManifestContext, 'version'>,
  /** The application's deployments before this one, as planned: what the cluster already runs. */
  earlierRuns: readonly DeploymentRun[] = [],
): DeploymentRun {
  if (deployment.outcome === 'Canceled' || deployment.outcome === 'TimedOut') {
    const completedAt = deployment.abortedAt ?? deployment.startedAt + seconds(5);
    return {
      deployment,
      completedAt,
      finalState: deployment.outcome,
      steps: steps.map((step, index) => ({
        step,
        index,
        startedAt: null,
        appliedAt: null,
        readyAt: null,
        failedAt: null,
        endedAt: null,
        outcome: 'Canceled',
      })),
    };
  }

  const timing = rolloutTiming(deployment);
  const runs: StepRun[] = [];
  let cursor = deployment.startedAt + seconds(1);
  let failed = false;
  for (const [index, step] of steps.entries()) {
    if (failed) {
      runs.push({
        step,
        index,
        startedAt: null,
        appliedAt: null,
        readyAt: null,
        failedAt: null,
        endedAt: null,
        outcome: 'Skipped',
      });
      continue;
    }
    const startedAt = cursor;
    if (step.type === 'Script') {
      const endedAt = startedAt + SCRIPT_STEP_DURATION;
      runs.push({
        step,
        index,
        startedAt,
        appliedAt: null,
        readyAt: endedAt,
        failedAt: null,
        endedAt,
        outcome: 'Success',
      });
      cursor = endedAt;
      continue;
    }
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
    const timedOutAt =
      deadline !== null && (readyAt === null || readyAt > deadline) ? deadline : null;
    const failedAt =
      unrecoverableAt !== null && (timedOutAt === null || unrecoverableAt < timedOutAt)
        ? unrecoverableAt
        : timedOutAt;
    const settledAt = failedAt ?? readyAt;
    // A step whose objects never become ready and that has no timeout runs forever.
    const endedAt = settledAt === null ? null : settledAt + seconds(step.stabilizationSeconds);
    runs.push({
      step,
      index,
      startedAt,
      appliedAt,
      readyAt: failedAt === null ? readyAt : null,
      failedAt,
      endedAt,
      outcome: failedAt === null ? 'Success' : 'Failed',
    });
    if (endedAt === null) {
      return {
        deployment,
        steps: runs,
        completedAt: Number.POSITIVE_INFINITY,
        finalState: 'Success',
      };
    }
    failed = failedAt !== null;
    cursor = endedAt;
  }
  return {
    deployment,
    steps: runs,
    completedAt: cursor + seconds(1),
    finalState: failed ? 'Failed' : 'Success',
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
