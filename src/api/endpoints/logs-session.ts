import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { CreateLogsSessionRequest, LogsSession, SessionCreated } from '../contract';
import type { SpaceIds } from './application-ids';

/** Starts reading a container's logs; poll `getLogsSession` for them. */
export function createLogsSession(
  client: ApiClient,
  { spaceId }: SpaceIds,
  request: CreateLogsSessionRequest,
  signal?: AbortSignal,
): Promise<SessionCreated> {
  return client.post(buildPath(apiPaths.logsSessions, { spaceId }), request, 'sessionCreated', {
    signal,
  });
}

export function getLogsSession(
  client: ApiClient,
  { spaceId, sessionId }: SpaceIds & { sessionId: string },
  signal?: AbortSignal,
): Promise<LogsSession> {
  return client.get(buildPath(apiPaths.logsSession, { spaceId, sessionId }), 'logsSession', {
    signal,
  });
}
