import type { TaskState } from '../../../src/api/contract/enums';
import type { ObjectHealth } from '../../kubernetes/health';
import type { ObjectSync } from '../../kubernetes/sync';
import type { KubeObject } from '../../kubernetes/types';
import type { PodBehaviour } from '../../worlds/world';

/** What the simulation knows about a Pod beyond its object: used for events and logs. */
export interface PodFacts {
  createdAt: number;
  readyAt: number | null;
  behaviour: PodBehaviour;
  /** Restart-policy Never Pods (Jobs) run to completion at this time. */
  completesAt: number | null;
  restarts: number;
  image: string;
  containerName: string;
}

/**
 * A top-level object its step's latest apply no longer includes: Octopus does not delete what a
 * release stops deploying, so it stays in the cluster, as it was last applied, and monitored.
 */
export interface OrphanFacts {
  /**
   * When Octopus stopped expecting it: the first deployment that left it out and succeeded
   * completed then. Null while no such deployment has (it runs, or it failed): until then the
   * object is reported as it was, against the manifest last applied.
   */
  orphanedAt: number | null;
  /** The state of the latest task deleting it (`DeletionTaskState`); null: nobody asked. */
  deletion: TaskState | null;
}

/** One object in a simulated cluster at one moment, with its computed statuses. */
export interface LiveNode {
  kind: string;
  apiVersion: string;
  name: string;
  namespace: string | null;
  /** The live object; null when a desired object is missing from the cluster. */
  live: KubeObject | null;
  /** The manifest as applied, for top-level objects; null for children. */
  desired: KubeObject | null;
  /** Null when the kind has no health rule of its own. */
  health: ObjectHealth | null;
  /** Null for children, which nobody applied. */
  sync: ObjectSync | null;
  /** When the object last changed (virtual ms). */
  changedAt: number;
  uid: string | null;
  /** For top-level objects: the id Octopus addresses them by. */
  desiredResourceId: string | null;
  /** The step that applied the object (top-level only). */
  stepActionId: string | null;
  pod: PodFacts | null;
  /** Set for an object a later apply of its step left out; null for the rest, children too. */
  orphan: OrphanFacts | null;
  children: LiveNode[];
}

/** Iterates a tree depth-first. */
export function* walkNodes(nodes: Iterable<LiveNode>): Generator<LiveNode> {
  for (const node of nodes) {
    yield node;
    yield* walkNodes(node.children);
  }
}
