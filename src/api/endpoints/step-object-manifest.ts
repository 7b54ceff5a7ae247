import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { StepObjectManifest } from '../contract';
import type { TaskIds } from './task';

/** One top-level object of a deployment step: the step (action) and the object's Uuid. */
export interface StepObjectIds extends TaskIds {
  actionId: string;
  uuid: string;
}

/**
 * Our extension: the manifest a deployment step applied for one of its top-level objects. A 404
 * for children (ReplicaSets, Pods), which nobody applied and so have no manifest of their own.
 */
export function getStepObjectManifest(
  client: ApiClient,
  { spaceId, taskId, actionId, uuid }: StepObjectIds,
  signal?: AbortSignal,
): Promise<StepObjectManifest> {
  return client.get(
    buildPath(apiPaths.stepObjectManifest, { spaceId, taskId, actionId, uuid }),
    'stepObjectManifest',
    { signal },
  );
}
