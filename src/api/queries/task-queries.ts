import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import type { Task, TaskDetails, TaskObjectStatus } from '../contract';
import type { TaskIds } from '../endpoints/task';
import { getTask } from '../endpoints/task';
import { getTaskDetails } from '../endpoints/task-details';
import { shouldRetryApiQuery } from '../query-retry';
import {
  getTaskObjectStatus,
  isTaskObjectStatusUnavailable,
} from '../endpoints/task-object-status';

/** A running task (its state, its times, its log) is asked for again this often. */
export const TASK_REFETCH_INTERVAL_MS = 2_000;
/** The Kubernetes tab, while any step is live: about as often as Octopus checks the cluster. */
export const OBJECT_STATUS_REFETCH_INTERVAL_MS = 2_000;
/**
 * While the Kubernetes tab is not open, object status is only needed to know whether the tab
 * exists: asked for this often, and only until a step shows up or the task completes.
 */
export const OBJECT_STATUS_DISCOVERY_INTERVAL_MS = 10_000;

/** What the object status polling needs to know besides the response itself. */
export interface ObjectStatusPolling {
  /** The task has completed: no step that has not started yet will start. */
  taskCompleted: boolean;
  /** Someone is looking at the objects (the Kubernetes tab is open). */
  watching: boolean;
}

/** Polls a task until it has completed. */
export function taskRefetchInterval(task: Pick<Task, 'IsCompleted'> | undefined): number | false {
  return task?.IsCompleted ? false : TASK_REFETCH_INTERVAL_MS;
}

/**
 * How often to ask for a task's object status: every 2 s while any step is live (or, with the
 * task still running, while a step may yet start); never again once every step is a snapshot
 * and the task has completed. When nobody is watching, only until the tab is known to exist.
 */
export function objectStatusRefetchInterval(
  status: TaskObjectStatus | undefined,
  { taskCompleted, watching }: ObjectStatusPolling,
): number | false {
  const steps = status?.Steps ?? [];
  if (!watching) {
    return steps.length > 0 || taskCompleted ? false : OBJECT_STATUS_DISCOVERY_INTERVAL_MS;
  }
  if (steps.some((step) => step.IsLive)) return OBJECT_STATUS_REFETCH_INTERVAL_MS;
  return taskCompleted ? false : OBJECT_STATUS_REFETCH_INTERVAL_MS;
}

/** Once a task has completed, nothing about it changes: no refetch on focus or on mount. */
const FINAL = Number.POSITIVE_INFINITY;
/** Until then, the app's default. */
const CHANGING = 5_000;

/** True once the object status will not change again: every step a snapshot, the task done. */
export function objectStatusIsFinal(
  status: TaskObjectStatus | undefined,
  taskCompleted: boolean,
): boolean {
  return status !== undefined && taskCompleted && !status.Steps.some((step) => step.IsLive);
}

export function createTaskQueries(client: ApiClient) {
  const all = () => ['tasks'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  /** One task; its log and its object status sit under it, so invalidating it reaches both. */
  const one = ({ spaceId, taskId }: TaskIds) => [...inSpace(spaceId), taskId] as const;
  return {
    all,
    inSpace,
    one,
    /** The task itself: state, times, duration. Polled until it has completed. */
    detail: (ids: TaskIds) =>
      queryOptions({
        queryKey: one(ids),
        queryFn: ({ signal }) => getTask(client, ids, signal),
        staleTime: (query) => (query.state.data?.IsCompleted ? FINAL : CHANGING),
        refetchInterval: (query) => taskRefetchInterval(query.state.data),
        refetchIntervalInBackground: false,
      }),
    /** The task with its activity log tree. Polled until the task has completed. */
    details: (ids: TaskIds) =>
      queryOptions({
        queryKey: [...one(ids), 'details'] as const,
        queryFn: ({ signal }): Promise<TaskDetails> => getTaskDetails(client, ids, signal),
        staleTime: (query) => (query.state.data?.Task.IsCompleted ? FINAL : CHANGING),
        refetchInterval: (query) => taskRefetchInterval(query.state.data?.Task),
        refetchIntervalInBackground: false,
      }),
    /**
     * Our extension: each step's Kubernetes objects. Polled while it matters (see above). On a
     * server without it (a real Octopus Server) it fails with `TaskObjectStatusUnavailableError`,
     * once over the network and then at once: never retried, never polled.
     */
    objectStatus: (ids: TaskIds, polling: ObjectStatusPolling) =>
      queryOptions({
        queryKey: [...one(ids), 'kubernetes-object-status'] as const,
        queryFn: ({ signal }) => getTaskObjectStatus(client, ids, signal),
        staleTime: (query) =>
          objectStatusIsFinal(query.state.data, polling.taskCompleted) ? FINAL : CHANGING,
        refetchInterval: (query) =>
          isTaskObjectStatusUnavailable(query.state.error)
            ? false
            : objectStatusRefetchInterval(query.state.data, polling),
        refetchIntervalInBackground: false,
        retry: (failureCount, error) =>
          !isTaskObjectStatusUnavailable(error) && shouldRetryApiQuery(failureCount, error),
      }),
  };
}

export const taskQueries = createTaskQueries(apiClient);
