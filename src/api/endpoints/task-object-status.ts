import { ApiError, isApiError } from '../api-error';
import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { TaskObjectStatus } from '../contract';
import type { TaskIds } from './task';

/**
 * The answers that mean "this server has no per-task object status at all": a real Octopus
 * Server keeps it private, so the route is missing (404), refused (405) or not implemented (501).
 */
export const OBJECT_STATUS_UNAVAILABLE_STATUSES: readonly number[] = [404, 405, 501];

/**
 * The task object status is not available on this server. Thrown for the request that found out,
 * and at once, without asking again, for every later one on the same client (the session).
 */
export class TaskObjectStatusUnavailableError extends ApiError {
  /** True when this request was not sent: an earlier one had already found out. */
  readonly remembered: boolean;

  constructor(status: number, path: string, remembered: boolean) {
    super({
      kind: 'http',
      status,
      path,
      message: `This server does not share a task’s Kubernetes object status (it answered ${status} to ${path}).`,
    });
    this.remembered = remembered;
  }
}

export function isTaskObjectStatusUnavailable(
  error: unknown,
): error is TaskObjectStatusUnavailableError {
  return error instanceof TaskObjectStatusUnavailableError;
}

/** What each client (one per session in the app) has learnt: the first answer that said no. */
const unavailableOn = new WeakMap<ApiClient, { status: number; path: string }>();

/** True once this client's server has said it has no task object status. */
export function isTaskObjectStatusKnownUnavailable(client: ApiClient): boolean {
  return unavailableOn.has(client);
}

/**
 * Our extension: the objects each step of a deployment applied, with their status. A server
 * without it answers 404 (or 405, 501); that is remembered for the client, which then fails at
 * once with `TaskObjectStatusUnavailableError` instead of asking again.
 */
export async function getTaskObjectStatus(
  client: ApiClient,
  { spaceId, taskId }: TaskIds,
  signal?: AbortSignal,
): Promise<TaskObjectStatus> {
  const known = unavailableOn.get(client);
  if (known) throw new TaskObjectStatusUnavailableError(known.status, known.path, true);
  try {
    return await client.get(
      buildPath(apiPaths.taskObjectStatus, { spaceId, taskId }),
      'taskObjectStatus',
      { signal },
    );
  } catch (error) {
    if (
      isApiError(error) &&
      error.kind === 'http' &&
      error.status !== null &&
      OBJECT_STATUS_UNAVAILABLE_STATUSES.includes(error.status)
    ) {
      unavailableOn.set(client, { status: error.status, path: error.path });
      throw new TaskObjectStatusUnavailableError(error.status, error.path, false);
    }
    throw error;
  }
}
