import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import {
  rolloutCompleteAt,
  workloadSchedule,
  type ScheduledPod,
  type ScheduledWorkloadKind,
} from '../workload-schedule';
import {
  templateOfRevision,
  type AppliedObject,
  type BuiltObject,
  type Revision,
} from './applied-object';
import type { LiveNode } from './live-node';
import { ownerReference, withServerMetadata, type Timestamps } from './object-meta';

/*
 * StatefulSets and DaemonSets, rolled out by `workloadSchedule` (ordered for StatefulSets, one
 * Pod per node for DaemonSets). What the two share is here; each kind's Pods and status are in
 * its own module. The health rules read that status, and the deployment step waits on it.
 */

/** A StatefulSet or DaemonSet at the probe's moment: its Pods, and what its status counts. */
export interface ScheduledWorkload {
  kind: ScheduledWorkloadKind;
  name: string;
  namespace: string;
  uid: string;
  revisions: readonly Revision[];
  current: Revision;
  /** The index of the current (newest) revision. */
  updateIndex: number;
  generation: number;
  /** The Pods that exist now. */
  alive: ScheduledPod[];
  children: LiveNode[];
  ready: number;
  updated: number;
  changedAt: number;
  /** The current Pod template. */
  template: PodTemplateSpec;
}

/** What a kind's Pod builder gets: one scheduled Pod, its revision and template. */
export interface ScheduledPodInput {
  pod: ScheduledPod;
  revision: Revision;
  template: PodTemplateSpec;
  hash: string;
  owner: OwnerReference;
  namespace: string;
}

/** The hash a ControllerRevision of this template is named after. */
export function revisionHash(name: string, revision: Revision) {
  return nameSuffix(10, name, revision.key);
}

/** The index of the revision the controller calls current: the newest fully rolled out. */
export function currentRevisionIndex(
  kind: ScheduledWorkloadKind,
  revisions: readonly Revision[],
  probe: TimeProbe,
): number {
  let current = 0;
  for (let index = 1; index < revisions.length; index++) {
    const complete = rolloutCompleteAt(kind, revisions.slice(0, index + 1));
    if (complete !== null && probe.reached(complete)) current = index;
  }
  return current;
}

/** The workload's Pods at the probe's moment, each made by the kind's `podOf`. */
export function scheduledWorkload(
  object: AppliedObject<KubeObject & { spec?: { template?: PodTemplateSpec } }>,
  kind: ScheduledWorkloadKind,
  podOf: (input: ScheduledPodInput) => LiveNode,
  probe: TimeProbe,
  iso: Timestamps,
): ScheduledWorkload {
  const { desired, identity, seed } = object;
  const { revisions } = object.rollout();
  const name = desired.metadata.name;
  const namespace = desired.metadata.namespace ?? 'default';
  const uid = uidFor(seed, identity, kind, name);
  const current = revisions.at(-1);
  if (!current) throw new Error(`${kind} ${name} has no revision`);
  const updateIndex = revisions.length - 1;
  const templateOf = (revision: Revision) =>
    templateOfRevision(desired.spec?.template ?? {}, revision, iso);

  const schedule = workloadSchedule(kind, revisions);
  const alive = schedule.filter(
    (pod) =>
      probe.reached(pod.createdAt) && (pod.deletedAt === null || !probe.reached(pod.deletedAt)),
  );
  const deletions = schedule.flatMap((pod) =>
    pod.deletedAt !== null && probe.reached(pod.deletedAt) ? [pod.deletedAt] : [],
  );
  const owner = ownerReference(desired, uid);
  const children = [...alive]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((pod) => {
      const revision = revisions[pod.revision] ?? current;
      const template = templateOf(revision);
      return podOf({
        pod,
        revision,
        template,
        hash: revisionHash(name, revision),
        owner,
        namespace,
      });
    });
  return {
    kind,
    name,
    namespace,
    uid,
    revisions,
    current,
    updateIndex,
    generation: revisions.length,
    alive,
    children,
    ready: alive.filter((pod) => pod.readyAt !== null && probe.reached(pod.readyAt)).length,
    updated: alive.filter((pod) => pod.revision === updateIndex).length,
    changedAt: Math.max(current.at, ...deletions, ...children.map((child) => child.changedAt)),
    template: templateOf(current),
  };
}

/** The built workload: its live object with the API server's metadata, and its Pods. */
export function builtWorkload(
  object: AppliedObject,
  workload: ScheduledWorkload,
  live: KubeObject,
  iso: Timestamps,
): BuiltObject {
  const { uid, changedAt, generation, children } = workload;
  return {
    live: withServerMetadata(
      live,
      { uid, createdAt: object.firstAppliedAt, changedAt, generation },
      iso,
    ),
    uid,
    changedAt,
    children,
  };
}
