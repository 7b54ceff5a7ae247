import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isApiError, type ApiError } from '../api-error';
import { createApiClient, type BodyOf } from '../client';
import {
  apiRootSchema,
  applicationLiveStatusSchema,
  clearUnknownEnumValues,
  dashboardSchema,
  deploymentSchema,
  environmentSchema,
  errorBodySchema,
  eventsSessionSchema,
  getUnknownEnumValues,
  logsSessionSchema,
  machineSchema,
  projectSchema,
  releaseSchema,
  resourceDetailSchema,
  resourceManifestSchema,
  sessionCreatedSchema,
  spaceSchema,
  spacesPageSchema,
  taskDetailsSchema,
  taskSchema,
  tenantSchema,
} from '../contract';
import { displayedSyncStatus } from '../../lib/displayed-sync';
import { octopusFixtures, type FixtureEndpoint, type OctopusFixture } from './octopus-fixtures';

/*
 * Every body in ./octopus-fixtures was written from the public Octopus sources (the REST
 * reference, the CLI's tests, the C# models), not by the simulated server. Each one must parse
 * through the real client with the contract schema a real server's answer is read with: a body a
 * real server can send that the client rejects fails here.
 */

const folder = fileURLToPath(new URL('./octopus-fixtures/', import.meta.url));

const schemas = {
  applicationLiveStatusSchema,
  resourceDetailSchema,
  resourceManifestSchema,
  sessionCreatedSchema,
  eventsSessionSchema,
  logsSessionSchema,
  dashboardSchema,
  deploymentSchema,
  releaseSchema,
  taskSchema,
  taskDetailsSchema,
  errorBodySchema,
  machineSchema,
  projectSchema,
  environmentSchema,
  tenantSchema,
  apiRootSchema,
  spacesPageSchema,
  spaceSchema,
} satisfies Record<FixtureEndpoint, z.ZodType>;

/** Where each body is served from; the client only needs a plausible path for its messages. */
const paths: Record<FixtureEndpoint, string> = {
  applicationLiveStatusSchema:
    '/api/Spaces-1/projects/Projects-1/environments/Environments-1/untenanted/livestatus',
  resourceDetailSchema:
    '/api/Spaces-1/projects/Projects-1/environments/Environments-1/untenanted/machines/Machines-1/resources/6f1d3c0e-2b4a-4f5e-9a7b-1c2d3e4f5a6b',
  resourceManifestSchema:
    '/api/Spaces-1/projects/Projects-1/environments/Environments-1/untenanted/machines/Machines-1/resources/6f1d3c0e-2b4a-4f5e-9a7b-1c2d3e4f5a6b/manifest',
  sessionCreatedSchema: '/api/Spaces-1/observability/events/sessions',
  eventsSessionSchema:
    '/api/Spaces-1/observability/events/sessions/00000000-0000-0000-0000-000000000000',
  logsSessionSchema:
    '/api/Spaces-1/observability/logs/sessions/00000000-0000-0000-0000-000000000000',
  dashboardSchema: '/api/Spaces-1/dashboard',
  deploymentSchema: '/api/Spaces-1/deployments/Deployments-201',
  releaseSchema: '/api/Spaces-1/releases/Releases-21',
  taskSchema: '/api/Spaces-1/tasks/ServerTasks-301',
  taskDetailsSchema: '/api/Spaces-1/tasks/ServerTasks-302/details',
  errorBodySchema: '/api/Spaces-1/machines/Machines-99',
  machineSchema: '/api/Spaces-1/machines/Machines-1',
  projectSchema: '/api/Spaces-1/projects/Projects-1',
  environmentSchema: '/api/Spaces-1/environments/Environments-2',
  tenantSchema: '/api/Spaces-1/tenants/Tenants-1',
  apiRootSchema: '/api',
  spacesPageSchema: '/api/spaces',
  spaceSchema: '/api/spaces/Spaces-1',
};

function readBody(file: string): string {
  return readFileSync(folder + file, 'utf8');
}

/** The real client, answered by one canned response. */
function clientAnswering(body: string, status = 200) {
  return createApiClient({
    baseUrl: 'http://octopus.test',
    maxRetriesOn429: 0,
    fetch: () =>
      Promise.resolve(
        new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
      ),
  });
}

function fixture(file: string): OctopusFixture {
  const entry = octopusFixtures.find((candidate) => candidate.file === file);
  if (!entry) throw new Error(`${file} is not listed in octopus-fixtures/index.ts`);
  return entry;
}

/** Parses a fixture through the client with the given schema (it must be the one indexed). */
function parse<S extends z.ZodType>(file: string, schema: S): Promise<BodyOf<S>> {
  const entry = fixture(file);
  expect(schemas[entry.endpoint]).toBe(schema);
  return clientAnswering(readBody(file)).get(paths[entry.endpoint], schema);
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw new Error(`Expected an ApiError, got ${String(error)}`, { cause: error });
  }
  throw new Error('Expected the request to fail');
}

beforeEach(() => {
  clearUnknownEnumValues();
});

describe('the fixture index', () => {
  const jsonFiles = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const indexed = octopusFixtures.map((entry) => entry.file);

  it('lists every JSON file in the folder, once', () => {
    expect([...indexed].sort()).toEqual(jsonFiles);
    expect(new Set(indexed).size).toBe(indexed.length);
  });

  it.each(octopusFixtures)('$file exists and names its source', (entry) => {
    expect(existsSync(folder + entry.file)).toBe(true);
    expect(entry.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(entry.source.path).not.toBe('');
    if (entry.source.commit !== undefined) expect(entry.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(schemas[entry.endpoint], `contract schema ${entry.endpoint}`).toBeDefined();
  });
});

describe('every real-shape body parses through the client', () => {
  it.each(octopusFixtures)('$file ($endpoint)', async ({ file, endpoint }) => {
    const body = readBody(file);
    await expect(
      clientAnswering(body).get(paths[endpoint], schemas[endpoint]),
    ).resolves.toBeDefined();
    // Reference examples print placeholders ("string") where an enum goes; real-value bodies use
    // only values a real server sends, and every one of them must be known to the client.
    if (!file.endsWith('.reference.json')) expect(getUnknownEnumValues()).toEqual([]);
  });

  it('the check can fail: a body of the wrong shape is rejected with the field named', async () => {
    const error = await apiErrorOf(
      clientAnswering(JSON.stringify({ MachineStatuses: 'none', Summary: {} })).get(
        paths.applicationLiveStatusSchema,
        applicationLiveStatusSchema,
      ),
    );
    expect(error.kind).toBe('invalid-body');
    expect(error.field).not.toBeNull();
  });
});

describe('application live status', () => {
  it('newer server (CLI): objects carry ResourceSourceId and SourceType, no MachineId', async () => {
    const body = await parse('live-status-untenanted.cli.json', applicationLiveStatusSchema);
    const machine = body.MachineStatuses[0];
    expect(machine?.MachineId).toBe('Machines-1');
    const deployment = machine?.Resources[0];
    expect(deployment?.Name).toBe('my-deployment');
    expect(deployment?.Group).toBe('apps');
    expect(deployment?.ResourceSourceId).toBe('Machines-1');
    expect(deployment?.SourceType).toBe('KubernetesMonitor');
    expect(deployment?.MachineId ?? null).toBeNull();
    expect(deployment?.HealthStatusMessage ?? null).toBeNull();
    expect(deployment?.DesiredResourceId ?? null).toBeNull();
    const replicaSet = deployment?.Children[0];
    expect(replicaSet?.Kind).toBe('ReplicaSet');
    expect(replicaSet?.SyncStatus).toBe('InSync');
    expect(body.Summary.Status).toBe('Healthy');
    expect(body.Summary.SyncStatusMessage ?? null).toBeNull();
  });

  it('NotSupported (CLI): no machines, NotSupported health and NotApplicable sync', async () => {
    const body = await parse('live-status-not-supported.cli.json', applicationLiveStatusSchema);
    expect(body.MachineStatuses).toEqual([]);
    expect(body.Summary.Status).toBe('NotSupported');
    expect(body.Summary.HealthStatus).toBe('NotSupported');
    expect(body.Summary.SyncStatus).toBe('NotApplicable');
  });

  it('orphans (CLI): OrphanedAt, DeletionTaskState, TotalOrphanCount, Argo CD instances', async () => {
    const body = await parse('live-status-orphans.cli.json', applicationLiveStatusSchema);
    const resource = body.MachineStatuses[0]?.Resources[0];
    expect(resource?.OrphanedAt).toBeTruthy();
    expect(resource?.DeletionTaskState).toBe('Queued');
    expect(resource?.ResourceId).toBe('resource-abc');
    expect(resource?.DesiredResourceId).toBe('desired-abc');
    expect(body.Summary.Status).toBe('Healthy');
    expect(body.Summary.TotalOrphanCount).toBe(1);
    expect(body.Summary.SyncStatusMessage).toBe('one resource is orphaned');
    expect(body.ArgoCDInstanceStatuses).toHaveLength(1);
    // It has no SyncStatus (read as NotApplicable); its queued deletion is what Periscope shows.
    expect(resource?.SyncStatus).toBe('NotApplicable');
    expect(resource && displayedSyncStatus(resource)).toBe('Deleting');
  });

  it('orphans (CLI), with no deletion asked for: shown Orphaned, with or without a SyncStatus', async () => {
    const original: unknown = JSON.parse(readBody('live-status-orphans.cli.json'));
    const withoutDeletion = JSON.stringify(original).replace(
      '"DeletionTaskState":"Queued"',
      '"DeletionTaskState":null',
    );
    expect(withoutDeletion).not.toContain('Queued');
    const body = await clientAnswering(withoutDeletion).get(
      paths.applicationLiveStatusSchema,
      applicationLiveStatusSchema,
    );
    const resource = body.MachineStatuses[0]?.Resources[0];
    expect(resource?.DeletionTaskState).toBeNull();
    expect(resource && displayedSyncStatus(resource)).toBe('Orphaned');
    const sayingSo = await clientAnswering(
      withoutDeletion.replace(
        '"HealthStatus":"Healthy",',
        '"HealthStatus":"Healthy","SyncStatus":"Orphaned",',
      ),
    ).get(paths.applicationLiveStatusSchema, applicationLiveStatusSchema);
    const orphan = sayingSo.MachineStatuses[0]?.Resources[0];
    expect(orphan?.SyncStatus).toBe('Orphaned');
    expect(orphan && displayedSyncStatus(orphan)).toBe('Orphaned');
  });

  it('tenanted (reference): machine id and the summary fields', async () => {
    const body = await parse('live-status-tenanted.reference.json', applicationLiveStatusSchema);
    expect(body.MachineStatuses[0]?.MachineId).toBe('Machines-1');
    expect(body.MachineStatuses[0]?.Resources).toEqual([]);
    expect(body.Summary.SyncStatusMessage).toBe('string');
    expect(body.Summary.TotalOrphanCount).toBe(0);
  });

  it('C# server, nulls sent: children NotApplicable, a missing object, a cluster-scoped one', async () => {
    const body = await parse('live-status-nulls.csharp.json', applicationLiveStatusSchema);
    const [deployment, service, clusterRole] = body.MachineStatuses[0]?.Resources ?? [];
    const replicaSet = deployment?.Children[0];
    const pod = replicaSet?.Children[0];
    expect(deployment?.HealthStatusMessage).toBeNull();
    expect(deployment?.OrphanedAt).toBeNull();
    expect(deployment?.DeletionTaskState).toBeNull();
    expect(replicaSet?.SyncStatus).toBe('NotApplicable');
    expect(replicaSet?.DesiredResourceId).toBeNull();
    expect(pod?.Kind).toBe('Pod');
    expect(pod?.Group).toBe('');
    expect(pod?.SyncStatus).toBe('NotApplicable');
    expect(service?.HealthStatus).toBe('Missing');
    expect(service?.ResourceId).toBeNull();
    expect(clusterRole?.Namespace).toBeNull();
    expect(body.Summary.Status).toBe('Missing');
    expect(body.Summary.SyncStatusMessage).toBeNull();
    expect(body.ArgoCDInstanceStatuses).toEqual([]);
  });

  it('older server (C#): MachineId on objects, a summary of Status and LastUpdated only', async () => {
    const body = await parse('live-status-machine-id.csharp.json', applicationLiveStatusSchema);
    const deployment = body.MachineStatuses[0]?.Resources[0];
    expect(deployment?.MachineId).toBe('Machines-1');
    expect(deployment?.ResourceSourceId ?? null).toBeNull();
    // A child the server sends no sync for was compared with nothing: NotApplicable.
    expect(deployment?.Children[0]?.SyncStatus).toBe('NotApplicable');
    expect(body.Summary.Status).toBe('Progressing');
    expect(body.Summary.HealthStatus).toBeNull();
    expect(body.Summary.SyncStatus).toBeNull();
  });
});

describe('one object', () => {
  it('reference: Stale health, source type, external link and manifest summary', async () => {
    const { Resource } = await parse('resource-detail.reference.json', resourceDetailSchema);
    expect(Resource.HealthStatus).toBe('Stale');
    expect(Resource.SourceType).toBe('KubernetesMonitor');
    expect(Resource.ResourceSourceId).toBe('string');
    expect(Resource.ExternalLink?.Uri).toBe('string');
    expect(Resource.ManifestSummary?.Labels).toMatchObject({ additionalProp1: 'string' });
    expect(Resource.ManifestSummary?.CreationTimestamp).toBeTruthy();
  });

  it('a Pod (C#): Containers and ContainerDetails, nulls sent', async () => {
    const { Resource } = await parse('resource-detail-pod.csharp.json', resourceDetailSchema);
    expect(Resource.Kind).toBe('Pod');
    expect(Resource.SyncStatus).toBe('NotApplicable');
    expect(Resource.ExternalLink).toBeNull();
    expect(Resource.DesiredResourceId).toBeNull();
    expect(Resource.ManifestSummary?.Containers).toEqual(['web', 'log-shipper']);
    expect(Resource.ManifestSummary?.ContainerDetails).toEqual([
      { Name: 'web', Image: 'ghcr.io/example/shop-web:1.2.3' },
      { Name: 'log-shipper', Image: 'fluent/fluent-bit:3.1' },
    ]);
  });

  it('older server (C#): MachineId, a child without a manifest summary', async () => {
    const { Resource } = await parse(
      'resource-detail-machine-id.csharp.json',
      resourceDetailSchema,
    );
    expect(Resource.Kind).toBe('Deployment');
    expect(Resource.SourceType ?? null).toBeNull();
    expect(Resource.Children[0]?.Kind).toBe('ReplicaSet');
    expect(Resource.Children[0]?.ManifestSummary).toBeNull();
  });
});

describe('manifests', () => {
  it('reference (/manifest and /manifest/v2): Diff is an object of Left, Right and Diff', async () => {
    for (const file of ['manifest.reference.json', 'manifest-v2.reference.json']) {
      const body = await parse(file, resourceManifestSchema);
      expect(body.LiveManifest).toBe('string');
      expect(body.DesiredManifest).toBe('string');
      expect(body.Diff).toEqual({ Left: 'string', Right: 'string', Diff: 'string' });
    }
  });

  it('a diff (C#): Left is the desired side, Right the live one', async () => {
    const body = await parse('manifest-diff.csharp.json', resourceManifestSchema);
    expect(body.Diff?.Left).toContain('targetPort: 8080');
    expect(body.Diff?.Right).toContain('targetPort: 8081');
    expect(body.Diff?.Diff).toContain('-      targetPort: 8080');
    expect(body.LiveManifest).toBe(body.Diff?.Right);
  });

  it('a child (C#): no desired manifest and no diff', async () => {
    const body = await parse('manifest-child.csharp.json', resourceManifestSchema);
    expect(body.LiveManifest).toContain('kind: Pod');
    expect(body.DesiredManifest).toBeNull();
    expect(body.Diff).toBeNull();
  });

  it('v2 for an object missing from the cluster: no live manifest', async () => {
    const body = await parse('manifest-v2-missing.csharp.json', resourceManifestSchema);
    expect(body.LiveManifest).toBeNull();
    expect(body.DesiredManifest).toContain('kind: Service');
  });
});

describe('events and logs sessions', () => {
  it('session created (reference)', async () => {
    const body = await parse('session-created.reference.json', sessionCreatedSchema);
    expect(body.SessionId).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('events (reference): every event field and the error', async () => {
    const body = await parse('events-session.reference.json', eventsSessionSchema);
    expect(body.IsSessionCompleted).toBe(false);
    expect(body.Events[0]).toMatchObject({
      Note: 'string',
      Reason: 'string',
      Action: 'string',
      Count: 0,
      ReportingController: 'string',
      ReportingInstance: 'string',
      Manifest: 'string',
    });
    expect(body.Error).toMatchObject({ ErrorCode: 'string', ErrorMessage: 'string' });
  });

  it('events (C#): notes, types and counts come through; Error null', async () => {
    const body = await parse('events-session.csharp.json', eventsSessionSchema);
    expect(body.Events).toHaveLength(2);
    expect(body.Events[0]?.Note).toBe('Successfully assigned shop/web-7d9c6b5f4-x2x8q to node-1');
    expect(body.Events[0]?.FirstObservedTime).toBeTruthy();
    expect(body.Events[1]?.Type).toBe('Warning');
    expect(body.Events[1]?.Reason).toBe('BackOff');
    expect(body.Events[1]?.Count).toBe(4);
    expect(body.Events[1]?.Manifest).toContain('kind: Event');
    expect(body.Error).toBeNull();
  });

  it('a failed events session: no events, the monitor error', async () => {
    const body = await parse('events-session-error.json', eventsSessionSchema);
    expect(body.Events).toEqual([]);
    expect(body.IsSessionCompleted).toBe(true);
    expect(body.Error?.ErrorCode).toBe('ResourceNotFound');
    expect(body.Error?.ErrorMessage).toContain('could not find the object');
  });

  it('logs (reference and C#): timestamped messages', async () => {
    const reference = await parse('logs-session.reference.json', logsSessionSchema);
    expect(reference.Logs[0]?.Message).toBe('string');
    expect(reference.Error?.ErrorMessage).toBe('string');
    const body = await parse('logs-session.csharp.json', logsSessionSchema);
    expect(body.Logs.map((line) => line.Message)).toEqual([
      'Listening on http://0.0.0.0:8080',
      'Connected to the orders database',
      'GET /healthz 200 1.2ms',
    ]);
    expect(body.Logs[0]?.Timestamp).toBeTruthy();
    expect(body.IsSessionCompleted).toBe(false);
    expect(body.Error).toBeNull();
  });
});

describe('dashboard', () => {
  it('reference: items, tenants and the dashboard-wide fields', async () => {
    const body = await parse('dashboard.reference.json', dashboardSchema);
    expect(body.Items[0]?.State).toBe('Queued');
    expect(body.Items[0]?.IsCurrent).toBe(false);
    expect(body.Items[0]?.TenantId).toBe('Tenants-1');
    expect(body.Tenants[0]?.ProjectEnvironments).toMatchObject({ additionalProp1: ['string'] });
    expect(body.Projects[0]?.TenantedDeploymentMode).toBe('Untenanted');
    expect(body.IsFiltered).toBe(false);
    expect(body.ProjectLimit).toBe(0);
  });

  it('a capped, filtered dashboard says so: ProjectLimit, IsFiltered, PreviousItems', async () => {
    const body = await parse('dashboard-capped.json', dashboardSchema);
    expect(body.ProjectLimit).toBe(2);
    expect(body.IsFiltered).toBe(true);
    expect(body.PreviousItems).toHaveLength(1);
    expect(body.PreviousItems[0]?.IsPrevious).toBe(true);
    expect(body.PreviousItems[0]?.IsCurrent).toBe(false);
    expect(body.Items.map((item) => item.State)).toEqual(['Success', 'Executing', 'Failed']);
    expect(body.Items[0]?.TenantId).toBeNull();
    expect(body.Items[1]?.CompletedTime).toBeNull();
    expect(body.Items[2]?.TenantId).toBe('Tenants-1');
  });
});

describe('deployments, releases and tasks', () => {
  it('a deployment names its task; untenanted is TenantId null', async () => {
    const body = await parse('deployment.json', deploymentSchema);
    expect(body.TaskId).toBe('ServerTasks-301');
    expect(body.ReleaseId).toBe('Releases-21');
    expect(body.TenantId).toBeNull();
  });

  it('a release', async () => {
    const body = await parse('release.json', releaseSchema);
    expect(body.Version).toBe('1.2.3');
    expect(body.ProjectId).toBe('Projects-1');
  });

  it('a task', async () => {
    const body = await parse('task.json', taskSchema);
    expect(body.Id).toBe('ServerTasks-301');
    expect(body.State).toBe('Success');
    expect(body.ErrorMessage).toBeNull();
  });

  it('task details: the nested log tree with every status and log category it uses', async () => {
    const body = await parse('task-details.json', taskDetailsSchema);
    expect(body.Task.State).toBe('Canceled');
    type Element = (typeof body.ActivityLogs)[number];
    const elements: Element[] = [];
    const visit = (element: Element) => {
      elements.push(element);
      element.Children.forEach(visit);
    };
    body.ActivityLogs.forEach(visit);
    expect(elements).toHaveLength(6);
    expect(new Set(elements.map((element) => element.Status))).toEqual(
      new Set(['Canceled', 'SuccessWithWarning', 'Pending', 'Skipped']),
    );
    const categories = new Set(
      elements.flatMap((element) => element.LogElements.map((entry) => entry.Category)),
    );
    expect(categories).toEqual(
      new Set([
        'Info',
        'Trace',
        'Planned',
        'Wait',
        'Verbose',
        'Gap',
        'Updated',
        'Warning',
        'Highlight',
        'Finished',
        'Alert',
        'Error',
        'Abandoned',
      ]),
    );
    const pending = elements.find((element) => element.Status === 'Pending');
    expect(pending?.Started).toBeNull();
    expect(pending?.Ended).toBeNull();
  });
});

describe('error bodies', () => {
  it.each([404, 500])('"Errors": null: a %i rejects with the server message', async (status) => {
    const body = readBody('error-errors-null.json');
    expect(
      (await clientAnswering(body).get(paths.errorBodySchema, errorBodySchema)).Errors,
    ).toEqual([]);
    const error = await apiErrorOf(
      clientAnswering(body, status).get(paths.machineSchema, machineSchema),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.serverMessage).toContain("The resource 'Machines-99' was not found.");
    expect(error.message).toContain("The resource 'Machines-99' was not found.");
  });

  it('a validation error keeps its Errors list in the message', async () => {
    const error = await apiErrorOf(
      clientAnswering(readBody('error-validation.json'), 400).get(
        paths.projectSchema,
        projectSchema,
      ),
    );
    expect(error.status).toBe(400);
    expect(error.message).toContain('There was a problem with your request.');
    expect(error.message).toContain("The project 'Projects-999' could not be found");
  });
});

describe('names and the API root', () => {
  it('a deployment target', async () => {
    const body = await parse('machine.json', machineSchema);
    expect(body.Name).toBe('k8s-agent-1');
    expect(body.Id).toBe('Machines-1');
  });

  it('a project, with and without the dashboard live status setting', async () => {
    const project = await parse('project.json', projectSchema);
    expect(project.Name).toBe('Shop web');
    expect(project.CombineHealthAndSyncStatusInDashboardLiveStatus).toBe(true);
    const unset = await parse('project-combine-null.csharp.json', projectSchema);
    expect(unset.CombineHealthAndSyncStatusInDashboardLiveStatus ?? null).toBeNull();
  });

  it('an environment and a tenant', async () => {
    expect((await parse('environment.json', environmentSchema)).Name).toBe('Production');
    const tenant = await parse('tenant.json', tenantSchema);
    expect(tenant.Name).toBe('Contoso');
    expect(tenant.ProjectEnvironments).toEqual({
      'Projects-2': ['Environments-1', 'Environments-2'],
    });
  });

  it('GET /api: application, version, installation id and links', async () => {
    const body = await parse('api-root.json', apiRootSchema);
    expect(body.Application).toBe('Octopus Deploy');
    expect(body.Version).toBe('2022.1.2386');
    expect(body.ApiVersion).toBe('3.0.0');
    expect(body.InstallationId).toBe('9f155416-5d9e-4e19-ba58-b710d4edf336');
    expect(body.Links).toMatchObject({ Self: '/api' });
  });

  it('GET /api/spaces and one space', async () => {
    const page = await parse('spaces-page.json', spacesPageSchema);
    expect(page.TotalResults).toBe(2);
    expect(page.Items.map((space) => space.Name)).toEqual(['Default', 'Platform team']);
    expect(page.Links).toMatchObject({ 'Page.Current': '/api/spaces?skip=0&take=30' });
    const space = await parse('space.json', spaceSchema);
    expect(space.Name).toBe('Default');
    expect(space.IsDefault).toBe(true);
  });
});
