import type { z } from 'zod';
import { apiConfig } from '../config/api-config';
import { raceAbort } from './abort';
import { ApiError, describeHttpStatus, formatSeconds, httpErrorMessage } from './api-error';
import {
  connection as appConnection,
  isGatewayFailure,
  type ConnectionMonitor,
} from './connection';
import { takeEarlyResponse, type EarlyAnswer } from './early-requests';
import type { ResponseKind, ResponseOf } from './contract/response-schemas';
import { reportUnknownEnumValue } from './contract/unknown-values';
import { createBodyParser, sharedBodyParser, type BodyParser } from './parse/body-parser';
import { parseBody, type ParseOutcome } from './parse/parse-body';
import { createRequestGate, type RequestGate } from './request-gate';
import { requestTimeoutMs } from './request-timeouts';
import { requestUrl, type QueryParams } from './request-url';
import { parseRetryAfter } from './retry-after';

/**
 * What a response body should be: the name of one the app reads (parsed off the main thread, see
 * `contract/response-schemas.ts`), or a schema of the caller's own (parsed here).
 */
export type BodySchema = ResponseKind | z.ZodType;
export type BodyOf<S extends BodySchema> = S extends ResponseKind
  ? ResponseOf<S>
  : S extends z.ZodType
    ? z.output<S>
    : never;

export interface GetOptions {
  signal?: AbortSignal;
  /** Appended as a query string; null and undefined values are left out. */
  query?: QueryParams;
}

export interface PostOptions {
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Prepended to every path. '' (the default) means same origin. */
  baseUrl?: string;
  /** Sent as `X-Octopus-ApiKey` when set. */
  apiKey?: string;
  fetch?: typeof fetch;
  /**
   * Per attempt, covering the response body too, for every request. Default: by the kind of body
   * asked for (`request-timeouts.ts`).
   */
  timeoutMs?: number;
  /** How many times a 429 is retried after its `Retry-After` wait. Default 2. */
  maxRetriesOn429?: number;
  /** A 429 asking for a longer wait than this fails at once instead. Default 30 s. */
  maxRetryAfterSeconds?: number;
  /** Where every request waits out a 429's pause. Default: a gate of this client's own. */
  gate?: RequestGate;
  /**
   * Take a GET's answer from the requests the early script sent before the app started
   * (`early-requests.ts`), when it sent one for the same URL. Only the app's own client does.
   */
  useEarlyResponses?: boolean;
  /** Reads bodies named by kind. Default: a Web Worker where there is one, else this thread. */
  parser?: BodyParser;
  /** Hears whether the server answers (success, an error, or nothing at all). Default: none. */
  connection?: ConnectionMonitor;
}

export interface ApiClient {
  readonly baseUrl: string;
  /** A 429 pauses every request of the client here; listeners hear of each request sent. */
  readonly gate: RequestGate;
  get<S extends BodySchema>(path: string, schema: S, options?: GetOptions): Promise<BodyOf<S>>;
  post<S extends BodySchema>(
    path: string,
    body: unknown,
    schema: S,
    options?: PostOptions,
  ): Promise<BodyOf<S>>;
}

/** A request's answer; `parsed` when an early request already read its body. */
type Sent = Omit<EarlyAnswer, 'parsed'> & Partial<Pick<EarlyAnswer, 'parsed'>>;

export const DEFAULT_MAX_RETRIES_ON_429 = 2;
export const DEFAULT_MAX_RETRY_AFTER_SECONDS = 30;
/** The wait before retrying a 429 that carries no `Retry-After`. */
const FALLBACK_RETRY_AFTER_SECONDS = 1;

/**
 * A typed client for the Octopus REST API. Every response body is parsed against the schema the
 * caller gives; everything that goes wrong becomes an `ApiError`, except an abort by the caller,
 * whose AbortError is rethrown untouched (TanStack Query then cancels quietly). It never logs.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const apiKey = options.apiKey?.trim() || undefined;
  // Late-bound: calling a detached `window.fetch` throws, and test interceptors patch the global.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxRetriesOn429 = options.maxRetriesOn429 ?? DEFAULT_MAX_RETRIES_ON_429;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS;
  const gate = options.gate ?? createRequestGate();
  const useEarlyResponses = options.useEarlyResponses ?? false;
  const parser = options.parser ?? createBodyParser();
  const connection = options.connection;

  /** Waits out a 429's pause; one longer than the cap fails at once, asking the server nothing. */
  async function passGate(path: string, signal: AbortSignal | undefined): Promise<void> {
    const seconds = Math.ceil(gate.remainingMs() / 1000);
    if (seconds > maxRetryAfterSeconds) {
      throw new ApiError({
        kind: 'http',
        status: 429,
        path,
        retryAfterSeconds: seconds,
        message: httpErrorMessage(429, null, seconds),
      });
    }
    await gate.wait(signal);
  }

  async function send(
    url: string,
    init: RequestInit,
    path: string,
    callerSignal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<Sent> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new DOMException('The request timed out', 'TimeoutError'));
    }, timeoutMs);
    const forwardAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      const early = useEarlyResponses && init.method === 'GET' ? takeEarlyResponse(url) : undefined;
      // An early request that failed is simply asked again.
      const answer =
        early &&
        (await raceAbort(early, controller.signal).catch((error: unknown) => {
          if (controller.signal.aborted) throw error;
          return undefined;
        }));
      if (answer) return answer;
      const response = await raceAbort(
        fetchImpl(url, { ...init, signal: controller.signal }),
        controller.signal,
      );
      const text = await raceAbort(response.text(), controller.signal);
      return { response, text };
    } catch (error) {
      if (callerSignal?.aborted) throw error;
      // Not the caller, so the only other abort: the timeout.
      if (controller.signal.aborted) {
        throw new ApiError({
          kind: 'timeout',
          path,
          message: `The server took too long to answer (over ${formatSeconds(timeoutMs / 1000)})`,
          cause: error,
        });
      }
      connection?.noteUnreachable('Could not reach the server');
      throw new ApiError({
        kind: 'network',
        path,
        message: 'Could not reach the server',
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardAbort);
    }
  }

  async function request<S extends BodySchema>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    body: string | undefined,
    signal: AbortSignal | undefined,
    query: GetOptions['query'],
  ): Promise<BodyOf<S>> {
    const url = requestUrl(baseUrl, path, query);
    const headers = new Headers({ Accept: 'application/json' });
    if (apiKey) headers.set('X-Octopus-ApiKey', apiKey);
    if (body !== undefined) headers.set('Content-Type', 'application/json');

    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      // Only a pause costs a tick: an open gate sends at once.
      if (gate.remainingMs() > 0) await passGate(path, signal);
      gate.noteSend({ path, signal });
      const { response, text, parsed } = await send(
        url,
        { method, headers, body },
        path,
        signal,
        options.timeoutMs ?? requestTimeoutMs(typeof schema === 'string' ? schema : null),
      );
      if (response.ok) connection?.noteSuccess();
      else if (isGatewayFailure(response.status))
        connection?.noteUnreachable(describeHttpStatus(response.status));
      else connection?.noteAnswered();
      if (response.ok) {
        const contentType = response.headers.get('Content-Type');
        const outcome =
          typeof schema !== 'string'
            ? parseBody(path, text, schema, contentType)
            : parsed?.kind === schema
              ? await parsed.outcome
              : await parser.parse(schema, path, text, contentType);
        return bodyOf<S>(path, outcome);
      }
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
      if (response.status === 429) {
        // The server speaks about the whole client: every request waits, this one included.
        const wait = retryAfterSeconds ?? FALLBACK_RETRY_AFTER_SECONDS;
        gate.pause(wait * 1000);
        if (attempt < maxRetriesOn429 && wait <= maxRetryAfterSeconds) continue;
      }
      const serverMessage = readServerMessage(text);
      throw new ApiError({
        kind: 'http',
        status: response.status,
        path,
        serverMessage,
        retryAfterSeconds,
        message: httpErrorMessage(response.status, serverMessage, retryAfterSeconds),
      });
    }
  }

  return {
    baseUrl,
    gate,
    get(path, schema, { signal, query } = {}) {
      return request('GET', path, schema, undefined, signal, query);
    },
    post(path, body, schema, { signal } = {}) {
      return request('POST', path, schema, JSON.stringify(body), signal, undefined);
    },
  };
}

/**
 * The parsed body, typed as the caller asked: `parseBody` checked it against that very schema.
 * Unknown enum values it met are reported here, on the page, where the notice shows them.
 */
function bodyOf<S extends BodySchema>(path: string, outcome: ParseOutcome): BodyOf<S> {
  if (outcome.ok) {
    outcome.unknownValues.forEach(reportUnknownEnumValue);
    return outcome.data as BodyOf<S>;
  }
  throw new ApiError({
    kind: outcome.kind,
    path,
    field: outcome.field,
    message: outcome.message,
    cause: outcome.cause,
  });
}

/** The Octopus error body's `ErrorMessage`, with its `Errors` list when that adds anything. */
function readServerMessage(text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const errorMessage: unknown = Reflect.get(json, 'ErrorMessage');
  const errors: unknown = Reflect.get(json, 'Errors');
  const message = (typeof errorMessage === 'string' && errorMessage.trim()) || null;
  const details = (Array.isArray(errors) ? errors : [])
    .filter((error): error is string => typeof error === 'string')
    .map((error) => error.trim())
    .filter((error) => error !== '' && error !== message);
  if (details.length === 0) return message;
  return message ? `${message} (${details.join('; ')})` : details.join('; ');
}

/** The app's client, configured from the environment (see `src/config/api-config.ts`). */
export const apiClient: ApiClient = createApiClient({
  baseUrl: apiConfig.baseUrl,
  apiKey: apiConfig.apiKey,
  useEarlyResponses: true,
  parser: sharedBodyParser(),
  connection: appConnection,
});
