import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardItem } from '../api/contract';
import { defaultOtherSide, sideOptions } from './deployed-sides';

function item(
  environmentId: string,
  tenantId: string | null,
  projectId = 'Projects-1',
): DashboardItem {
  return {
    Id: `${environmentId}-${tenantId ?? ''}`,
    ProjectId: projectId,
    EnvironmentId: environmentId,
    TenantId: tenantId,
    ReleaseId: 'Releases-1',
    ReleaseVersion: '1.0.0',
    DeploymentId: 'Deployments-1',
    TaskId: 'ServerTasks-1',
    ChannelId: null,
    State: 'Success',
    HasPendingInterruptions: false,
    PendingInterruptionTypes: [],
    HasPendingPreconditions: null,
    PendingPreconditionTypes: [],
    HasWarningsOrErrors: false,
    ErrorMessage: null,
    Created: null,
    QueueTime: '2026-11-21T10:00:00.000Z',
    StartTime: null,
    CompletedTime: null,
    Duration: null,
    IsCurrent: true,
    IsPrevious: false,
    IsCompleted: true,
    Links: {},
  };
}

function dashboard(items: DashboardItem[]): Dashboard {
  const environment = (Id: string, Name: string) => ({ Id, Name, Links: {} });
  const tenant = (Id: string, Name: string) => ({
    Id,
    Name,
    ProjectEnvironments: {},
    TenantTags: [],
    IsDisabled: null,
    Links: {},
  });
  return {
    Id: null,
    Projects: [],
    ProjectGroups: [],
    Environments: [
      environment('E1', 'Development'),
      environment('E3', 'Staging'),
      environment('E4', 'Production'),
    ],
    Tenants: [tenant('T1', 'Acme Corp'), tenant('T3', 'Initech')],
    Items: items,
    PreviousItems: [],
    ProjectLimit: null,
    IsFiltered: true,
    Links: {},
  };
}

describe('sideOptions', () => {
  it('lists where the project is deployed, in the environments’ order, tenants by name', () => {
    const board = dashboard([
      item('E4', 'T3'),
      item('E4', 'T1'),
      item('E1', null),
      item('E4', 'T1'),
      item('E3', 'T3'),
      item('E3', null, 'Projects-2'),
    ]);
    expect(sideOptions(board, 'Projects-1').map((option) => [option.key, option.label])).toEqual([
      ['E1', 'Development'],
      ['E3/T3', 'Initech in Staging'],
      ['E4/T1', 'Acme Corp in Production'],
      ['E4/T3', 'Initech in Production'],
    ]);
    expect(sideOptions(undefined, 'Projects-1')).toEqual([]);
  });
});

describe('defaultOtherSide', () => {
  const options = sideOptions(
    dashboard([
      item('E1', null),
      item('E3', null),
      item('E4', null),
      item('E3', 'T3'),
      item('E4', 'T3'),
    ]),
    'Projects-1',
  );

  it('picks the environment before this one, where its next release comes from', () => {
    expect(defaultOtherSide(options, { environmentId: 'E4', tenantId: null })?.key).toBe('E3');
    expect(defaultOtherSide(options, { environmentId: 'E1', tenantId: null })?.key).toBe('E3');
  });

  it('keeps the tenant when it can', () => {
    expect(defaultOtherSide(options, { environmentId: 'E4', tenantId: 'T3' })?.key).toBe('E3/T3');
  });

  it('has nothing to offer when the project is deployed nowhere else', () => {
    const only = options.filter((option) => option.key === 'E4');
    expect(defaultOtherSide(only, { environmentId: 'E4', tenantId: null })).toBeNull();
  });
});
