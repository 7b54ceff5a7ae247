import type { Dashboard } from '../api/contract';

/**
 * Where a project is deployed, as the sides a comparison can take: the live status page offers
 * them ("Compare with…") and the comparison page picks from them.
 */

/** One application of a project: an environment, and a tenant when deployed per tenant. */
export interface DeployedSide {
  environmentId: string;
  tenantId: string | null;
}

/** A place the project is deployed to, offered as a side of the comparison. */
export interface SideOption extends DeployedSide {
  /** Unique among the options: `Environments-4` or `Environments-4/Tenants-1`. */
  key: string;
  environmentName: string;
  tenantName: string | null;
  /** "Staging", or "Acme Corp in Production". */
  label: string;
}

export function sideKey({ environmentId, tenantId }: DeployedSide): string {
  return tenantId === null ? environmentId : `${environmentId}/${tenantId}`;
}

/** "Staging", or for a tenant "Initech in Production". */
export function sideLabel(environmentName: string, tenantName: string | null): string {
  return tenantName === null ? environmentName : `${tenantName} in ${environmentName}`;
}

/**
 * Where the project has a deployment, from its own dashboard (`/dashboard?projectId=`): every
 * environment, and every tenant in it for a tenanted project. In the dashboard's environment
 * order (the space's), untenanted first, then tenants by name.
 */
export function sideOptions(dashboard: Dashboard | undefined, projectId: string): SideOption[] {
  if (!dashboard) return [];
  const environmentOrder = new Map(
    dashboard.Environments.map((environment, index) => [environment.Id, index]),
  );
  const environmentNames = new Map(dashboard.Environments.map((each) => [each.Id, each.Name]));
  const tenantNames = new Map(dashboard.Tenants.map((tenant) => [tenant.Id, tenant.Name]));
  const options = new Map<string, SideOption>();
  for (const item of dashboard.Items) {
    if (item.ProjectId !== projectId) continue;
    const side: DeployedSide = { environmentId: item.EnvironmentId, tenantId: item.TenantId };
    const key = sideKey(side);
    if (options.has(key)) continue;
    const environmentName = environmentNames.get(item.EnvironmentId) ?? item.EnvironmentId;
    const tenantName =
      item.TenantId === null ? null : (tenantNames.get(item.TenantId) ?? item.TenantId);
    options.set(key, {
      ...side,
      key,
      environmentName,
      tenantName,
      label: sideLabel(environmentName, tenantName),
    });
  }
  const last = Number.MAX_SAFE_INTEGER;
  return [...options.values()].sort(
    (a, b) =>
      (environmentOrder.get(a.environmentId) ?? last) -
        (environmentOrder.get(b.environmentId) ?? last) ||
      Number(a.tenantName !== null) - Number(b.tenantName !== null) ||
      (a.tenantName ?? '').localeCompare(b.tenantName ?? ''),
  );
}

/**
 * The side to compare `current` with by default: the environment before it in the space's order
 * (the one it is promoted from: Staging for Production), for the same tenant when there is one;
 * else the first other place.
 */
export function defaultOtherSide(
  options: readonly SideOption[],
  current: DeployedSide,
): SideOption | null {
  const index = options.findIndex((option) => option.key === sideKey(current));
  const before = options
    .slice(0, Math.max(0, index))
    .reverse()
    .filter((option) => option.environmentId !== current.environmentId);
  return (
    before.find((option) => option.tenantId === current.tenantId) ??
    before[0] ??
    options.find((option) => option.key !== sideKey(current)) ??
    null
  );
}
