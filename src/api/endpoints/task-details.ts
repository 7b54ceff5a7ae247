import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { TaskDetails } from '../contract';
import type { TaskIds } from './task';

/** The task with its activity log tree. */
export function getTaskDetails(
  client: ApiClient,
  { spaceId, taskId }: TaskIds,
  signal?: AbortSignal,
): Promise<TaskDetails> {
  return client.get(buildPath(apiPaths.taskDetails, { spaceId, taskId }), 'taskDetails', {
    signal,
  });
}
