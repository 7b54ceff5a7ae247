import { hashKey, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { MonitorError } from '../../../api/contract';
import { isSessionTimeoutError } from '../../../api/queries/object-queries';
import { errorMessage } from '../model/error-message';

/** Why the latest read through an events or logs session failed. */
export type SessionFailure =
  /** The session completed, but with a MonitorError. */
  | { kind: 'monitor'; error: MonitorError }
  /** The session never completed: the client gave up after `timeoutMs`. */
  | { kind: 'timeout'; timeoutMs: number }
  /** A request failed (HTTP error, no network, an unreadable body): its message for people. */
  | { kind: 'request'; message: string };

/** A session that completed without a MonitorError, and when it was read (ms since the epoch). */
export interface GoodSession<Session> {
  session: Session;
  readAt: number;
}

export interface LastGoodSession<Session> {
  /** The latest good session of this request (this query key); null until one is read. */
  lastGood: GoodSession<Session> | null;
  /** Why the latest read failed; null when it did not, or while the first one is on its way. */
  failure: SessionFailure | null;
}

type SessionQuery<Session> = Pick<
  UseQueryResult<Session>,
  'data' | 'dataUpdatedAt' | 'error' | 'isError'
>;

function failureOf<Session extends { Error: MonitorError | null }>(
  query: SessionQuery<Session>,
): SessionFailure | null {
  if (query.isError) {
    return isSessionTimeoutError(query.error)
      ? { kind: 'timeout', timeoutMs: query.error.timeoutMs }
      : { kind: 'request', message: errorMessage(query.error) };
  }
  if (query.data?.Error) return { kind: 'monitor', error: query.data.Error };
  return null;
}

/**
 * The last good session of a session query, kept while later reads fail, and why the latest
 * failed. The query keeps its data through a failed request (HTTP error, timeout), but a session
 * that completes with a MonitorError replaces it: this remembers the good one, so a tab can keep
 * showing its rows under the failure. Keyed by the query key: another container's log is not
 * "the last good read" of this one.
 */
export function useLastGoodSession<Session extends { Error: MonitorError | null }>(
  query: SessionQuery<Session>,
  queryKey: QueryKey,
): LastGoodSession<Session> {
  const key = hashKey(queryKey);
  const [stored, setStored] = useState<(GoodSession<Session> & { key: string }) | null>(null);
  const { data, dataUpdatedAt } = query;
  const current = data && !data.Error ? { key, session: data, readAt: dataUpdatedAt } : null;
  // Remember each good session as it arrives: state adjusted while rendering, React's way to
  // keep information from earlier renders (no effect, so no render shows a stale value).
  if (
    current &&
    (stored?.key !== key || stored.session !== current.session || stored.readAt !== current.readAt)
  ) {
    setStored(current);
  }
  const good = current ?? (stored?.key === key ? stored : null);
  return {
    lastGood: good && { session: good.session, readAt: good.readAt },
    failure: failureOf(query),
  };
}
