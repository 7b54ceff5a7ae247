import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardItem } from '../../../api/contract';
import { applicationContext, applicationTitle } from './application-context';

const item = (overrides: Partial<DashboardItem>): DashboardItem => ({
  Id: 'DashboardItems-1',
  ProjectId: 'Projects-1',
  EnvironmentId: 'Environments-1',
  TenantId: null,
  ReleaseId: 'Releases-1',
  ReleaseVersion: '1.0.0',
  DeploymentId: 'Deployments-1',
  TaskId: 'ServerTasks-1',
  State: 'Success',
  HasPendingInterruptions: false,
  HasWarningsOrErrors: false,
  ErrorMessage: null,
  QueueTime: '2026-11-21T10:00:00.000Z',
  StartTime: null,
  CompletedTime: null,
  Duration: null,
  IsCurrent: true,
  IsPrevious: false,
  IsCompleted: true,
  ...overrides,
});

const dashboard: Dashboard = {
  Projects: [
    {
      Id: 'Projects-1',
      Name: 'portal',
      Slug: 'portal',
      ProjectGroupId: 'ProjectGroups-1',
      EnvironmentIds: ['Environments-1'],
      TenantedDeploymentMode: 'Tenanted',
      IsDisabled: false,
    },
  ],
  ProjectGroups: [],
  Environments: [{ Id: 'Environments-1', Name: 'Production' }],
  Tenants: [
    { Id: 'Tenants-2', Name: 'Globex', ProjectEnvironments: { 'Projects-1': ['Environments-1'] } },
    { Id: 'Tenants-1', Name: 'Acme', ProjectEnvironments: { 'Projects-1': ['Environments-1'] } },
    { Id: 'Tenants-3', Name: 'Initech', ProjectEnvironments: { 'Projects-1': [] } },
  ],
  Items: [
    item({ TenantId: 'Tenants-1', DeploymentId: 'Deployments-7', State: 'Executing' }),
    item({
      TenantId: 'Tenants-1',
      DeploymentId: 'Deployments-3',
      IsCurrent: false,
      IsPrevious: true,
      QueueTime: '2026-11-20T10:00:00.000Z',
    }),
  ],
};

describe('applicationContext', () => {
  it("names the application and lists the project's tenants in this environment", () => {
    const context = applicationContext(dashboard, {
      projectId: 'Projects-1',
      environmentId: 'Environments-1',
      tenantId: 'Tenants-1',
    });
    expect(applicationTitle(context)).toBe('portal in Production for Acme');
    expect(context.tenanted).toBe(true);
    expect(context.tenants).toEqual([
      { id: 'Tenants-1', name: 'Acme' },
      { id: 'Tenants-2', name: 'Globex' },
    ]);
    expect(context.latestDeployment?.DeploymentId).toBe('Deployments-7');
  });

  it('falls back to the ids before the dashboard arrives', () => {
    const context = applicationContext(undefined, {
      projectId: 'Projects-9',
      environmentId: 'Environments-9',
      tenantId: null,
    });
    expect(applicationTitle(context)).toBe('Projects-9 in Environments-9');
    expect(context.latestDeployment).toBeNull();
    expect(context.tenanted).toBe(false);
  });
});
