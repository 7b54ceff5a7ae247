import { describe, expect, it } from 'vitest';
import {
  dashboardSchema,
  environmentSchema,
  projectSchema,
  tenantSchema,
  type Tenant,
} from '../../../api/contract';
import { dashboardBody, dashboardItemBody } from '../../../api/testing/fixtures';
import {
  applicationContext,
  applicationTitle,
  type ApplicationSources,
} from './application-context';

/* Each source as its own endpoint answers it, read through the client's schemas. */

const project = projectSchema.parse({
  Id: 'Projects-1',
  Name: 'portal',
  TenantedDeploymentMode: 'Tenanted',
});
const environment = environmentSchema.parse({ Id: 'Environments-1', Name: 'Production' });

const tenant = (Id: string, Name: string, environmentIds: string[] | null): Tenant =>
  tenantSchema.parse({
    Id,
    Name,
    ProjectEnvironments: environmentIds === null ? null : { 'Projects-1': environmentIds },
  });
const acme = tenant('Tenants-1', 'Acme', ['Environments-1']);
const projectTenants = [
  tenant('Tenants-2', 'Globex', ['Environments-2', 'Environments-1']),
  acme,
  tenant('Tenants-3', 'Initech', ['Environments-2']),
  tenant('Tenants-4', 'Umbrella', null),
];

const projectDashboard = dashboardSchema.parse(
  dashboardBody([
    dashboardItemBody({
      Id: 'DashboardItems-7',
      TenantId: 'Tenants-1',
      DeploymentId: 'Deployments-7',
      State: 'Executing',
      IsCompleted: false,
    }),
    // The deployment before it: the server sends it too when asked for previous ones.
    dashboardItemBody({
      Id: 'DashboardItems-3',
      TenantId: 'Tenants-1',
      DeploymentId: 'Deployments-3',
      IsCurrent: false,
      IsPrevious: true,
      QueueTime: '2026-11-22T10:00:00.000Z',
    }),
    dashboardItemBody({ Id: 'DashboardItems-5', TenantId: null, DeploymentId: 'Deployments-5' }),
    dashboardItemBody({
      Id: 'DashboardItems-6',
      TenantId: 'Tenants-1',
      EnvironmentId: 'Environments-2',
      DeploymentId: 'Deployments-6',
      QueueTime: '2026-11-23T10:00:00.000Z',
    }),
  ]),
);

const loaded: ApplicationSources = {
  project,
  environment,
  tenant: acme,
  projectTenants,
  projectDashboard,
};
const loading: ApplicationSources = {
  project: undefined,
  environment: undefined,
  tenant: undefined,
  projectTenants: undefined,
  projectDashboard: undefined,
};
const acmeInProduction = {
  projectId: 'Projects-1',
  environmentId: 'Environments-1',
  tenantId: 'Tenants-1',
};

describe('applicationContext', () => {
  it("names the application and lists the project's tenants in this environment", () => {
    const context = applicationContext(loaded, acmeInProduction);
    expect(applicationTitle(context)).toBe('portal in Production for Acme');
    expect(context.tenanted).toBe(true);
    expect(context.tenants).toEqual([
      { id: 'Tenants-1', name: 'Acme' },
      { id: 'Tenants-2', name: 'Globex' },
    ]);
  });

  it('finds the latest deployment to this environment and tenant, not the one before it', () => {
    expect(applicationContext(loaded, acmeInProduction).latestDeployment).toMatchObject({
      DeploymentId: 'Deployments-7',
      State: 'Executing',
    });
    const untenanted = applicationContext(loaded, { ...acmeInProduction, tenantId: null });
    expect(untenanted.latestDeployment?.DeploymentId).toBe('Deployments-5');
    const elsewhere = applicationContext(loaded, {
      ...acmeInProduction,
      environmentId: 'Environments-3',
    });
    expect(elsewhere.latestDeployment).toBeNull();
  });

  it('takes the latest of several current deployments by queue time', () => {
    const twice = dashboardSchema.parse(
      dashboardBody([
        dashboardItemBody({ Id: 'DashboardItems-1', DeploymentId: 'Deployments-1' }),
        dashboardItemBody({
          Id: 'DashboardItems-2',
          DeploymentId: 'Deployments-2',
          QueueTime: '2026-11-21T11:00:00.000Z',
        }),
      ]),
    );
    const context = applicationContext(
      { ...loaded, projectDashboard: twice },
      { ...acmeInProduction, tenantId: null },
    );
    expect(context.latestDeployment?.DeploymentId).toBe('Deployments-2');
  });

  it('says a tenanted project is tenanted even before a tenant is chosen', () => {
    const context = applicationContext(loaded, { ...acmeInProduction, tenantId: null });
    expect(applicationTitle(context)).toBe('portal in Production');
    expect(context.tenantName).toBeNull();
    expect(context.tenanted).toBe(true);
    const untenantedProject = projectSchema.parse({ Id: 'Projects-1', Name: 'portal' });
    expect(
      applicationContext(
        { ...loaded, project: untenantedProject },
        { ...acmeInProduction, tenantId: null },
      ).tenanted,
    ).toBe(false);
  });

  it('falls back to the ids while the names load, or when they could not be read', () => {
    const context = applicationContext(loading, {
      projectId: 'Projects-9',
      environmentId: 'Environments-9',
      tenantId: null,
    });
    expect(applicationTitle(context)).toBe('Projects-9 in Environments-9');
    expect(context.latestDeployment).toBeNull();
    expect(context.tenanted).toBe(false);
    expect(context.tenants).toEqual([]);

    const partly = applicationContext({ ...loaded, tenant: undefined }, acmeInProduction);
    expect(applicationTitle(partly)).toBe('portal in Production for Tenants-1');
    expect(partly.tenanted).toBe(true);
  });
});
