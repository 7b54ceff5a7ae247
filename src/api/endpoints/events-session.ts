import type { ApiClient } from '../client';
import {
  apiPaths,
  buildPath,
  eventsSessionSchema,
  sessionCreatedSchema,
  type CreateEventsSessionRequest,
  type EventsSession,
  type SessionCreated,
} from '../contract';
import type { SpaceIds } from './application-ids';

/** Starts collecting an object's Kubernetes events; poll `getEventsSession` until completed. */
export function createEventsSession(
  client: ApiClient,
  { spaceId }: SpaceIds,
  request: CreateEventsSessionRequest,
  signal?: AbortSignal,
): Promise<SessionCreated> {
  return client.post(
    buildPath(apiPaths.eventsSessions, { spaceId }),
    request,
    sessionCreatedSchema,
    {
      signal,
    },
  );
}

export function getEventsSession(
  client: ApiClient,
  { spaceId, sessionId }: SpaceIds & { sessionId: string },
  signal?: AbortSignal,
): Promise<EventsSession> {
  return client.get(
    buildPath(apiPaths.eventsSession, { spaceId, sessionId }),
    eventsSessionSchema,
    {
      signal,
    },
  );
}
