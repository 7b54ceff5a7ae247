import type { ApiClient } from '../client';
import {
  apiPaths,
  buildPath,
  logsSessionSchema,
  sessionCreatedSchema,
  type CreateLogsSessionRequest,
  type LogsSession,
  type SessionCreated,
} from '../contract';
import type { SpaceIds } from './application-ids';

/** Starts reading a container's logs; poll `getLogsSession` for them. */
export function createLogsSession(
  client: ApiClient,
  { spaceId }: SpaceIds,
  request: CreateLogsSessionRequest,
  signal?: AbortSignal,
): Promise<SessionCreated> {
  return client.post(buildPath(apiPaths.logsSessions, { spaceId }), request, sessionCreatedSchema, {
    signal,
  });
}

export function getLogsSession(
  client: ApiClient,
  { spaceId, sessionId }: SpaceIds & { sessionId: string },
  signal?: AbortSignal,
): Promise<LogsSession> {
  return client.get(buildPath(apiPaths.logsSession, { spaceId, sessionId }), logsSessionSchema, {
    signal,
  });
}
