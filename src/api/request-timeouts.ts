import type { ResponseKind } from './contract/response-schemas';

/**
 * How long one request may take, answer and body included, before the client gives up with a
 * timeout error ("The server took too long to answer"). The page then says so with Retry, and
 * polled data is asked again at its next interval, so a hung request never holds a page for long.
 *
 * - Reads: 20 s. A large space's dashboard or a 5,000-object live status takes seconds on a busy
 *   server, never this long.
 * - Manifests: 45 s. One object's manifests can be megabytes (a 20,000-line ConfigMap), read once
 *   and not polled.
 * - Events and logs sessions: 10 s per request. The session itself has its own limit (see
 *   `runSession`); one poll of it that takes longer than this has stalled.
 */
export const READ_TIMEOUT_MS = 20_000;

const timeoutsByKind: Partial<Record<ResponseKind, number>> = {
  resourceManifest: 45_000,
  stepObjectManifest: 45_000,
  sessionCreated: 10_000,
  eventsSession: 10_000,
  logsSession: 10_000,
};

/** The timeout for a request whose body is of `kind` (a schema of the caller's own: a read). */
export function requestTimeoutMs(kind: ResponseKind | null): number {
  return (kind === null ? undefined : timeoutsByKind[kind]) ?? READ_TIMEOUT_MS;
}
