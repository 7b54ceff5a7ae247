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
  environmentCompare: '/projects/:projectId/compare',
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

/**
 * The parameters of `pathname` when it matches `pattern` exactly (a trailing slash allowed), else
 * null. Each `:name` segment matches one non-empty segment, URI-decoded; one that cannot be
 * decoded matches nothing.
 */
export function matchRoutePattern<Pattern extends RoutePattern>(
  pattern: Pattern,
  pathname: string,
): RouteParams<Pattern> | null {
  const patternSegments = pattern.split('/').filter((segment) => segment !== '');
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length !== patternSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, expected] of patternSegments.entries()) {
    const segment = segments[index] ?? '';
    if (!expected.startsWith(':')) {
      if (segment !== expected) return null;
      continue;
    }
    try {
      params[expected.slice(1)] = decodeURIComponent(segment);
    } catch {
      return null;
    }
  }
  return params as RouteParams<Pattern>;
}

export interface ApplicationLiveStatusTarget {
  projectId: string;
  environmentId: string;
  /** Set for a tenanted deployment; absent (or null) for an untenanted one. */
  tenantId?: string | null;
}

/** One side of a comparison: an environment, and a tenant for a tenanted deployment. */
export interface CompareSideTarget {
  environmentId: string;
  tenantId?: string | null;
}

export interface EnvironmentCompareTarget {
  projectId: string;
  /** Left out, the page asks for it. */
  left?: CompareSideTarget | null;
  right?: CompareSideTarget | null;
}

/** The comparison page's sides, in its search parameters (its filters are the page's own). */
export const compareSideParams = {
  left: 'left',
  right: 'right',
  leftTenant: 'leftTenant',
  rightTenant: 'rightTenant',
} as const;

function compareSearch(left: CompareSideTarget | null, right: CompareSideTarget | null): string {
  const params = new URLSearchParams();
  if (left) params.set(compareSideParams.left, left.environmentId);
  if (right) params.set(compareSideParams.right, right.environmentId);
  if (left?.tenantId) params.set(compareSideParams.leftTenant, left.tenantId);
  if (right?.tenantId) params.set(compareSideParams.rightTenant, right.tenantId);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
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

  /**
   * One project's application in two environments (or for two tenants), side by side:
   * `/projects/Projects-5/compare?left=Environments-4&right=Environments-3`.
   */
  environmentCompare: ({ projectId, left = null, right = null }: EnvironmentCompareTarget) =>
    fillRoutePattern(routePatterns.environmentCompare, { projectId }) + compareSearch(left, right),
} as const;
