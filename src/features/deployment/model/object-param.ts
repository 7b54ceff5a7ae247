import type { StepObject, TaskObjectStatus } from '../../../api/contract';
import type { ObjectStep } from './step-summary';

/** Which object's drawer is open: the step that applied it, and the object's Uuid. */
export interface ObjectRef {
  actionId: string;
  uuid: string;
}

/** `?object=<actionId>:<uuid>`: the same object can be applied by two steps. */
export function formatObjectParam({ actionId, uuid }: ObjectRef): string {
  return `${actionId}:${uuid}`;
}

export function parseObjectParam(value: string | null): ObjectRef | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) return null;
  return { actionId: value.slice(0, colon), uuid: value.slice(colon + 1) };
}

/** The top-level object a ref points at (only those have a manifest to show), if it exists. */
export function findStepObject(
  status: TaskObjectStatus | undefined,
  ref: ObjectRef,
): { step: ObjectStep; object: StepObject } | null {
  const step = status?.Steps.find((each) => each.ActionId === ref.actionId);
  const object = step?.Resources.find((each) => each.Uuid === ref.uuid);
  return step && object ? { step, object } : null;
}
