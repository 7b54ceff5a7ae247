/** What went wrong with a request, in the terms the UI cares about. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-body' | 'malformed-json';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** The request path, without the base URL or query string (e.g. `/api/Spaces-1/dashboard`). */
  path: string;
  message: string;
  status?: number | null;
  serverMessage?: string | null;
  field?: string | null;
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/**
 * The one error type the API client throws (apart from the caller's own AbortError, which it
 * rethrows untouched). `message` is written for people; the other fields are for code.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** The HTTP status; null when no response arrived (network failure, timeout). */
  readonly status: number | null;
  readonly path: string;
  /** The Octopus error body's `ErrorMessage` (with its `Errors` list), when the server sent one. */
  readonly serverMessage: string | null;
  /** For an invalid body: the first failing field path, e.g. `Items[3].State`. */
  readonly field: string | null;
  /** From the `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.path = init.path;
    this.serverMessage = init.serverMessage ?? null;
    this.field = init.field ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** "The server could not find this (404)": the part of an HTTP error message before the detail. */
export function describeHttpStatus(status: number): string {
  switch (status) {
    case 400:
      return 'The server rejected the request (400)';
    case 401:
      return 'The server did not accept the API key, or none was sent (401)';
    case 403:
      return 'The API key is not allowed to see this (403)';
    case 404:
      return 'The server could not find this (404)';
    case 408:
      return 'The server gave up waiting for the request (408)';
    case 409:
      return 'The server reported a conflict (409)';
    case 429:
      return 'Too many requests (429)';
    case 500:
      return 'The server failed while answering (500)';
    case 502:
    case 504:
      return `The server could not be reached through the gateway (${status})`;
    case 503:
      return 'The server is unavailable right now (503)';
    default:
      return status >= 500
        ? `The server failed while answering (${status})`
        : `The server refused the request (${status})`;
  }
}

export function httpErrorMessage(
  status: number,
  serverMessage: string | null,
  retryAfterSeconds: number | null,
): string {
  let message = describeHttpStatus(status);
  if (serverMessage) message += `: ${serverMessage}`;
  if (status === 429 && retryAfterSeconds !== null) {
    message += `; retrying in ${formatSeconds(retryAfterSeconds)}`;
  }
  return message;
}

/** `5 s`, `2.5 s`; under a second, `30 ms`. */
export function formatSeconds(seconds: number): string {
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  return `${Math.round(seconds * 10) / 10} s`;
}

/** "HTTP 500", "network", "invalid body": what kind of failure, for a panel's eyebrow. */
export function errorKind(error: Error): string {
  if (!isApiError(error)) return error.name;
  return error.status === null ? error.kind.replace('-', ' ') : `HTTP ${String(error.status)}`;
}
