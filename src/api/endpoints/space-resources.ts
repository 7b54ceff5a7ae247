import type { ApiClient } from '../client';
import { apiPaths, buildPath } from '../contract/paths';
import type { Dashboard, Environment, Machine, Project, Tenant } from '../contract';
import type { SpaceIds } from './application-ids';

/*
 * The space's own resources, one request each: what names a page needs, without the whole
 * dashboard (2.7 MB on a space with 500 projects).
 */

export function getMachine(
  client: ApiClient,
  { spaceId, machineId }: SpaceIds & { machineId: string },
  signal?: AbortSignal,
): Promise<Machine> {
  return client.get(buildPath(apiPaths.machine, { spaceId, machineId }), 'machine', {
    signal,
  });
}

export function getProject(
  client: ApiClient,
  { spaceId, projectId }: SpaceIds & { projectId: string },
  signal?: AbortSignal,
): Promise<Project> {
  return client.get(buildPath(apiPaths.project, { spaceId, projectId }), 'project', {
    signal,
  });
}

export function getEnvironment(
  client: ApiClient,
  { spaceId, environmentId }: SpaceIds & { environmentId: string },
  signal?: AbortSignal,
): Promise<Environment> {
  return client.get(buildPath(apiPaths.environment, { spaceId, environmentId }), 'environment', {
    signal,
  });
}

export function getTenant(
  client: ApiClient,
  { spaceId, tenantId }: SpaceIds & { tenantId: string },
  signal?: AbortSignal,
): Promise<Tenant> {
  return client.get(buildPath(apiPaths.tenant, { spaceId, tenantId }), 'tenant', { signal });
}

/** The most tenants one project's picker lists; a project with more shows the first ones. */
export const PROJECT_TENANTS_LIMIT = 500;

/** The tenants connected to a project (one page of up to `PROJECT_TENANTS_LIMIT`). */
export async function getProjectTenants(
  client: ApiClient,
  { spaceId, projectId }: SpaceIds & { projectId: string },
  signal?: AbortSignal,
): Promise<Tenant[]> {
  const page = await client.get(buildPath(apiPaths.tenants, { spaceId }), 'tenantsPage', {
    signal,
    query: { projectId, take: PROJECT_TENANTS_LIMIT },
  });
  return page.Items;
}

/** The dashboard of one project: its latest deployment in each environment (and tenant). */
export function getProjectDashboard(
  client: ApiClient,
  { spaceId, projectId }: SpaceIds & { projectId: string },
  signal?: AbortSignal,
): Promise<Dashboard> {
  return client.get(buildPath(apiPaths.dashboard, { spaceId }), 'dashboard', {
    signal,
    query: { projectId },
  });
}
