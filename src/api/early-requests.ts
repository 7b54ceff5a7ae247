import { matchRoutePattern, routePatterns } from '../config/paths';
import { apiPaths, buildPath } from './contract/paths';
import type { ResponseKind } from './contract/response-schemas';
import { applicationLiveStatusPath } from './endpoints/application-ids';
import { sharedBodyParser, type BodyParser } from './parse/body-parser';
import type { ParseOutcome } from './parse/parse-body';
import { requestUrl, type QueryParams } from './request-url';

/**
 * The first page's first requests, sent by a small script of their own
 * (`src/early-requests-entry.ts`) as soon as the HTML has been read, while the app's bundle is
 * still downloading and starting. Each answer is read in the parse worker as soon as it arrives.
 * When the app then asks for the same URL, the API client takes the answer (parsed, or on its
 * way) instead of asking again. This module knows, for each page, what that page asks first; a
 * test renders each page and checks that it asks for every one of these URLs.
 *
 * It stays small and free of the app's heavier dependencies (no schemas, no React): it is all the
 * early script loads.
 */

interface PlannedRequest {
  path: string;
  query?: QueryParams;
  /** What the page reads the body as. */
  kind: ResponseKind;
}

/** What the page at `pathname` asks first, for the space `spaceId`. */
export function plannedRequests(pathname: string, spaceId: string): PlannedRequest[] {
  const space: PlannedRequest = { path: buildPath(apiPaths.space, { spaceId }), kind: 'space' };

  if (matchRoutePattern(routePatterns.dashboard, pathname)) {
    return [
      space,
      { path: buildPath(apiPaths.dashboard, { spaceId }), kind: 'dashboard' },
      { path: buildPath(apiPaths.liveStatusSummaries, { spaceId }), kind: 'liveStatusSummaries' },
    ];
  }

  const tenanted = matchRoutePattern(routePatterns.tenantedApplicationLiveStatus, pathname);
  const application = tenanted ?? matchRoutePattern(routePatterns.applicationLiveStatus, pathname);
  if (application) {
    const { projectId, environmentId } = application;
    const tenantId = tenanted?.tenantId ?? null;
    return [
      space,
      {
        path: applicationLiveStatusPath({ spaceId, projectId, environmentId, tenantId }),
        query: { summaryOnly: false },
        kind: 'applicationLiveStatus',
      },
      { path: buildPath(apiPaths.project, { spaceId, projectId }), kind: 'project' },
      {
        path: buildPath(apiPaths.environment, { spaceId, environmentId }),
        kind: 'environment',
      },
      { path: buildPath(apiPaths.dashboard, { spaceId }), query: { projectId }, kind: 'dashboard' },
    ];
  }

  const deployment = matchRoutePattern(routePatterns.deployment, pathname);
  if (deployment) {
    const { deploymentId } = deployment;
    return [
      space,
      { path: buildPath(apiPaths.deployment, { spaceId, deploymentId }), kind: 'deployment' },
    ];
  }
  return [];
}

/** An answer is taken within this long of the script starting, or not at all. */
const EARLY_RESPONSE_LIFETIME_MS = 15_000;

/** An early request's answer: the response, its body's text, and the body read as planned. */
export interface EarlyAnswer {
  response: Response;
  text: string;
  /** Null for an answer that is not a success (the client reads its error itself). */
  parsed: { kind: ResponseKind; outcome: Promise<ParseOutcome> } | null;
}

interface EarlyResponse {
  answer: Promise<EarlyAnswer>;
  sentAt: number;
}

/**
 * Shared through the window rather than a module variable: the early script and the app are two
 * entry points, and must find the same registry whichever chunk this module lands in.
 */
const registryKey = Symbol.for('periscope.earlyResponses');

function registry(): Map<string, EarlyResponse> {
  const holder = globalThis as { [registryKey]?: Map<string, EarlyResponse> };
  holder[registryKey] ??= new Map();
  return holder[registryKey];
}

export interface EarlyRequestOptions {
  baseUrl: string;
  apiKey: string | undefined;
  spaceId: string;
  fetch?: typeof fetch;
  parser?: BodyParser;
  now?: () => number;
}

/** Sends the GET requests the page at `pathname` will ask first. Returns their URLs. */
export function startEarlyRequests(pathname: string, options: EarlyRequestOptions): string[] {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => performance.now());
  const parser = options.parser ?? sharedBodyParser();
  // The worker loads its schemas while the server works on the answers.
  parser.warm();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey) headers['X-Octopus-ApiKey'] = options.apiKey;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return plannedRequests(pathname, options.spaceId).map(({ path, query, kind }) => {
    const url = requestUrl(baseUrl, path, query);
    const answer = fetchImpl(url, { method: 'GET', headers }).then(
      async (response): Promise<EarlyAnswer> => {
        const text = await response.text();
        const contentType = response.headers.get('Content-Type');
        const parsed = response.ok
          ? { kind, outcome: parser.parse(kind, path, text, contentType) }
          : null;
        return { response, text, parsed };
      },
    );
    // Whoever takes it handles a failure; one never taken must not be an unhandled rejection.
    answer.catch(() => undefined);
    registry().set(url, { answer, sentAt: now() });
    return url;
  });
}

/**
 * The early answer for a GET of `url`, once: later requests for the same URL go to the server.
 * An answer older than its lifetime is dropped, not used: the page asked for fresh data.
 */
export function takeEarlyResponse(
  url: string,
  now: () => number = () => performance.now(),
): Promise<EarlyAnswer> | undefined {
  const early = registry().get(url);
  if (!early) return undefined;
  registry().delete(url);
  return now() - early.sentAt <= EARLY_RESPONSE_LIFETIME_MS ? early.answer : undefined;
}

/** Forgets every early answer (for tests). */
export function clearEarlyResponses(): void {
  registry().clear();
}
