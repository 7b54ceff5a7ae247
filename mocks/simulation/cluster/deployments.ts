import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { objectHealth } from '../../kubernetes/health';
import { isKind, type KubeObject } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { podCreatedAt, podReadyAt, seconds, type RolloutTiming } from '../timeline';
import type { LiveNode } from './live-node';
import { ownerReference, withServerMetadata, type Timestamps } from './object-meta';
import { buildPod, type PodPlan } from './pods';

const PROGRESS_DEADLINE = seconds(600);

/** One ReplicaSet generation of a Deployment: made by a deployment or a `rollout restart`. */
export interface Revision {
  at: number;
  /** What makes its Pod template different: the release version, or a restart. */
  key: string;
  timing: RolloutTiming;
  /** Replicas asked for when the revision was created. */
  replicas: number;
  /** For `kubectl rollout restart`: the annotation it sets on the template. */
  restartedAt: number | null;
}

export interface Eviction {
  at: number;
  podIndex: number;
  readyAt: number;
}

export interface DeploymentInput {
  /** The Deployment as last applied. */
  desired: KubeObject;
  /** Seeds the uids of everything below: stable per application, machine and object. */
  identity: string;
  seed: number;
  firstAppliedAt: number;
  /** Reached revisions, oldest first; the last is current. */
  revisions: readonly Revision[];
  replicas: number;
  scaledAt: number | null;
  evictions: readonly Eviction[];
  nodeNames: readonly string[];
}

interface PodSlot {
  plan: PodPlan;
  ready: boolean;
}

function templateOf(input: DeploymentInput, revision: Revision, iso: Timestamps): PodTemplateSpec {
  const template: PodTemplateSpec = isKind(input.desired, 'Deployment')
    ? (input.desired.spec?.template ?? {})
    : {};
  if (revision.restartedAt === null) return template;
  return {
    ...template,
    metadata: {
      ...template.metadata,
      annotations: {
        ...template.metadata?.annotations,
        'kubectl.kubernetes.io/restartedAt': iso(revision.restartedAt),
      },
    },
  };
}

function replicaSetName(deploymentName: string, revision: Revision) {
  return `${deploymentName}-${nameSuffix(10, deploymentName, revision.key)}`;
}

/**
 * A Deployment, its ReplicaSets and their Pods at the probe's moment, rolled out the way the
 * Deployment controller does it: new Pods one after another, old ones scaled down as new ones
 * become Ready, a stuck rollout marked ProgressDeadlineExceeded after 10 minutes.
 */
export function buildDeployment(input: DeploymentInput, probe: TimeProbe, iso: Timestamps) {
  const { desired, identity, seed } = input;
  const name = desired.metadata.name;
  const namespace = desired.metadata.namespace ?? 'default';
  const current = input.revisions.at(-1);
  const previous = input.revisions.at(-2);
  const uid = uidFor(seed, identity, 'Deployment', name);
  const deploymentObject: KubeObject = { ...desired };

  const replicaSetFor = (revision: Revision, slots: readonly PodSlot[], replicas: number) => {
    const rsName = replicaSetName(name, revision);
    const rsUid = uidFor(seed, identity, 'ReplicaSet', rsName);
    const template = templateOf(input, revision, iso);
    const hash = rsName.slice(name.length + 1);
    const pods = slots.map((slot) => buildPod(slot.plan, probe, iso));
    const ready = slots.filter((candidate) => candidate.ready).length;
    const changedAt = Math.max(revision.at, ...pods.map((pod) => pod.changedAt));
    const live = withServerMetadata(
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace,
          labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(input.replicas),
            'deployment.kubernetes.io/max-replicas': String(input.replicas + 1),
            'deployment.kubernetes.io/revision': String(input.revisions.indexOf(revision) + 1),
          },
        },
        spec: {
          replicas,
          selector: {
            matchLabels: {
              ...(isKind(desired, 'Deployment') ? desired.spec?.selector.matchLabels : {}),
              'pod-template-hash': hash,
            },
          },
          template: {
            ...template,
            metadata: {
              ...template.metadata,
              labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
            },
          },
        },
        status: {
          replicas: pods.length,
          fullyLabeledReplicas: pods.length,
          readyReplicas: ready,
          availableReplicas: ready,
          observedGeneration: 1,
        },
      },
      {
        uid: rsUid,
        createdAt: revision.at,
        changedAt,
        generation: 1,
        ownerReferences: [ownerReference(deploymentObject, uid)],
      },
      iso,
    );
    const node: LiveNode = {
      kind: 'ReplicaSet',
      apiVersion: 'apps/v1',
      name: rsName,
      namespace,
      live,
      desired: null,
      health: objectHealth(live),
      sync: null,
      changedAt,
      uid: rsUid,
      desiredResourceId: null,
      stepActionId: null,
      pod: null,
      children: pods,
    };
    return { node, ready, podCount: pods.length };
  };

  const podPlan = (
    revision: Revision,
    index: number,
    createdAt: number,
    readyAt: number | null,
    incarnation: string,
  ): PodPlan => {
    const rsName = replicaSetName(name, revision);
    const podName = `${rsName}-${nameSuffix(5, rsName, String(index), incarnation)}`;
    return {
      name: podName,
      namespace,
      uid: uidFor(seed, identity, 'Pod', podName),
      owner: {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: rsName,
        uid: uidFor(seed, identity, 'ReplicaSet', rsName),
        controller: true,
        blockOwnerDeletion: true,
      },
      template: templateOf(input, revision, iso),
      extraLabels: { 'pod-template-hash': rsName.slice(name.length + 1) },
      createdAt,
      readyAt,
      behaviour: revision.timing.behaviour,
      completesAt: null,
      nodeName: input.nodeNames[index % input.nodeNames.length] ?? 'node-1',
    };
  };

  /** The Pods a revision has created by now, with their replacements after evictions. */
  const podsOf = (revision: Revision, wanted: number, applyEvictions: boolean): PodSlot[] => {
    const slots: PodSlot[] = [];
    for (let index = 0; index < wanted; index++) {
      const scaledUp = index >= revision.replicas && input.scaledAt !== null;
      const createdAt = scaledUp
        ? Math.max(revision.at, input.scaledAt ?? revision.at) +
          (index - revision.replicas) * revision.timing.staggerMs
        : podCreatedAt(revision.at, index, revision.replicas, revision.timing);
      // A stuck rollout creates no more Pods: maxSurge is used up by the ones not Ready.
      if (createdAt === null || !probe.reached(createdAt)) break;
      let readyAt = scaledUp
        ? createdAt + revision.timing.bootMs
        : podReadyAt(revision.at, index, revision.replicas, revision.timing);
      let plan = podPlan(revision, index, createdAt, readyAt, 'original');
      if (applyEvictions) {
        for (const eviction of input.evictions) {
          if (
            eviction.podIndex !== index ||
            eviction.at <= createdAt ||
            !probe.reached(eviction.at)
          ) {
            continue;
          }
          readyAt = eviction.readyAt;
          plan = podPlan(
            revision,
            index,
            eviction.at + seconds(1),
            readyAt,
            `evicted@${String(eviction.at)}`,
          );
          plan = { ...plan, behaviour: { kind: 'slow-ready', readyAt } };
        }
      }
      slots.push({ plan, ready: readyAt !== null && probe.reached(readyAt) });
    }
    return slots;
  };

  if (!current) throw new Error(`Deployment ${name} has no revision`);
  const newSlots = podsOf(current, input.replicas, true);
  const newReady = newSlots.filter((slot) => slot.ready).length;
  // Once the current revision has rolled out, old ReplicaSets are scaled to zero for good: later
  // trouble (an evicted Pod's slow replacement) is not a rollout and has no progress deadline.
  const initialReadyTimes = Array.from({ length: current.replicas }, (_, index) =>
    podReadyAt(current.at, index, current.replicas, current.timing),
  );
  const rolledOut =
    initialReadyTimes.every((time) => time !== null) &&
    probe.reached(Math.max(current.at, ...initialReadyTimes));
  const oldWanted =
    previous && !rolledOut ? Math.max(0, Math.min(input.replicas, input.replicas - newReady)) : 0;
  const oldSlots = previous && oldWanted > 0 ? podsOf(previous, oldWanted, false) : [];

  // The controller scales the new ReplicaSet up as the rollout allows: one Pod at a time here.
  const currentSet = replicaSetFor(current, newSlots, newSlots.length);
  const replicaSets = [currentSet];
  if (previous && oldSlots.length > 0)
    replicaSets.push(replicaSetFor(previous, oldSlots, oldWanted));

  const totalPods = newSlots.length + oldSlots.length;
  const available = newReady + oldSlots.filter((slot) => slot.ready).length;
  const complete = newReady === input.replicas && oldSlots.length === 0;

  const lastProgress = Math.max(
    current.at,
    ...newSlots.map((slot) => slot.plan.createdAt),
    ...newSlots.flatMap((slot) =>
      slot.ready && slot.plan.readyAt !== null ? [slot.plan.readyAt] : [],
    ),
  );
  const deadlineExceeded =
    !complete && !rolledOut && probe.reached(lastProgress + PROGRESS_DEADLINE);

  const maxUnavailable = Math.floor(input.replicas * 0.25);
  const changedAt = Math.max(
    input.scaledAt ?? 0,
    ...replicaSets.map((set) => set.node.changedAt),
    deadlineExceeded ? lastProgress + PROGRESS_DEADLINE : Number.NEGATIVE_INFINITY,
  );
  const generation = input.revisions.length + (input.scaledAt === null ? 0 : 1);
  const currentName = currentSet.node.name;
  const progressing = complete
    ? {
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${currentName}" has successfully progressed.`,
      }
    : deadlineExceeded
      ? {
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${currentName}" has timed out progressing.`,
        }
      : {
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${currentName}" is progressing.`,
        };
  const minimumAvailable = available >= input.replicas - maxUnavailable;
  const spec = isKind(desired, 'Deployment') ? desired.spec : undefined;
  const live = withServerMetadata(
    {
      ...desired,
      metadata: {
        ...desired.metadata,
        annotations: {
          ...desired.metadata.annotations,
          'deployment.kubernetes.io/revision': String(input.revisions.length),
        },
      },
      spec: {
        progressDeadlineSeconds: 600,
        revisionHistoryLimit: 10,
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        },
        ...spec,
        replicas: input.replicas,
        template: templateOf(input, current, iso),
      },
      status: {
        observedGeneration: generation,
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
            ...progressing,
            lastUpdateTime: iso(changedAt),
            lastTransitionTime: iso(lastProgress),
          },
        ],
      },
    },
    { uid, createdAt: input.firstAppliedAt, changedAt, generation },
    iso,
  );
  return { live, uid, changedAt, children: replicaSets.map((set) => set.node) };
}
