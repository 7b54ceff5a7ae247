import type { z } from 'zod';
import type {
  applicationLiveStatusSchema,
  dashboardItemSchema,
  dashboardSchema,
  liveStatusSummarySchema,
} from '../contract';

/** Test payloads, typed by the schemas' input side: what the server sends. */
type DashboardBody = z.input<typeof dashboardSchema>;
type DashboardItemBody = z.input<typeof dashboardItemSchema>;
type SummaryBody = z.input<typeof liveStatusSummarySchema>;
type ApplicationLiveStatusBody = z.input<typeof applicationLiveStatusSchema>;

export const TEST_BASE_URL = 'http://octopus.test';

export function dashboardItemBody(overrides: Partial<DashboardItemBody> = {}): DashboardItemBody {
  return {
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
    QueueTime: '2026-11-21T10:00:00.000+00:00',
    StartTime: '2026-11-21T10:00:01.000+00:00',
    CompletedTime: '2026-11-21T10:02:00.000+00:00',
    Duration: '2 minutes',
    IsCurrent: true,
    IsPrevious: false,
    IsCompleted: true,
    ...overrides,
  };
}

export function dashboardBody(items: DashboardItemBody[] = [dashboardItemBody()]): DashboardBody {
  return {
    Projects: [
      {
        Id: 'Projects-1',
        Name: 'Web shop',
        Slug: 'web-shop',
        ProjectGroupId: 'ProjectGroups-1',
        EnvironmentIds: ['Environments-1', 'Environments-2'],
        TenantedDeploymentMode: 'TenantedOrUntenanted',
        IsDisabled: false,
      },
    ],
    ProjectGroups: [
      {
        Id: 'ProjectGroups-1',
        Name: 'Default',
        EnvironmentIds: ['Environments-1', 'Environments-2'],
      },
    ],
    Environments: [
      { Id: 'Environments-1', Name: 'Staging' },
      { Id: 'Environments-2', Name: 'Production' },
    ],
    Tenants: [],
    Items: items,
  };
}

export function summaryBody(overrides: Partial<SummaryBody> = {}): SummaryBody {
  return {
    Status: 'Healthy',
    HealthStatus: 'Healthy',
    SyncStatus: 'InSync',
    SyncStatusMessage: null,
    LastUpdated: '2026-11-21T10:05:00.000+00:00',
    ...overrides,
  };
}

export function applicationLiveStatusBody(
  summary: SummaryBody = summaryBody(),
): ApplicationLiveStatusBody {
  return { MachineStatuses: [], Summary: summary };
}
