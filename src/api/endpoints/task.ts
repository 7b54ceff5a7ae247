import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Task } from '../contract';
import type { SpaceIds } from './application-ids';

export interface TaskIds extends SpaceIds {
  taskId: string;
}

export function getTask(
  client: ApiClient,
  { spaceId, taskId }: TaskIds,
  signal?: AbortSignal,
): Promise<Task> {
  return client.get(buildPath(apiPaths.task, { spaceId, taskId }), 'task', { signal });
}
