/**
 * The app's routes, defined once: `routePatterns` are what the router matches, `paths` build the
 * URL of each page. Link with `paths.deployment(id)`, never with a hand-written string.
 */
export const routePatterns = {
  dashboard: '/',
  applicationLiveStatus: '/projects/:projectId/environments/:environmentId',
  tenantedApplicationLiveStatus:
    '/projects/:projectId/environments/:environmentId/tenants/:tenantId',
  deployment: '/deployments/:deploymentId',
} as const;

export type RoutePattern = (typeof routePatterns)[keyof typeof routePatterns];

type PatternParamNames<Pattern extends string> =
  Pattern extends `${string}:${infer Param}/${infer Rest}`
    ? Param | PatternParamNames<`/${Rest}`>
    : Pattern extends `${string}:${infer Param}`
      ? Param
      : never;

/** The parameters of a route pattern, e.g. `{ deploymentId: string }`. */
export type RouteParams<Pattern extends RoutePattern> = Record<PatternParamNames<Pattern>, string>;

/** Fills a pattern's `:name` segments, URI-encoding each value. Throws on a missing or empty one. */
export function fillRoutePattern<Pattern extends RoutePattern>(
  pattern: Pattern,
  params: RouteParams<Pattern>,
): string {
  const values: Record<string, string | undefined> = params;
  return pattern.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      throw new Error(`Missing route parameter "${name}" for ${pattern}`);
    }
    return encodeURIComponent(value);
  });
}

export interface ApplicationLiveStatusTarget {
  projectId: string;
  environmentId: string;
  /** Set for a tenanted deployment; absent (or null) for an untenanted one. */
  tenantId?: string | null;
}

export const paths = {
  /** The space dashboard: every project's latest deployment per environment. */
  dashboard: (): string => routePatterns.dashboard,

  /** The live status of one application: a project in an environment, for a tenant or not. */
  applicationLiveStatus: ({ projectId, environmentId, tenantId }: ApplicationLiveStatusTarget) =>
    tenantId
      ? fillRoutePattern(routePatterns.tenantedApplicationLiveStatus, {
          projectId,
          environmentId,
          tenantId,
        })
      : fillRoutePattern(routePatterns.applicationLiveStatus, { projectId, environmentId }),

  /** One deployment: its task log and the Kubernetes objects it applied. */
  deployment: (deploymentId: string): string =>
    fillRoutePattern(routePatterns.deployment, { deploymentId }),
} as const;
