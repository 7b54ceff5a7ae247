import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { apiPaths } from '../contract';
import { TEST_BASE_URL, applicationLiveStatusBody, dashboardBody } from '../testing/fixtures';
import { setupTestServer } from '../testing/test-server';
import { getApplicationLiveStatus } from './application-live-status';
import { getDashboard } from './dashboard';
import { getDeployment } from './deployment';
import { createEventsSession, getEventsSession } from './events-session';
import { createLogsSession, getLogsSession } from './logs-session';
import { getRelease } from './release';
import { getResource } from './resource';
import { getResourceManifest } from './resource-manifest';
import { getSpace } from './space';
import {
  getEnvironment,
  getMachine,
  getProject,
  getProjectDashboard,
  getProjectTenants,
  getTenant,
  PROJECT_TENANTS_LIMIT,
} from './space-resources';
import { getTask } from './task';
import { getTaskDetails } from './task-details';
import { getTaskObjectStatus } from './task-object-status';

const server = setupTestServer();
const client = createApiClient({ baseUrl: TEST_BASE_URL });

const timestamp = '2026-11-21T10:00:00.000+00:00';
const task = {
  Id: 'ServerTasks-1',
  Name: 'Deploy',
  Description: 'Deploy Web shop release 1.0.0 to Staging',
  State: 'Success',
  QueueTime: timestamp,
  StartTime: timestamp,
  CompletedTime: timestamp,
  Duration: '1 minute',
  ErrorMessage: null,
  HasWarningsOrErrors: false,
  IsCompleted: true,
  FinishedSuccessfully: true,
  Arguments: { DeploymentId: 'Deployments-1' },
};
const resource = {
  Name: 'web',
  Namespace: 'shop',
  Kind: 'Deployment',
  HealthStatus: 'Healthy',
  SyncStatus: 'InSync',
  HealthStatusMessage: null,
  SyncStatusMessage: null,
  ResourceSourceId: 'Machines-1',
  SourceType: 'KubernetesMonitor',
  DesiredResourceId: 'desired-1',
  ResourceId: 'uid-1',
  LastUpdated: timestamp,
  Children: [],
};
const session = { IsSessionCompleted: true, Error: null };
const target = {
  ProjectId: 'Projects-1',
  EnvironmentId: 'Environments-1',
  TenantId: null,
  MachineId: 'Machines-1',
  DesiredOrKubernetesMonitoredResourceId: 'desired-1',
  SpaceId: 'Spaces-1',
};

/** Answers `path` with `body` and records the URLs (path and query) it was asked for. */
function answer(method: 'get' | 'post', path: string, body: JsonBodyType) {
  const urls: string[] = [];
  const bodies: unknown[] = [];
  server.use(
    http[method](`*${path}`, async ({ request }) => {
      const url = new URL(request.url);
      urls.push(url.pathname + url.search);
      if (method === 'post') bodies.push(await request.json());
      return HttpResponse.json(body);
    }),
  );
  return { urls, bodies };
}

const app = { spaceId: 'Spaces-1', projectId: 'Projects-1', environmentId: 'Environments-1' };

describe('endpoint functions', () => {
  it('getSpace', async () => {
    const { urls } = answer('get', apiPaths.space, { Id: 'Spaces-1', Name: 'Default' });
    await expect(getSpace(client, { spaceId: 'Spaces-1' })).resolves.toMatchObject({
      Name: 'Default',
    });
    expect(urls).toEqual(['/api/spaces/Spaces-1']);
  });

  it('getDashboard', async () => {
    const { urls } = answer('get', apiPaths.dashboard, dashboardBody());
    const dashboard = await getDashboard(client, { spaceId: 'Spaces-1' });
    expect(dashboard.Items).toHaveLength(1);
    expect(urls).toEqual(['/api/Spaces-1/dashboard']);
  });

  it("names: one machine, project, environment and tenant each, and a project's tenants", async () => {
    const machine = answer('get', apiPaths.machine, { Id: 'Machines-1', Name: 'k8s-prod' });
    const project = answer('get', apiPaths.project, { Id: 'Projects-1', Name: 'Web shop' });
    const environment = answer('get', apiPaths.environment, {
      Id: 'Environments-1',
      Name: 'Staging',
    });
    const tenant = answer('get', apiPaths.tenant, { Id: 'Tenants-1', Name: 'Acme' });
    const tenants = answer('get', apiPaths.tenants, {
      ItemType: 'Tenant',
      TotalResults: 1,
      Items: [{ Id: 'Tenants-1', Name: 'Acme', ProjectEnvironments: null }],
    });
    const names = await Promise.all([
      getMachine(client, { spaceId: 'Spaces-1', machineId: 'Machines-1' }),
      getProject(client, { spaceId: 'Spaces-1', projectId: 'Projects-1' }),
      getEnvironment(client, { spaceId: 'Spaces-1', environmentId: 'Environments-1' }),
      getTenant(client, { spaceId: 'Spaces-1', tenantId: 'Tenants-1' }),
    ]);
    const connected = await getProjectTenants(client, { spaceId: 'Spaces-1', projectId: 'P-1' });
    expect(names.map((named) => named.Name)).toEqual(['k8s-prod', 'Web shop', 'Staging', 'Acme']);
    expect(connected).toMatchObject([{ Id: 'Tenants-1', Name: 'Acme', ProjectEnvironments: null }]);
    expect([machine, project, environment, tenant, tenants].flatMap(({ urls }) => urls)).toEqual([
      '/api/Spaces-1/machines/Machines-1',
      '/api/Spaces-1/projects/Projects-1',
      '/api/Spaces-1/environments/Environments-1',
      '/api/Spaces-1/tenants/Tenants-1',
      `/api/Spaces-1/tenants?projectId=P-1&take=${PROJECT_TENANTS_LIMIT}`,
    ]);
  });

  it("getProjectDashboard asks for one project's dashboard", async () => {
    const { urls } = answer('get', apiPaths.dashboard, dashboardBody());
    const dashboard = await getProjectDashboard(client, {
      spaceId: 'Spaces-1',
      projectId: 'Projects-1',
    });
    expect(dashboard.Items.map((item) => item.DeploymentId)).toEqual(['Deployments-1']);
    expect(urls).toEqual(['/api/Spaces-1/dashboard?projectId=Projects-1']);
  });

  it('getApplicationLiveStatus picks the untenanted or tenanted path', async () => {
    const untenanted = answer('get', apiPaths.untenantedLiveStatus, applicationLiveStatusBody());
    const tenanted = answer('get', apiPaths.tenantedLiveStatus, applicationLiveStatusBody());
    await getApplicationLiveStatus(client, { ...app, tenantId: null });
    await getApplicationLiveStatus(client, { ...app, tenantId: 'Tenants-1', summaryOnly: true });
    expect(untenanted.urls).toEqual([
      '/api/Spaces-1/projects/Projects-1/environments/Environments-1/untenanted/livestatus?summaryOnly=false',
    ]);
    expect(tenanted.urls).toEqual([
      '/api/Spaces-1/projects/Projects-1/environments/Environments-1/tenants/Tenants-1/livestatus?summaryOnly=true',
    ]);
  });

  it('getResource and getResourceManifest address the object, URI-encoded', async () => {
    const one = answer('get', apiPaths.tenantedResource, {
      Resource: { ...resource, ManifestSummary: null },
    });
    const manifest = answer('get', apiPaths.untenantedManifest, {
      LiveManifest: 'kind: Deployment',
    });
    const ids = { ...app, machineId: 'Machines-1', resourceId: 'uid/1' };
    const detail = await getResource(client, { ...ids, tenantId: 'Tenants-1' });
    expect(detail.Resource).toMatchObject({ Kind: 'Deployment', ResourceSourceId: 'Machines-1' });
    expect(detail.Resource.ManifestSummary).toBeNull();
    const yaml = await getResourceManifest(client, { ...ids, tenantId: null });
    // What the server left out reads as null.
    expect(yaml).toEqual({ LiveManifest: 'kind: Deployment', DesiredManifest: null, Diff: null });
    expect(one.urls).toEqual([
      '/api/Spaces-1/projects/Projects-1/environments/Environments-1/tenants/Tenants-1/machines/Machines-1/resources/uid%2F1',
    ]);
    expect(manifest.urls).toEqual([
      '/api/Spaces-1/projects/Projects-1/environments/Environments-1/untenanted/machines/Machines-1/resources/uid%2F1/manifest',
    ]);
  });

  it('events sessions: create with POST, then read', async () => {
    const created = answer('post', apiPaths.eventsSessions, { SessionId: 'Sessions-1' });
    const read = answer('get', apiPaths.eventsSession, { ...session, Events: [] });
    const { SessionId } = await createEventsSession(client, { spaceId: 'Spaces-1' }, target);
    const events = await getEventsSession(client, { spaceId: 'Spaces-1', sessionId: SessionId });
    expect(events.IsSessionCompleted).toBe(true);
    expect(created.bodies).toEqual([target]);
    expect(read.urls).toEqual(['/api/Spaces-1/observability/events/sessions/Sessions-1']);
  });

  it('logs sessions: create with POST, then read', async () => {
    const request = {
      ...target,
      PodName: 'web-0',
      ContainerName: 'app',
      ShowPreviousContainer: true,
    };
    const created = answer('post', apiPaths.logsSessions, { SessionId: 'Sessions-2' });
    const read = answer('get', apiPaths.logsSession, {
      ...session,
      Logs: [{ Timestamp: timestamp, Message: 'started' }],
    });
    const { SessionId } = await createLogsSession(client, { spaceId: 'Spaces-1' }, request);
    const logs = await getLogsSession(client, { spaceId: 'Spaces-1', sessionId: SessionId });
    expect(logs.Logs.map((line) => line.Message)).toEqual(['started']);
    expect(created.bodies).toEqual([request]);
    expect(read.urls).toEqual(['/api/Spaces-1/observability/logs/sessions/Sessions-2']);
  });

  it('getDeployment and getRelease', async () => {
    const deployment = answer('get', apiPaths.deployment, {
      Id: 'Deployments-1',
      Name: 'Deploy to Staging',
      ProjectId: 'Projects-1',
      EnvironmentId: 'Environments-1',
      TenantId: null,
      ReleaseId: 'Releases-1',
      TaskId: 'ServerTasks-1',
      Created: timestamp,
    });
    const release = answer('get', apiPaths.release, {
      Id: 'Releases-1',
      ProjectId: 'Projects-1',
      Version: '1.0.0',
      Assembled: timestamp,
    });
    const { TaskId } = await getDeployment(client, {
      spaceId: 'Spaces-1',
      deploymentId: 'Deployments-1',
    });
    const { Version } = await getRelease(client, { spaceId: 'Spaces-1', releaseId: 'Releases-1' });
    expect([TaskId, Version]).toEqual(['ServerTasks-1', '1.0.0']);
    expect([...deployment.urls, ...release.urls]).toEqual([
      '/api/Spaces-1/deployments/Deployments-1',
      '/api/Spaces-1/releases/Releases-1',
    ]);
  });

  it('getTask, getTaskDetails and getTaskObjectStatus', async () => {
    const ids = { spaceId: 'Spaces-1', taskId: 'ServerTasks-1' };
    const one = answer('get', apiPaths.task, task);
    const details = answer('get', apiPaths.taskDetails, {
      Task: task,
      ActivityLogs: [],
      Progress: { ProgressPercentage: 100, EstimatedTimeRemaining: null },
    });
    const objects = answer('get', apiPaths.taskObjectStatus, { Steps: [] });
    expect((await getTask(client, ids)).State).toBe('Success');
    expect((await getTaskDetails(client, ids)).Progress.ProgressPercentage).toBe(100);
    expect((await getTaskObjectStatus(client, ids)).Steps).toEqual([]);
    expect([...one.urls, ...details.urls, ...objects.urls]).toEqual([
      '/api/Spaces-1/tasks/ServerTasks-1',
      '/api/Spaces-1/tasks/ServerTasks-1/details',
      '/api/Spaces-1/tasks/ServerTasks-1/kubernetes-object-status',
    ]);
  });
});
