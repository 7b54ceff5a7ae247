import type { Dashboard, DashboardItem, Environment, Project, Tenant } from '../../../api/contract';

export interface TenantOption {
  id: string;
  name: string;
}

/** What the server says about one application: names, tenants, its latest deployment. */
export interface ApplicationContext {
  projectName: string;
  environmentName: string;
  /** Null for an untenanted application. */
  tenantName: string | null;
  tenanted: boolean;
  /** The project's tenants connected to this environment, by name. */
  tenants: TenantOption[];
  /** The latest deployment of this project to this environment (and tenant). */
  latestDeployment: DashboardItem | null;
}

export interface ApplicationIdsInUrl {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/** The latest of a cell's items: a real server may also send the one before (`IsPrevious`). */
function latestOf(items: readonly DashboardItem[]): DashboardItem | null {
  let latest: DashboardItem | null = null;
  for (const item of items) {
    if (item.IsPrevious && items.length > 1) continue;
    if (!latest || Date.parse(item.QueueTime) > Date.parse(latest.QueueTime)) latest = item;
  }
  return latest;
}

/** What the server says about the application, each part from its own endpoint. */
export interface ApplicationSources {
  project: Project | undefined;
  environment: Environment | undefined;
  tenant: Tenant | undefined;
  /** The tenants connected to the project. */
  projectTenants: readonly Tenant[] | undefined;
  /** The project's own dashboard (`?projectId=`): its latest deployments. */
  projectDashboard: Dashboard | undefined;
}

/**
 * Resolves an application's ids to names with the project, environment and tenant endpoints, and
 * finds its latest deployment in the project's dashboard. While a part is loading (or failed)
 * the ids stand in for the names.
 */
export function applicationContext(
  { project, environment, tenant, projectTenants, projectDashboard }: ApplicationSources,
  { projectId, environmentId, tenantId }: ApplicationIdsInUrl,
): ApplicationContext {
  const tenants = (projectTenants ?? [])
    .filter((each) => each.ProjectEnvironments?.[projectId]?.includes(environmentId) ?? false)
    .map((each) => ({ id: each.Id, name: each.Name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const latestDeployment = latestOf(
    (projectDashboard?.Items ?? []).filter(
      (item) =>
        item.ProjectId === projectId &&
        item.EnvironmentId === environmentId &&
        item.TenantId === tenantId,
    ),
  );
  return {
    projectName: project?.Name ?? projectId,
    environmentName: environment?.Name ?? environmentId,
    tenantName: tenantId === null ? null : (tenant?.Name ?? tenantId),
    tenanted: tenantId !== null || project?.TenantedDeploymentMode === 'Tenanted',
    tenants,
    latestDeployment,
  };
}

/** "carts in Production", "customer-portal in Production for Globex". */
export function applicationTitle(context: ApplicationContext): string {
  const base = `${context.projectName} in ${context.environmentName}`;
  return context.tenantName === null ? base : `${base} for ${context.tenantName}`;
}
