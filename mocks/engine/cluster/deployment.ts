import type { KubeObjectOf } from '../../kubernetes/types';
import { uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { podReadyAt, seconds } from '../timeline';
import type { AppliedObject, BuiltObject, Revision } from './applied-object';
import { withServerMetadata, type Timestamps } from './object-meta';
import {
  buildReplicaSet,
  deploymentTemplate,
  podsOf,
  type BuiltReplicaSet,
  type DeploymentContext,
  type PodSlot,
} from './replica-sets';

const PROGRESS_DEADLINE = seconds(600);

/** Where a rollout stands: the ReplicaSets with their Pods, new and old. */
interface RolloutState {
  current: Revision;
  /** The current revision's ReplicaSet first, then the previous one while it still has Pods. */
  replicaSets: [BuiltReplicaSet, ...BuiltReplicaSet[]];
  /** Old ReplicaSets scaled to zero, kept for `kubectl rollout undo`: newest first. */
  retired: BuiltReplicaSet[];
  newSlots: PodSlot[];
  oldSlots: PodSlot[];
  /** The current revision's first Pods have all been Ready: later trouble is not a rollout. */
  rolledOut: boolean;
}

/** When a revision's first Pods had all become Ready; null if they never all do. */
function rolledOutAt(revision: Revision): number | null {
  let at = revision.at;
  for (let index = 0; index < revision.replicas; index++) {
    const readyAt = podReadyAt(revision.at, index, revision.replicas, revision.timing);
    if (readyAt === null) return null;
    at = Math.max(at, readyAt);
  }
  return at;
}

/**
 * The earlier revisions that still have a ReplicaSet, newest first: one per Pod template (a
 * template used again reuses its ReplicaSet, as the current one or as its latest old one). The
 * Deployment controller deletes old ReplicaSets beyond `spec.revisionHistoryLimit` (default 10),
 * oldest first, when a rollout completes; one that still has Pods is never deleted. So during a
 * rollout the previous revision is kept beside the ones the last cleanup left.
 */
function keptOldRevisions(context: DeploymentContext, rolledOut: boolean): Revision[] {
  const { rollout, object } = context;
  const current = rollout.revisions.at(-1);
  const seen = new Set(current ? [current.key] : []);
  const old: Revision[] = [];
  for (const revision of rollout.revisions.slice(0, -1).reverse()) {
    if (seen.has(revision.key)) continue;
    seen.add(revision.key);
    old.push(revision);
  }
  const limit = Math.max(0, object.desired.spec?.revisionHistoryLimit ?? 10);
  if (rolledOut) return old.slice(0, limit);
  const [previous, ...older] = old;
  return previous ? [previous, ...older.slice(0, limit)] : [];
}

/**
 * When an old revision's ReplicaSet reached zero: when the revision after it had rolled out (its
 * Pods all Ready), else when that revision was made.
 */
function scaledToZeroAt(context: DeploymentContext, revision: Revision): number {
  const { rollout, probe } = context;
  const next = rollout.revisions[rollout.revisions.lastIndexOf(revision) + 1];
  if (!next) return revision.at;
  const done = rolledOutAt(next);
  return done !== null && probe.reached(done) ? done : next.at;
}

/**
 * The controller scales the new ReplicaSet up as the rollout allows (one Pod at a time here) and
 * the old one down as new Pods become Ready. Old ReplicaSets stay, at zero replicas, up to the
 * revision history limit.
 */
function rolloutState(context: DeploymentContext): RolloutState {
  const { rollout, name, probe } = context;
  const current = rollout.revisions.at(-1);
  const previous = rollout.revisions.at(-2);
  if (!current) throw new Error(`Deployment ${name} has no revision`);
  const newSlots = podsOf(context, current, rollout.replicas, true);
  const newReady = newSlots.filter((slot) => slot.ready).length;
  // Once the current revision has rolled out, old ReplicaSets are scaled to zero for good: later
  // trouble (an evicted Pod's slow replacement) is not a rollout and has no progress deadline.
  const done = rolledOutAt(current);
  const rolledOut = done !== null && probe.reached(done);
  const oldWanted =
    previous && !rolledOut
      ? Math.max(0, Math.min(rollout.replicas, rollout.replicas - newReady))
      : 0;
  const oldSlots = previous && oldWanted > 0 ? podsOf(context, previous, oldWanted, false) : [];
  const replicaSets: RolloutState['replicaSets'] = [
    buildReplicaSet(context, current, newSlots, newSlots.length),
  ];
  if (previous && oldSlots.length > 0)
    replicaSets.push(buildReplicaSet(context, previous, oldSlots, oldWanted));
  const retired = keptOldRevisions(context, rolledOut)
    .filter((revision) => revision !== previous || oldSlots.length === 0)
    .map((revision) =>
      buildReplicaSet(context, revision, [], 0, scaledToZeroAt(context, revision)),
    );
  return { current, replicaSets, retired, newSlots, oldSlots, rolledOut };
}

/** The Progressing condition's status, reason and message. */
function progressing(complete: boolean, deadlineExceeded: boolean, replicaSet: string) {
  if (complete) {
    return {
      status: 'True',
      reason: 'NewReplicaSetAvailable',
      message: `ReplicaSet "${replicaSet}" has successfully progressed.`,
    };
  }
  if (deadlineExceeded) {
    return {
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${replicaSet}" has timed out progressing.`,
    };
  }
  return {
    status: 'True',
    reason: 'ReplicaSetUpdated',
    message: `ReplicaSet "${replicaSet}" is progressing.`,
  };
}

/** The Deployment's status, as its controller writes it from the rollout's state. */
function deploymentStatus(context: DeploymentContext, state: RolloutState) {
  const { rollout, probe, iso } = context;
  const { newSlots, oldSlots, replicaSets } = state;
  const newReady = newSlots.filter((slot) => slot.ready).length;
  const totalPods = newSlots.length + oldSlots.length;
  const available = newReady + oldSlots.filter((slot) => slot.ready).length;
  const complete = newReady === rollout.replicas && oldSlots.length === 0;
  const lastProgress = Math.max(
    state.current.at,
    ...newSlots.map((slot) => slot.plan.createdAt),
    ...newSlots.flatMap((slot) =>
      slot.ready && slot.plan.readyAt !== null ? [slot.plan.readyAt] : [],
    ),
  );
  const deadlineExceeded =
    !complete && !state.rolledOut && probe.reached(lastProgress + PROGRESS_DEADLINE);
  const changedAt = Math.max(
    rollout.scaledAt ?? 0,
    ...replicaSets.map((set) => set.node.changedAt),
    deadlineExceeded ? lastProgress + PROGRESS_DEADLINE : Number.NEGATIVE_INFINITY,
  );
  const minimumAvailable = available >= rollout.replicas - Math.floor(rollout.replicas * 0.25);
  const status = {
    observedGeneration: generationOf(context),
    replicas: totalPods,
    updatedReplicas: newSlots.length,
    readyReplicas: available,
    availableReplicas: available,
    ...(totalPods - available > 0 ? { unavailableReplicas: totalPods - available } : {}),
    conditions: [
      {
        type: 'Available',
        status: minimumAvailable ? 'True' : 'False',
        reason: minimumAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message: minimumAvailable
          ? 'Deployment has minimum availability.'
          : 'Deployment does not have minimum availability.',
        lastUpdateTime: iso(changedAt),
        lastTransitionTime: iso(changedAt),
      },
      {
        type: 'Progressing',
        ...progressing(complete, deadlineExceeded, replicaSets[0].node.name),
        lastUpdateTime: iso(changedAt),
        lastTransitionTime: iso(lastProgress),
      },
    ],
  };
  return { status, changedAt };
}

/** Each new Pod template and each hand scaling bumps the generation. */
function generationOf({ rollout }: DeploymentContext) {
  return rollout.revisions.length + (rollout.scaledAt === null ? 0 : 1);
}

/**
 * A Deployment, its ReplicaSets and their Pods at the probe's moment, rolled out the way the
 * Deployment controller does it: new Pods one after another, old ones scaled down as new ones
 * become Ready, a stuck rollout marked ProgressDeadlineExceeded after 10 minutes.
 */
export function buildDeployment(
  object: AppliedObject<KubeObjectOf<'Deployment'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, seed } = object;
  const name = desired.metadata.name;
  const uid = uidFor(seed, identity, 'Deployment', name);
  const rollout = object.rollout();
  const context: DeploymentContext = {
    object,
    rollout,
    name,
    namespace: desired.metadata.namespace ?? 'default',
    uid,
    probe,
    iso,
  };
  const state = rolloutState(context);
  const { status, changedAt } = deploymentStatus(context, state);
  const live = withServerMetadata(
    {
      ...desired,
      metadata: {
        ...desired.metadata,
        annotations: {
          ...desired.metadata.annotations,
          'deployment.kubernetes.io/revision': String(rollout.revisions.length),
        },
      },
      spec: {
        progressDeadlineSeconds: 600,
        revisionHistoryLimit: 10,
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        },
        ...desired.spec,
        replicas: rollout.replicas,
        template: deploymentTemplate(context, state.current),
      },
      status,
    },
    { uid, createdAt: object.firstAppliedAt, changedAt, generation: generationOf(context) },
    iso,
  );
  // The current ReplicaSet first, then the old ones, newest first.
  const children = [...state.replicaSets, ...state.retired].map((set) => set.node);
  return { live, uid, changedAt, children };
}
