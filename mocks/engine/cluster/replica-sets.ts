import { objectHealth } from '../../kubernetes/health';
import type { KubeObjectOf } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { podCreatedAt, podReadyAt, seconds } from '../timeline';
import {
  templateOfRevision,
  type AppliedObject,
  type Revision,
  type Rollout,
} from './applied-object';
import type { LiveNode } from './live-node';
import { ownerReference, withServerMetadata, type Timestamps } from './object-meta';
import { buildPod, type PodPlan } from './pods';

/** One Deployment being built: what its ReplicaSets and their Pods are made from. */
export interface DeploymentContext {
  object: AppliedObject<KubeObjectOf<'Deployment'>>;
  rollout: Rollout;
  name: string;
  namespace: string;
  /** The Deployment's uid. */
  uid: string;
  probe: TimeProbe;
  iso: Timestamps;
}

/** A Pod of a revision, and whether it is Ready at the probe's moment. */
export interface PodSlot {
  plan: PodPlan;
  ready: boolean;
}

/** The ReplicaSet of one revision, with how many of its Pods are Ready. */
export interface BuiltReplicaSet {
  node: LiveNode;
  ready: number;
  podCount: number;
}

export function replicaSetName(deploymentName: string, revision: Revision) {
  return `${deploymentName}-${nameSuffix(10, deploymentName, revision.key)}`;
}

/** The Deployment's Pod template as of a revision. */
export function deploymentTemplate(context: DeploymentContext, revision: Revision) {
  return templateOfRevision(context.object.desired.spec?.template ?? {}, revision, context.iso);
}

function podPlan(
  context: DeploymentContext,
  revision: Revision,
  index: number,
  times: { createdAt: number; readyAt: number | null },
  incarnation: string,
): PodPlan {
  const { name, namespace, object } = context;
  const rsName = replicaSetName(name, revision);
  const podName = `${rsName}-${nameSuffix(5, rsName, String(index), incarnation)}`;
  return {
    name: podName,
    namespace,
    uid: uidFor(object.seed, object.identity, 'Pod', podName),
    owner: {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: rsName,
      uid: uidFor(object.seed, object.identity, 'ReplicaSet', rsName),
      controller: true,
      blockOwnerDeletion: true,
    },
    template: deploymentTemplate(context, revision),
    extraLabels: { 'pod-template-hash': rsName.slice(name.length + 1) },
    createdAt: times.createdAt,
    readyAt: times.readyAt,
    behaviour: revision.timing.behaviour,
    completesAt: null,
    nodeName: object.nodeNames[index % object.nodeNames.length] ?? 'node-1',
  };
}

/** Pod `index` of a revision as first created: by the rollout, or by a later hand scaling. */
function firstIncarnation(context: DeploymentContext, revision: Revision, index: number) {
  const { scaledAt } = context.rollout;
  const scaledUp = index >= revision.replicas && scaledAt !== null;
  const createdAt = scaledUp
    ? Math.max(revision.at, scaledAt) + (index - revision.replicas) * revision.timing.staggerMs
    : podCreatedAt(revision.at, index, revision.replicas, revision.timing);
  if (createdAt === null) return null;
  const readyAt = scaledUp
    ? createdAt + revision.timing.bootMs
    : podReadyAt(revision.at, index, revision.replicas, revision.timing);
  return { createdAt, readyAt };
}

/** The Pods a revision has created by now, with their replacements after evictions. */
export function podsOf(
  context: DeploymentContext,
  revision: Revision,
  wanted: number,
  applyEvictions: boolean,
): PodSlot[] {
  const { probe } = context;
  const slots: PodSlot[] = [];
  for (let index = 0; index < wanted; index++) {
    const first = firstIncarnation(context, revision, index);
    // A stuck rollout creates no more Pods: maxSurge is used up by the ones not Ready.
    if (first === null || !probe.reached(first.createdAt)) break;
    let readyAt = first.readyAt;
    let plan = podPlan(context, revision, index, first, 'original');
    if (applyEvictions) {
      for (const eviction of context.rollout.evictions) {
        if (
          eviction.podIndex !== index ||
          eviction.at <= first.createdAt ||
          !probe.reached(eviction.at)
        ) {
          continue;
        }
        readyAt = eviction.readyAt;
        const createdAt = eviction.at + seconds(1);
        plan = podPlan(
          context,
          revision,
          index,
          { createdAt, readyAt },
          `evicted@${String(eviction.at)}`,
        );
        plan = { ...plan, behaviour: { kind: 'slow-ready', readyAt } };
      }
    }
    slots.push({ plan, ready: readyAt !== null && probe.reached(readyAt) });
  }
  return slots;
}

/**
 * The ReplicaSet of one revision, owning the given Pods, scaled to `replicas`. Its name, uid and
 * creation time come from the revision alone, so an old ReplicaSet keeps them; one scaled to zero
 * last changed at `scaledToZeroAt`.
 */
export function buildReplicaSet(
  context: DeploymentContext,
  revision: Revision,
  slots: readonly PodSlot[],
  replicas: number,
  scaledToZeroAt: number | null = null,
): BuiltReplicaSet {
  const { object, rollout, name, namespace, probe, iso } = context;
  const rsName = replicaSetName(name, revision);
  const rsUid = uidFor(object.seed, object.identity, 'ReplicaSet', rsName);
  const template = deploymentTemplate(context, revision);
  const hash = rsName.slice(name.length + 1);
  const pods = slots.map((slot) => buildPod(slot.plan, probe, iso));
  const ready = slots.filter((candidate) => candidate.ready).length;
  const changedAt = Math.max(
    revision.at,
    scaledToZeroAt ?? revision.at,
    ...pods.map((pod) => pod.changedAt),
  );
  const hashed = { ...template.metadata?.labels, 'pod-template-hash': hash };
  const live = withServerMetadata(
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: rsName,
        namespace,
        labels: hashed,
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(rollout.replicas),
          'deployment.kubernetes.io/max-replicas': String(rollout.replicas + 1),
          'deployment.kubernetes.io/revision': String(rollout.revisions.indexOf(revision) + 1),
        },
      },
      spec: {
        replicas,
        selector: {
          matchLabels: {
            ...object.desired.spec?.selector.matchLabels,
            'pod-template-hash': hash,
          },
        },
        template: { ...template, metadata: { ...template.metadata, labels: { ...hashed } } },
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
      ownerReferences: [ownerReference(object.desired, context.uid)],
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
    orphan: null,
    children: pods,
  };
  return { node, ready, podCount: pods.length };
}
