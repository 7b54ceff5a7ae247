import type { StepObject } from '../../api/contract';
import type { ResourceIds } from '../../api/endpoints/application-ids';

/**
 * A live Kubernetes object of an application (the live status page): addressed like the object
 * endpoints, by its DesiredResourceId when top-level, by its Kubernetes UID when a child.
 */
export interface LiveObjectTarget extends ResourceIds {
  kind: 'live';
}

/**
 * An object on a deployment's Kubernetes tab: what one step applied (or a child of it), as the
 * step's table shows it now, live or as its snapshot.
 */
export interface StepObjectTarget {
  kind: 'step';
  spaceId: string;
  taskId: string;
  /** The step (action) that applied it: the same object can be applied by two steps. */
  actionId: string;
  uuid: string;
  stepName: string;
  /** The object's row: kind, name, namespace, status, its kind's columns and its children. */
  object: StepObject;
}

/** A step object the URL names but the deployment does not have (an out-of-date link). */
export interface MissingStepObjectTarget extends Omit<StepObjectTarget, 'object' | 'stepName'> {
  stepName: string | null;
  object: null;
}

export type ObjectDrawerTarget = LiveObjectTarget | StepObjectTarget | MissingStepObjectTarget;
