import type { ApiClient } from '../client';
import { apiPaths, buildPath, taskObjectStatusSchema, type TaskObjectStatus } from '../contract';
import type { TaskIds } from './task';

/** Our extension: the objects each step of a deployment applied, with their status. */
export function getTaskObjectStatus(
  client: ApiClient,
  { spaceId, taskId }: TaskIds,
  signal?: AbortSignal,
): Promise<TaskObjectStatus> {
  return client.get(
    buildPath(apiPaths.taskObjectStatus, { spaceId, taskId }),
    taskObjectStatusSchema,
    { signal },
  );
}
