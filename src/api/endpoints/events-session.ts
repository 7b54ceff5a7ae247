import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { CreateEventsSessionRequest, EventsSession, SessionCreated } from '../contract';
import type { SpaceIds } from './application-ids';

/** Starts collecting an object's Kubernetes events; poll `getEventsSession` until completed. */
export function createEventsSession(
  client: ApiClient,
  { spaceId }: SpaceIds,
  request: CreateEventsSessionRequest,
  signal?: AbortSignal,
): Promise<SessionCreated> {
  return client.post(buildPath(apiPaths.eventsSessions, { spaceId }), request, 'sessionCreated', {
    signal,
  });
}

export function getEventsSession(
  client: ApiClient,
  { spaceId, sessionId }: SpaceIds & { sessionId: string },
  signal?: AbortSignal,
): Promise<EventsSession> {
  return client.get(buildPath(apiPaths.eventsSession, { spaceId, sessionId }), 'eventsSession', {
    signal,
  });
}
