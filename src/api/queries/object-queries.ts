import { queryOptions } from '@tanstack/react-query';
import { sleep } from '../abort';
import { formatSeconds } from '../api-error';
import { apiClient, type ApiClient } from '../client';
import type { EventsSession, LogsSession } from '../contract';
import type { ResourceIds } from '../endpoints/application-ids';
import { createEventsSession, getEventsSession } from '../endpoints/events-session';
import { createLogsSession, getLogsSession } from '../endpoints/logs-session';
import { getResource } from '../endpoints/resource';
import { getResourceManifest } from '../endpoints/resource-manifest';
import { getStepObjectManifest, type StepObjectIds } from '../endpoints/step-object-manifest';
import { createTaskQueries } from './task-queries';

/** One object's summary (health, sync, children) is asked for again this often, like its page. */
export const OBJECT_DETAIL_REFETCH_INTERVAL_MS = 5_000;
/**
 * A manifest can be 20,000 lines: it is fetched when the Manifest tab opens and kept this long,
 * then fetched again on the next open or on Refresh. It is not polled.
 */
export const OBJECT_MANIFEST_STALE_TIME_MS = 30_000;
/** Events and logs are read through a session; one is reused this long before a new one opens. */
export const OBSERVABILITY_STALE_TIME_MS = 30_000;

export interface SessionTiming {
  /** The wait between two polls of an open session. */
  pollIntervalMs: number;
  /** A session that has not completed by then fails with a `SessionTimeoutError`. */
  timeoutMs: number;
}

/** The monitor answers within a poll or two; 20 s without an answer means it will not. */
export const DEFAULT_SESSION_TIMING: SessionTiming = { pollIntervalMs: 1_000, timeoutMs: 20_000 };

/** An events or logs session the Kubernetes monitor did not complete in time. */
export class SessionTimeoutError extends Error {
  override readonly name = 'SessionTimeoutError';
  readonly timeoutMs: number;

  constructor(what: 'events' | 'logs', timeoutMs: number) {
    super(
      `The Kubernetes monitor did not answer in time: no ${what} after ${formatSeconds(timeoutMs / 1000)}`,
    );
    this.timeoutMs = timeoutMs;
  }
}

export function isSessionTimeoutError(error: unknown): error is SessionTimeoutError {
  return error instanceof SessionTimeoutError;
}

/**
 * Runs one monitor session: opens it, then polls it until it completes, waiting
 * `pollIntervalMs` between polls. Past `timeoutMs` in all, whatever is in flight is aborted and
 * the session fails with a `SessionTimeoutError`. The caller's abort is passed on untouched.
 * A completed session is returned as it is, `Error` (a MonitorError) included.
 */
export async function runSession<Session extends { IsSessionCompleted: boolean }>(
  open: (signal: AbortSignal) => Promise<{ SessionId: string }>,
  poll: (sessionId: string, signal: AbortSignal) => Promise<Session>,
  { what, timing, signal }: { what: 'events' | 'logs'; timing: SessionTiming; signal: AbortSignal },
): Promise<Session> {
  const controller = new AbortController();
  const timeout = new SessionTimeoutError(what, timing.timeoutMs);
  const timer = setTimeout(() => controller.abort(timeout), timing.timeoutMs);
  const forwardAbort = () => controller.abort(signal.reason);
  if (signal.aborted) forwardAbort();
  else signal.addEventListener('abort', forwardAbort, { once: true });
  try {
    const { SessionId } = await open(controller.signal);
    for (;;) {
      const session = await poll(SessionId, controller.signal);
      if (session.IsSessionCompleted) return session;
      await sleep(timing.pollIntervalMs, controller.signal);
    }
  } catch (error) {
    if (!signal.aborted && controller.signal.reason === timeout) throw timeout;
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

/** Which container's log to read, of which Pod, and whether the one before the last restart. */
export interface LogsRequest {
  podName: string;
  containerName: string;
  previous: boolean;
}

function sessionTarget(ids: ResourceIds) {
  return {
    SpaceId: ids.spaceId,
    ProjectId: ids.projectId,
    EnvironmentId: ids.environmentId,
    TenantId: ids.tenantId,
    MachineId: ids.machineId,
    DesiredOrKubernetesMonitoredResourceId: ids.resourceId,
  };
}

/**
 * The object drawer's queries. Keys: `['objects', space, project, environment, tenant, machine,
 * resource, ...]` for a live object (so one object's detail, manifest, events and logs go
 * together), and under the task (`['tasks', space, task, 'step-object-manifest', ...]`) for the
 * manifest a deployment step applied.
 */
export function createObjectQueries(
  client: ApiClient,
  timing: SessionTiming = DEFAULT_SESSION_TIMING,
) {
  const taskQueries = createTaskQueries(client);
  const all = () => ['objects'] as const;
  const inSpace = (spaceId: string) => [...all(), spaceId] as const;
  /** Every query about one live object (a key, for invalidation). */
  const one = ({
    spaceId,
    projectId,
    environmentId,
    tenantId,
    machineId,
    resourceId,
  }: ResourceIds) =>
    [
      ...inSpace(spaceId),
      projectId,
      environmentId,
      tenantId ?? 'untenanted',
      machineId,
      resourceId,
    ] as const;

  return {
    all,
    inSpace,
    one,
    /** The object with its manifest summary and children. Polled while shown. */
    detail: (ids: ResourceIds) =>
      queryOptions({
        queryKey: [...one(ids), 'detail'] as const,
        queryFn: ({ signal }) => getResource(client, ids, signal),
        refetchInterval: OBJECT_DETAIL_REFETCH_INTERVAL_MS,
        refetchIntervalInBackground: false,
      }),
    /** The live and applied manifests (YAML). Not polled: see OBJECT_MANIFEST_STALE_TIME_MS. */
    manifest: (ids: ResourceIds) =>
      queryOptions({
        queryKey: [...one(ids), 'manifest'] as const,
        queryFn: ({ signal }) => getResourceManifest(client, ids, signal),
        staleTime: OBJECT_MANIFEST_STALE_TIME_MS,
        refetchOnWindowFocus: false,
      }),
    /**
     * The object's Kubernetes events, through one events session (open, poll until complete).
     * Not retried on its own: a failed or slow session is shown with a Retry button.
     */
    events: (ids: ResourceIds) =>
      queryOptions({
        queryKey: [...one(ids), 'events'] as const,
        queryFn: ({ signal }): Promise<EventsSession> =>
          runSession(
            (inner) => createEventsSession(client, ids, sessionTarget(ids), inner),
            (sessionId, inner) =>
              getEventsSession(client, { spaceId: ids.spaceId, sessionId }, inner),
            { what: 'events', timing, signal },
          ),
        staleTime: OBSERVABILITY_STALE_TIME_MS,
        refetchOnWindowFocus: false,
        retry: false,
      }),
    /** One container's log lines, through one logs session; not retried on its own either. */
    logs: (ids: ResourceIds, { podName, containerName, previous }: LogsRequest) =>
      queryOptions({
        queryKey: [
          ...one(ids),
          'logs',
          podName,
          containerName,
          previous ? 'previous' : 'current',
        ] as const,
        queryFn: ({ signal }): Promise<LogsSession> =>
          runSession(
            (inner) =>
              createLogsSession(
                client,
                ids,
                {
                  ...sessionTarget(ids),
                  PodName: podName,
                  ContainerName: containerName,
                  ShowPreviousContainer: previous,
                },
                inner,
              ),
            (sessionId, inner) =>
              getLogsSession(client, { spaceId: ids.spaceId, sessionId }, inner),
            { what: 'logs', timing, signal },
          ),
        staleTime: OBSERVABILITY_STALE_TIME_MS,
        refetchOnWindowFocus: false,
        retry: false,
      }),
    /** Our extension: what a deployment step applied for one object. It never changes. */
    stepManifest: (ids: StepObjectIds) =>
      queryOptions({
        queryKey: [
          ...taskQueries.one(ids),
          'step-object-manifest',
          ids.actionId,
          ids.uuid,
        ] as const,
        queryFn: ({ signal }) => getStepObjectManifest(client, ids, signal),
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
      }),
  };
}

export const objectQueries = createObjectQueries(apiClient);
