import { queryOptions } from '@tanstack/react-query';
import { apiClient, type ApiClient } from '../client';
import {
  getEnvironment,
  getMachine,
  getProject,
  getProjectDashboard,
  getProjectTenants,
  getTenant,
} from '../endpoints/space-resources';

/** Names hardly change while a page is open: asked once, kept for five minutes. */
const NAME_STALE_TIME_MS = 5 * 60_000;
/** How often a page re-reads its project's latest deployments. */
export const PROJECT_DASHBOARD_REFETCH_INTERVAL_MS = 10_000;

export function createSpaceResourceQueries(client: ApiClient) {
  const all = (spaceId: string) => ['space-resources', spaceId] as const;
  return {
    all,
    machine: (spaceId: string, machineId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'machine', machineId] as const,
        queryFn: ({ signal }) => getMachine(client, { spaceId, machineId }, signal),
        staleTime: NAME_STALE_TIME_MS,
      }),
    project: (spaceId: string, projectId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'project', projectId] as const,
        queryFn: ({ signal }) => getProject(client, { spaceId, projectId }, signal),
        staleTime: NAME_STALE_TIME_MS,
      }),
    environment: (spaceId: string, environmentId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'environment', environmentId] as const,
        queryFn: ({ signal }) => getEnvironment(client, { spaceId, environmentId }, signal),
        staleTime: NAME_STALE_TIME_MS,
      }),
    tenant: (spaceId: string, tenantId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'tenant', tenantId] as const,
        queryFn: ({ signal }) => getTenant(client, { spaceId, tenantId }, signal),
        staleTime: NAME_STALE_TIME_MS,
      }),
    projectTenants: (spaceId: string, projectId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'project-tenants', projectId] as const,
        queryFn: ({ signal }) => getProjectTenants(client, { spaceId, projectId }, signal),
        staleTime: NAME_STALE_TIME_MS,
      }),
    /** The project's own dashboard: its latest deployments, polled. */
    projectDashboard: (spaceId: string, projectId: string) =>
      queryOptions({
        queryKey: [...all(spaceId), 'project-dashboard', projectId] as const,
        queryFn: ({ signal }) => getProjectDashboard(client, { spaceId, projectId }, signal),
        refetchInterval: PROJECT_DASHBOARD_REFETCH_INTERVAL_MS,
        refetchIntervalInBackground: false,
      }),
  };
}

export const spaceResourceQueries = createSpaceResourceQueries(apiClient);
