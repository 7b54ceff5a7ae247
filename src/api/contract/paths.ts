/**
 * Every endpoint's path template, defined once. The client fills them with `buildPath`; the
 * simulated server registers its handlers on the same templates (`:name` segments are MSW's too).
 */
export const apiPaths = {
  /** The API root: the server's version, installation id and links. */
  apiRoot: '/api',
  /** Every space, paged (`partialName`, `name`, `ids`, `skip`, `take`). */
  spaces: '/api/spaces',
  space: '/api/spaces/:spaceId',
  dashboard: '/api/:spaceId/dashboard',
  machine: '/api/:spaceId/machines/:machineId',
  project: '/api/:spaceId/projects/:projectId',
  environment: '/api/:spaceId/environments/:environmentId',
  tenant: '/api/:spaceId/tenants/:tenantId',
  /** Tenants, paged; `projectId` keeps those connected to one project. */
  tenants: '/api/:spaceId/tenants',
  liveStatusSummaries: '/api/:spaceId/livestatus/summaries',
  untenantedLiveStatus:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/livestatus',
  tenantedLiveStatus:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/tenants/:tenantId/livestatus',
  untenantedResource:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/machines/:machineId/resources/:resourceId',
  tenantedResource:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/tenants/:tenantId/machines/:machineId/resources/:resourceId',
  untenantedManifest:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/machines/:machineId/resources/:resourceId/manifest',
  tenantedManifest:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/tenants/:tenantId/machines/:machineId/resources/:resourceId/manifest',
  untenantedManifestV2:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/machines/:machineId/resources/:resourceId/manifest/v2',
  tenantedManifestV2:
    '/api/:spaceId/projects/:projectId/environments/:environmentId/tenants/:tenantId/machines/:machineId/resources/:resourceId/manifest/v2',
  eventsSessions: '/api/:spaceId/observability/events/sessions',
  eventsSession: '/api/:spaceId/observability/events/sessions/:sessionId',
  logsSessions: '/api/:spaceId/observability/logs/sessions',
  logsSession: '/api/:spaceId/observability/logs/sessions/:sessionId',
  deployment: '/api/:spaceId/deployments/:deploymentId',
  release: '/api/:spaceId/releases/:releaseId',
  task: '/api/:spaceId/tasks/:taskId',
  taskDetails: '/api/:spaceId/tasks/:taskId/details',
  taskObjectStatus: '/api/:spaceId/tasks/:taskId/kubernetes-object-status',
  /** Our extension: the manifest a step applied for one of its top-level objects. */
  stepObjectManifest:
    '/api/:spaceId/tasks/:taskId/kubernetes-object-status/:actionId/resources/:uuid/manifest',
} as const;

export type ApiPathName = keyof typeof apiPaths;
export type ApiPathTemplate = (typeof apiPaths)[ApiPathName];

/** The `:name` parameters of a path template, as a union of names. */
export type PathParamNames<Path extends string> =
  Path extends `${string}:${infer Param}/${infer Rest}`
    ? Param | PathParamNames<`/${Rest}`>
    : Path extends `${string}:${infer Param}`
      ? Param
      : never;

export type PathParams<Path extends string> = Record<PathParamNames<Path>, string>;

/** Fills a template's parameters, URI-encoding each one. Throws on a missing or empty value. */
export function buildPath<Path extends ApiPathTemplate>(template: Path, params: PathParams<Path>) {
  const values: Record<string, string | undefined> = params;
  return template.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(value);
  });
}
