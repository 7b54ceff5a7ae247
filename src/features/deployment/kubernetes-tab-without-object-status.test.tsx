import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../api/contract';
import { setupTestServer } from '../../api/testing/test-server';
import { createQueryClient } from '../../lib/query-client';
import { definitionOf } from '../../test/definition-of';
import { DeploymentPage } from './deployment-page';

/*
 * A server that answers like a real Octopus Server: PascalCase bodies, nulls for absent values,
 * and a 404 for the per-task object status, which it keeps to itself.
 */

const server = setupTestServer();
let requests: string[];

const notFound = () =>
  HttpResponse.json(
    { ErrorMessage: 'The resource you requested was not found.', Errors: null },
    { status: 404 },
  );

const links = (self: string) => ({ Self: self });

function dashboardBody() {
  return {
    Projects: [
      {
        Id: 'Projects-1',
        Name: 'checkout',
        Slug: 'checkout',
        ProjectGroupId: 'ProjectGroups-1',
        EnvironmentIds: ['Environments-2'],
        TenantedDeploymentMode: 'Untenanted',
        CanPerformUntenantedDeployment: true,
        IsDisabled: false,
        Links: links('/api/Spaces-1/projects/Projects-1'),
      },
    ],
    ProjectGroups: [
      {
        Id: 'ProjectGroups-1',
        Name: 'Default Project Group',
        EnvironmentIds: ['Environments-2'],
        Links: {},
      },
    ],
    Environments: [{ Id: 'Environments-2', Name: 'Production', Links: {} }],
    Tenants: [],
    Items: [],
    PreviousItems: [],
    ProjectLimit: null,
    IsFiltered: false,
    Id: null,
    Links: links('/api/Spaces-1/dashboard'),
  };
}

const task = {
  Id: 'ServerTasks-101',
  SpaceId: 'Spaces-1',
  Name: 'Deploy',
  Description: 'Deploy checkout release 1.4.2 to Production',
  Arguments: { DeploymentId: 'Deployments-11' },
  State: 'Success',
  Completed: 'Tue, 01 Dec 2026 13:46:52 GMT',
  QueueTime: '2026-12-01T13:45:16.376+00:00',
  QueueTimeExpiry: null,
  StartTime: '2026-12-01T13:45:18.376+00:00',
  LastUpdatedTime: '2026-12-01T13:46:52.376+00:00',
  CompletedTime: '2026-12-01T13:46:52.376+00:00',
  ServerNode: 'OCTOPUS-NODE-1',
  Duration: '2 minutes',
  ErrorMessage: '',
  HasBeenPickedUpByProcessor: true,
  IsCompleted: true,
  FinishedSuccessfully: true,
  HasPendingInterruptions: false,
  CanRerun: false,
  HasWarningsOrErrors: false,
  PendingInterruptionTypes: [],
  HasPendingPreconditions: false,
  PendingPreconditionTypes: [],
  ProjectId: 'Projects-1',
  Links: links('/api/Spaces-1/tasks/ServerTasks-101'),
};

function liveStatusBody(status: 'Healthy' | 'HealthyWithOrphan' | 'NotSupported') {
  if (status === 'NotSupported') {
    return {
      MachineStatuses: [],
      Summary: {
        Status: 'NotSupported',
        HealthStatus: 'NotSupported',
        SyncStatus: 'NotApplicable',
        LastUpdated: '1970-01-01T00:00:00+00:00',
        TotalOrphanCount: 0,
      },
      ArgoCDInstanceStatuses: [],
    };
  }
  const object = (kind: string, name: string, id: string) => ({
    Name: name,
    Namespace: 'checkout-production',
    Kind: kind,
    Group: kind === 'Deployment' ? 'apps' : '',
    HealthStatus: 'Healthy',
    SyncStatus: 'InSync',
    ResourceSourceId: 'Machines-2',
    SourceType: 'KubernetesMonitor',
    LastUpdated: '2026-12-01T14:46:39.980+00:00',
    DesiredResourceId: id,
    ResourceId: id.replace('0b0a', 'c6f7'),
    OrphanedAt: null,
    DeletionTaskState: null,
    Children: [],
  });
  return {
    MachineStatuses: [
      {
        MachineId: 'Machines-2',
        Status: 'Healthy',
        Resources: [
          object('Deployment', 'checkout', '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c01'),
          object('Service', 'checkout', '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c02'),
          // As the Octopus CLI's tests send an orphan: OrphanedAt, no SyncStatus.
          ...(status === 'HealthyWithOrphan'
            ? [
                {
                  ...object('ConfigMap', 'checkout-flags', '0b0a8c52-5d43-4a6e-9f0e-6f1d6a2b7c03'),
                  SyncStatus: undefined,
                  OrphanedAt: '2026-11-30T15:00:00Z',
                },
              ]
            : []),
        ],
      },
    ],
    Summary: {
      Status: 'Healthy',
      HealthStatus: 'Healthy',
      SyncStatus: 'InSync',
      LastUpdated: '2026-12-01T14:46:39.980+00:00',
      TotalOrphanCount: status === 'HealthyWithOrphan' ? 1 : 0,
    },
    ArgoCDInstanceStatuses: [],
  };
}

/** The real-shape server; `liveStatus` says what the application's live status is. */
function useRealShapeServer(liveStatus: 'Healthy' | 'HealthyWithOrphan' | 'NotSupported') {
  server.use(
    http.get(apiPaths.deployment, () =>
      HttpResponse.json({
        Id: 'Deployments-11',
        SpaceId: 'Spaces-1',
        ReleaseId: 'Releases-3',
        ChannelId: 'Channels-1',
        EnvironmentId: 'Environments-2',
        TenantId: null,
        TaskId: 'ServerTasks-101',
        ProjectId: 'Projects-1',
        Name: 'Deploy to Production',
        Created: '2026-12-01T13:45:16.376+00:00',
        QueueTime: null,
        QueueTimeExpiry: null,
        Comments: null,
        DeployedBy: 'jane.doe',
        Links: links('/api/Spaces-1/deployments/Deployments-11'),
      }),
    ),
    http.get(apiPaths.release, () =>
      HttpResponse.json({
        Id: 'Releases-3',
        ProjectId: 'Projects-1',
        Version: '1.4.2',
        ChannelId: 'Channels-1',
        ReleaseNotes: null,
        Assembled: '2026-11-30T14:46:00.000+00:00',
        Links: {},
      }),
    ),
    http.get(apiPaths.dashboard, () => HttpResponse.json(dashboardBody())),
    http.get(apiPaths.task, () => HttpResponse.json(task)),
    http.get(apiPaths.taskDetails, () =>
      HttpResponse.json({
        Task: task,
        ActivityLogs: [],
        Progress: { ProgressPercentage: 100, EstimatedTimeRemaining: null },
        PhysicalLogSize: 0,
        Links: {},
      }),
    ),
    http.get(apiPaths.taskObjectStatus, notFound),
    http.get(apiPaths.untenantedLiveStatus, () => HttpResponse.json(liveStatusBody(liveStatus))),
    http.get(apiPaths.project, () =>
      HttpResponse.json({ Id: 'Projects-1', Name: 'checkout', Links: {} }),
    ),
    http.get(apiPaths.environment, () =>
      HttpResponse.json({ Id: 'Environments-2', Name: 'Production', Links: {} }),
    ),
  );
}

beforeEach(() => {
  requests = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url).pathname);
  });
});

function renderDeployment(search = '') {
  const router = createMemoryRouter(
    [
      {
        path: '/deployments/:deploymentId',
        // No object is opened here: the drawer slot renders nothing.
        element: (
          <DeploymentPage
            spaceId="Spaces-1"
            deploymentId="Deployments-11"
            objectDrawer={() => null}
          />
        ),
      },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [`/deployments/Deployments-11${search}`] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router };
}

const objectStatusRequests = () =>
  requests.filter((path) => path.endsWith('/kubernetes-object-status')).length;

describe('the Kubernetes tab on a server without task object status', () => {
  it('says what it needs and shows the application’s live status, not an error', async () => {
    useRealShapeServer('Healthy');
    const user = userEvent.setup();
    const { router } = renderDeployment();

    await user.click(await screen.findByRole('tab', { name: 'Kubernetes' }));
    const explanation = await screen.findByRole('region', {
      name: 'This server does not share each step’s Kubernetes objects',
    });
    expect(explanation).toHaveTextContent(
      'asked at /api/Spaces-1/tasks/ServerTasks-101/kubernetes-object-status, this server answered 404',
    );
    const live = screen.getByRole('region', { name: 'Live status of checkout in Production' });
    const objects = await within(live).findByRole('list', { name: 'Top-level objects' });
    expect(definitionOf('Health', live)).toHaveTextContent('Healthy');
    expect(definitionOf('Sync', live)).toHaveTextContent('In Sync');
    expect(
      within(objects)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['DeploymentcheckoutHealthy', 'ServicecheckoutHealthy']);
    expect(
      screen.getByRole('link', { name: 'Open the live status of checkout in Production' }),
    ).toHaveAttribute('href', '/projects/Projects-1/environments/Environments-2');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    // Asked once, never retried.
    expect(objectStatusRequests()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Read the task log' }));
    expect(screen.getByRole('tab', { name: 'Task log' })).toHaveAttribute('aria-selected', 'true');
    expect(router.state.location.search).not.toContain('tab=kubernetes');
  });

  it('marks an object an earlier release left behind as orphaned', async () => {
    useRealShapeServer('HealthyWithOrphan');
    renderDeployment('?tab=kubernetes');
    const live = await screen.findByRole('region', {
      name: 'Live status of checkout in Production',
    });
    const objects = await within(live).findByRole('list', { name: 'Top-level objects' });
    expect(
      within(objects)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'DeploymentcheckoutHealthy',
      'ServicecheckoutHealthy',
      'ConfigMapcheckout-flagsHealthy, orphaned',
    ]);
  });

  it('leaves the tab out when the application has no live status', async () => {
    useRealShapeServer('NotSupported');
    renderDeployment();
    await screen.findByRole('tab', { name: 'Task log' });
    // Give the live status time to answer: the tab must still not appear.
    await screen.findByRole('heading', { level: 1, name: 'checkout 1.4.2 to Production' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('tab', { name: 'Kubernetes' })).toBeNull();
  });

  it('keeps a shared link to the tab on the tab', async () => {
    useRealShapeServer('Healthy');
    renderDeployment('?tab=kubernetes');
    expect(
      await screen.findByRole('region', {
        name: 'This server does not share each step’s Kubernetes objects',
      }),
    ).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Kubernetes' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
