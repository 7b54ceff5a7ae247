import type { RolloutTiming } from './timeline';

/** The nodes of every simulated cluster, by suffix: a DaemonSet runs one Pod on each. */
export const CLUSTER_NODE_SUFFIXES = ['node-a', 'node-b', 'node-c'] as const;

/** The node names of one deployment target's cluster. */
export function clusterNodeNames(machineId: string): string[] {
  return CLUSTER_NODE_SUFFIXES.map((node) => `${machineId.toLowerCase()}-${node}`);
}

/** Kinds whose Pods this module schedules (Deployments have their own, via ReplicaSets). */
export type ScheduledWorkloadKind = 'StatefulSet' | 'DaemonSet';

/** One Pod template of a StatefulSet or DaemonSet: made by an apply or a `rollout restart`. */
export interface WorkloadRevision {
  at: number;
  key: string;
  timing: RolloutTiming;
  /** Pods asked for: the StatefulSet's replicas, or the DaemonSet's node count. */
  replicas: number;
}

/** One Pod a workload's controller creates: in slot `ordinal` (StatefulSet) or on node `ordinal`. */
export interface ScheduledPod {
  ordinal: number;
  /** Index of the revision whose template it runs. */
  revision: number;
  createdAt: number;
  /** When its readiness probe first passes; null: never. */
  readyAt: number | null;
  /** When the controller deleted it to make room for the next revision; null: not (yet). */
  deletedAt: number | null;
}

/** Between deleting an outdated Pod and creating its replacement (the old one terminates). */
const REPLACE_DELAY_MS = 2000;
/** A DaemonSet's first Pods are created together, a moment apart. */
const DAEMON_CREATE_SPACING_MS = 1000;

function readyTime(createdAt: number, isLast: boolean, timing: RolloutTiming): number | null {
  switch (timing.behaviour.kind) {
    case 'healthy':
      return createdAt + timing.bootMs;
    case 'slow-ready':
      return isLast
        ? Math.max(timing.behaviour.readyAt, createdAt + timing.bootMs)
        : createdAt + timing.bootMs;
    case 'image-pull-backoff':
    case 'crash-loop':
      return null;
  }
}

/**
 * Every Pod a StatefulSet or DaemonSet controller creates for the given revisions (oldest first),
 * as Kubernetes does it with the default strategies:
 *
 * - StatefulSet (podManagementPolicy OrderedReady, RollingUpdate): `<name>-0`, `<name>-1`, ...
 *   one after another, each once the one before is Running and Ready; an update replaces them
 *   from the highest ordinal down, one at a time, each once its replacement is Ready.
 * - DaemonSet (RollingUpdate, maxUnavailable 1): a Pod on every node at once; an update replaces
 *   them one node at a time.
 *
 * A Pod that never becomes Ready halts the rollout: nothing after it is created.
 */
export function workloadSchedule(
  kind: ScheduledWorkloadKind,
  revisions: readonly WorkloadRevision[],
): ScheduledPod[] {
  const pods: ScheduledPod[] = [];
  revisions.forEach((revision, index) => {
    // A newer revision cancels what the previous one had not created yet.
    for (let at = pods.length - 1; at >= 0; at--) {
      const pod = pods[at];
      if (pod && pod.createdAt >= revision.at) pods.splice(at, 1);
    }
    const alive = (ordinal: number) =>
      pods.find((pod) => pod.ordinal === ordinal && pod.deletedAt === null);
    const count = revision.replicas;
    const first = !pods.some((pod) => pod.deletedAt === null);
    if (first && kind === 'DaemonSet') {
      for (let ordinal = 0; ordinal < count; ordinal++) {
        const createdAt = revision.at + ordinal * DAEMON_CREATE_SPACING_MS;
        pods.push({
          ordinal,
          revision: index,
          createdAt,
          readyAt: readyTime(createdAt, ordinal === count - 1, revision.timing),
          deletedAt: null,
        });
      }
      return;
    }
    const ordinals = Array.from({ length: count }, (_, ordinal) => ordinal);
    // StatefulSets update from the highest ordinal down; DaemonSets node by node.
    if (!first && kind === 'StatefulSet') ordinals.reverse();
    // Pods beyond the new count (scaled down) go at once.
    for (const pod of pods) {
      if (pod.ordinal >= count && pod.deletedAt === null) pod.deletedAt = revision.at;
    }
    let start = revision.at;
    for (const [position, ordinal] of ordinals.entries()) {
      const outdated = alive(ordinal);
      if (outdated) outdated.deletedAt = start;
      const createdAt = start + (outdated ? REPLACE_DELAY_MS : 0);
      const readyAt = readyTime(createdAt, position === count - 1, revision.timing);
      pods.push({ ordinal, revision: index, createdAt, readyAt, deletedAt: null });
      if (readyAt === null) break;
      start = readyAt;
    }
  });
  return pods;
}

/**
 * When the last revision has fully rolled out: every slot runs a Ready Pod of it (and, with that,
 * no outdated Pod is left). Null: never. This is the moment the workload's health turns Healthy.
 */
export function rolloutCompleteAt(
  kind: ScheduledWorkloadKind,
  revisions: readonly WorkloadRevision[],
): number | null {
  const current = revisions.length - 1;
  const last = revisions[current];
  if (!last) return null;
  const pods = workloadSchedule(kind, revisions).filter(
    (pod) => pod.revision === current && pod.deletedAt === null,
  );
  let complete = last.at;
  for (let ordinal = 0; ordinal < last.replicas; ordinal++) {
    const readyAt = pods.find((pod) => pod.ordinal === ordinal)?.readyAt ?? null;
    if (readyAt === null) return null;
    complete = Math.max(complete, readyAt);
  }
  return complete;
}
