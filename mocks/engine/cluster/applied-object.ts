import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../kubernetes/types';
import { uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import type { RolloutTiming } from '../timeline';
import type { LiveNode } from './live-node';
import { withServerMetadata, type Timestamps } from './object-meta';

/** One Pod-template generation of a workload: made by a deployment or a `rollout restart`. */
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

/** A Pod evicted (node drain) and replaced; the replacement is Ready at `readyAt`. */
export interface Eviction {
  at: number;
  podIndex: number;
  readyAt: number;
}

/** What happened to a workload since it was first applied. */
export interface Rollout {
  /** Reached revisions, oldest first; the last is current. */
  revisions: readonly Revision[];
  /** Replicas as applied, unless someone scaled the workload by hand since (at `scaledAt`). */
  replicas: number;
  scaledAt: number | null;
  evictions: readonly Eviction[];
}

/** One applied object, as its builder gets it: the manifest and its history on the cluster. */
export interface AppliedObject<T extends KubeObject = KubeObject> {
  /** The object as last applied. */
  desired: T;
  /** Seeds the uids of everything below: stable per application, machine and object. */
  identity: string;
  seed: number;
  /** The last apply of this object, and the first (its creation). */
  appliedAt: number;
  firstAppliedAt: number;
  nodeNames: readonly string[];
  /** For Jobs: the container exits non-zero, and the Job fails. */
  jobFails: boolean;
  /** For workloads: their revisions, scaling and evictions so far (computed when asked for). */
  rollout: () => Rollout;
}

/** An object as the cluster holds it at one moment, with the objects it owns. */
export interface BuiltObject {
  live: KubeObject;
  uid: string;
  changedAt: number;
  children: LiveNode[];
}

/** Makes the live object of one kind: the status its controller would write, over time. */
export type ObjectBuilder<T extends KubeObject = KubeObject> = (
  object: AppliedObject<T>,
  probe: TimeProbe,
  iso: Timestamps,
) => BuiltObject;

/** The uid the API server gave a top-level object. */
export function objectUid({ seed, identity, desired }: AppliedObject): string {
  return uidFor(seed, identity, desired.kind, desired.metadata.name);
}

/** An object that owns nothing: the live object with the API server's metadata at `changedAt`. */
export function ownsNothing(
  object: AppliedObject,
  live: KubeObject,
  changedAt: number,
  iso: Timestamps,
  generation?: number,
): BuiltObject {
  const uid = objectUid(object);
  return {
    live: withServerMetadata(
      live,
      {
        uid,
        createdAt: object.firstAppliedAt,
        changedAt,
        ...(generation === undefined ? {} : { generation }),
      },
      iso,
    ),
    uid,
    changedAt,
    children: [],
  };
}

/** A Pod template as of a revision: a `rollout restart` stamps its time on it. */
export function templateOfRevision(
  template: PodTemplateSpec,
  revision: Revision,
  iso: Timestamps,
): PodTemplateSpec {
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
