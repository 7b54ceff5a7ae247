import type { AddressInfo } from 'node:net';
import {
  Client,
  ObservabilityRepository,
  SpaceServerTaskRepository,
} from '@octopusdeploy/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRootSchema, spacesPageSchema } from '../../src/api/contract';
import { startHttpServer } from './http-server';
import { simulatedInstallationId, simulatedServerVersion } from '../octopus/server-root';

/*
 * Octopus's own TypeScript client (`@octopusdeploy/api-client`, written by Octopus, not here)
 * against the simulated server over HTTP: every call it makes for live status, one object, its
 * manifest, events, logs and a task must get an answer. The simulated server speaks the real
 * server's shapes; where the client's types disagree with them, the tests say so and check what
 * the client actually hands back.
 */

const apiKey = 'API-OFFICIALCLIENT0TEST';
const spaceName = 'Default';

/* What these tests read to find real ids, in the real server's shapes. */
const dashboardSchema = z.object({
  Projects: z.array(z.object({ Id: z.string(), Name: z.string() })),
  Environments: z.array(z.object({ Id: z.string(), Name: z.string() })),
  Tenants: z.array(z.object({ Id: z.string(), Name: z.string() })),
  Items: z.array(
    z.object({
      ProjectId: z.string(),
      EnvironmentId: z.string(),
      TenantId: z.string().nullish(),
      TaskId: z.string(),
    }),
  ),
});

interface LiveObject {
  Name: string;
  Kind: string;
  HealthStatus: string;
  DesiredResourceId?: string | null | undefined;
  ResourceId?: string | null | undefined;
  Children?: LiveObject[] | null | undefined;
}
const liveObjectSchema: z.ZodType<LiveObject> = z.lazy(() =>
  z.object({
    Name: z.string(),
    Kind: z.string(),
    HealthStatus: z.string(),
    DesiredResourceId: z.string().nullish(),
    ResourceId: z.string().nullish(),
    Children: z.array(liveObjectSchema).nullish(),
  }),
);
const liveStatusSchema = z.object({
  Summary: z.object({ Status: z.string() }),
  MachineStatuses: z.array(
    z.object({ MachineId: z.string(), Resources: z.array(liveObjectSchema) }),
  ),
});

/* Session polls as a real server sends them (PascalCase, `MonitorErrorResource`). */
const monitorErrorSchema = z.object({ ErrorCode: z.string().nullish(), ErrorMessage: z.string() });
const eventsPollSchema = z.object({
  Events: z.array(
    z.object({
      Reason: z.string(),
      Note: z.string().nullish(),
      Type: z.string().nullish(),
      Count: z.number().nullish(),
    }),
  ),
  IsSessionCompleted: z.boolean(),
  Error: monitorErrorSchema.nullish(),
});
const logsPollSchema = z.object({
  Logs: z.array(z.object({ Timestamp: z.string().nullish(), Message: z.string() })),
  IsSessionCompleted: z.boolean(),
  Error: monitorErrorSchema.nullish(),
});

function* walk(objects: readonly LiveObject[]): Generator<LiveObject> {
  for (const object of objects) {
    yield object;
    yield* walk(object.Children ?? []);
  }
}

/** Polls a session until it completes or fails, as a client does (the monitor answers later). */
async function pollSession<T extends { IsSessionCompleted: boolean; Error?: unknown }>(
  poll: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const answer = await poll();
    if (answer.IsSessionCompleted || (answer.Error !== null && answer.Error !== undefined)) {
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The session never completed.');
}

describe("Octopus's own TypeScript client against the simulated server over HTTP", () => {
  let origin = '';
  let close: () => void = () => undefined;
  /** Every path (with query) the simulated server was asked for, in order. */
  const requested: string[] = [];

  /** Ids found by asking the simulated server, before the official client asks anything. */
  const ids = {
    spaceId: 'Spaces-1',
    projectId: '',
    environmentId: '',
    machineId: '',
    /** A top-level object, by the id of what Octopus applied. */
    topLevel: { name: '', kind: '', desiredResourceId: '' },
    /** A Pod under it, by its Kubernetes UID. */
    pod: { name: '', resourceId: '' },
    tenanted: { projectId: '', environmentId: '', tenantId: '', machineId: '', desiredId: '' },
    taskId: '',
  };
  let untenantedStatus = '';
  let tenantedStatus = '';

  const getJson = async (path: string): Promise<unknown> => {
    const response = await fetch(`${origin}${path}`, { headers: { 'X-Octopus-ApiKey': apiKey } });
    expect(response.status, path).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    const { server } = await startHttpServer({ port: 0, apiKey });
    server.on('request', (request: { url?: string }) => {
      requested.push(request.url ?? '');
    });
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    close = () => server.close();

    const dashboard = dashboardSchema.parse(await getJson('/api/Spaces-1/dashboard'));
    const idOf = (list: readonly { Id: string; Name: string }[], name: string) => {
      const found = list.find((entry) => entry.Name === name);
      if (!found) throw new Error(`${name} is not in the demo world`);
      return found.Id;
    };
    ids.projectId = idOf(dashboard.Projects, 'carts');
    ids.environmentId = idOf(dashboard.Environments, 'Production');
    const untenanted = liveStatusSchema.parse(
      await getJson(
        `/api/Spaces-1/projects/${ids.projectId}/environments/${ids.environmentId}/untenanted/livestatus`,
      ),
    );
    untenantedStatus = untenanted.Summary.Status;
    const machine = untenanted.MachineStatuses[0];
    if (!machine) throw new Error('carts in Production has no deployment target');
    ids.machineId = machine.MachineId;
    const deployment = machine.Resources.find(
      (object) => object.Kind === 'Deployment' && object.DesiredResourceId,
    );
    const pod = [...walk(deployment?.Children ?? [])].find(
      (object) => object.Kind === 'Pod' && object.HealthStatus === 'Healthy' && object.ResourceId,
    );
    if (!deployment?.DesiredResourceId || !pod?.ResourceId) {
      throw new Error('carts in Production has no Deployment with a healthy Pod');
    }
    ids.topLevel = {
      name: deployment.Name,
      kind: deployment.Kind,
      desiredResourceId: deployment.DesiredResourceId,
    };
    ids.pod = { name: pod.Name, resourceId: pod.ResourceId };

    const portal = idOf(dashboard.Projects, 'customer-portal');
    const acme = idOf(dashboard.Tenants, 'Acme Corp');
    const tenanted = liveStatusSchema.parse(
      await getJson(
        `/api/Spaces-1/projects/${portal}/environments/${ids.environmentId}/tenants/${acme}/livestatus`,
      ),
    );
    tenantedStatus = tenanted.Summary.Status;
    const tenantMachine = tenanted.MachineStatuses[0];
    const tenantObject = tenantMachine?.Resources.find((object) => object.DesiredResourceId);
    if (!tenantMachine || !tenantObject?.DesiredResourceId) {
      throw new Error('customer-portal for Acme Corp in Production has no live object');
    }
    ids.tenanted = {
      projectId: portal,
      environmentId: ids.environmentId,
      tenantId: acme,
      machineId: tenantMachine.MachineId,
      desiredId: tenantObject.DesiredResourceId,
    };

    const item = dashboard.Items.find(
      (entry) => entry.ProjectId === ids.projectId && entry.EnvironmentId === ids.environmentId,
    );
    if (!item) throw new Error('carts in Production has no deployment');
    ids.taskId = item.TaskId;
    requested.length = 0;
  });
  afterAll(() => {
    close();
  });

  let client: Client;
  let observability: ObservabilityRepository;

  it('connects: GET /api gives the server version and installation id', async () => {
    client = await Client.create({
      instanceURL: origin,
      apiKey,
      userAgentApp: 'periscope-tests',
    });
    expect(await client.getServerInformation()).toEqual({
      version: simulatedServerVersion,
      installationId: simulatedInstallationId,
    });
    expect(requested).toEqual(['/api']);
    observability = new ObservabilityRepository(client, spaceName);
  });

  it('reads untenanted live status, resolving the space name through GET /api/spaces', async () => {
    const status = await observability.getLiveStatus(ids.projectId, ids.environmentId);
    expect(status.Summary.Status).toBe(untenantedStatus);
    const objects = status.MachineStatuses.flatMap((machine) => machine.Resources);
    expect(objects.map((object) => object.Name)).toContain(ids.topLevel.name);
    expect(requested).toContain(`/api/spaces?partialName=${spaceName}&skip=0&take=2147483647`);
    expect(requested).toContain(
      `/api/spaces/Spaces-1/projects/${ids.projectId}/environments/${ids.environmentId}/untenanted/livestatus`,
    );
  });

  it('reads the summary only', async () => {
    const summary = await observability.getLiveStatus(
      ids.projectId,
      ids.environmentId,
      undefined,
      true,
    );
    expect(summary.Summary.Status).toBe(untenantedStatus);
    expect(summary.MachineStatuses).toEqual([]);
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/projects/${ids.projectId}/environments/${ids.environmentId}/untenanted/livestatus?summaryOnly=true`,
    );
  });

  it('reads tenanted live status, on the route the repository means to call', async () => {
    const { projectId, environmentId, tenantId } = ids.tenanted;
    // The client's tenanted `getLiveStatus` leaves `spaceId` out of its template arguments
    // (api-client.ts src/features/observability/observabilityRepository.ts), so it asks for
    // `/api/spaces//projects/...`: not a route of the API, so the simulated server answers 404.
    await expect(
      observability.getLiveStatus(projectId, environmentId, tenantId),
    ).rejects.toMatchObject({ StatusCode: 404 });
    expect(requested.at(-1)).toBe(
      `/api/spaces//projects/${projectId}/environments/${environmentId}/tenants/${tenantId}/livestatus`,
    );

    // The same template through the client, with the space it forgot.
    const template =
      '~/api/spaces/{spaceId}/projects/{projectId}/environments/{environmentId}/tenants/{tenantId}/livestatus';
    const args = { spaceId: ids.spaceId, projectId, environmentId, tenantId };
    const full: unknown = await client.get(template, args);
    const status = liveStatusSchema.parse(full);
    expect(status.Summary.Status).toBe(tenantedStatus);
    expect(status.MachineStatuses[0]?.Resources.length).toBeGreaterThan(0);
    const summary = liveStatusSchema.parse(
      await client.get(`${template}{?summaryOnly}`, {
        ...args,
        summaryOnly: true,
      }),
    );
    expect(summary.Summary.Status).toBe(tenantedStatus);
    expect(summary.MachineStatuses).toEqual([]);
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/projects/${projectId}/environments/${environmentId}/tenants/${tenantId}/livestatus?summaryOnly=true`,
    );
  });

  it('reads one top-level object by DesiredResourceId, and one child by ResourceId', async () => {
    const topLevel = await observability.getResource(
      ids.projectId,
      ids.environmentId,
      undefined,
      ids.machineId,
      ids.topLevel.desiredResourceId,
    );
    expect(topLevel.Resource).toMatchObject({ Name: ids.topLevel.name, Kind: ids.topLevel.kind });
    expect(topLevel.Resource.Children.length).toBeGreaterThan(0);

    const pod: unknown = await observability.getResource(
      ids.projectId,
      ids.environmentId,
      undefined,
      ids.machineId,
      ids.pod.resourceId,
    );
    // A real server's Pod summary lists `ContainerDetails: { Name, Image }[]`
    // (OctopusClients PodManifestSummaryResource.cs); the client's type only knows `Containers`.
    const detail = z
      .object({
        Resource: z.object({
          Name: z.string(),
          Kind: z.string(),
          ManifestSummary: z.object({
            ContainerDetails: z.array(z.object({ Name: z.string(), Image: z.string() })).min(1),
          }),
        }),
      })
      .parse(pod);
    expect(detail.Resource).toMatchObject({ Name: ids.pod.name, Kind: 'Pod' });
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/projects/${ids.projectId}/environments/${ids.environmentId}/untenanted/machines/${ids.machineId}/resources/${ids.pod.resourceId}`,
    );
  });

  it('reads a tenanted object and its manifest (these calls do pass the space)', async () => {
    const { projectId, environmentId, tenantId, machineId, desiredId } = ids.tenanted;
    const object = await observability.getResource(
      projectId,
      environmentId,
      tenantId,
      machineId,
      desiredId,
    );
    expect(object.Resource.Name).not.toBe('');
    const manifest = await observability.getResourceManifest(
      projectId,
      environmentId,
      tenantId,
      machineId,
      desiredId,
    );
    expect(manifest.LiveManifest).toContain(`name: ${object.Resource.Name}`);
  });

  it('reads the live and desired manifest of an object', async () => {
    const manifest = await observability.getResourceManifest(
      ids.projectId,
      ids.environmentId,
      undefined,
      ids.machineId,
      ids.topLevel.desiredResourceId,
    );
    expect(manifest.LiveManifest).toContain(`kind: ${ids.topLevel.kind}`);
    expect(manifest.LiveManifest).toContain(`name: ${ids.topLevel.name}`);
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/projects/${ids.projectId}/environments/${ids.environmentId}/untenanted/machines/${ids.machineId}/resources/${ids.topLevel.desiredResourceId}/manifest`,
    );
  });

  it('opens an events session and polls it until the events arrive', async () => {
    const session = await observability.beginResourceEventsSession(
      ids.projectId,
      ids.environmentId,
      undefined,
      ids.machineId,
      ids.topLevel.desiredResourceId,
    );
    expect(session.SessionId).not.toBe('');
    // The client types events camelCase (`reason`, `firstObservedTime`) and errors as
    // `{ Code, Message }`; a real server sends PascalCase and `{ ErrorCode, ErrorMessage }`
    // (REST reference observability.md, OctopusClients ResourceEvents/*), and the client hands
    // the body back untouched: read it in the server's shape.
    const poll = await pollSession(async () =>
      eventsPollSchema.parse(await observability.getResourceEvents(session.SessionId)),
    );
    expect(poll.Error ?? null).toBeNull();
    expect(poll.IsSessionCompleted).toBe(true);
    expect(poll.Events.length).toBeGreaterThan(0);
    expect(poll.Events.every((event) => event.Reason !== '')).toBe(true);
    expect(requested).toContain('/api/spaces/Spaces-1/observability/events/sessions');
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/observability/events/sessions/${session.SessionId}`,
    );
  });

  it("opens a logs session for a Pod's container and polls it until the lines arrive", async () => {
    const pod = z
      .object({
        Resource: z.object({
          ManifestSummary: z.object({ ContainerDetails: z.array(z.object({ Name: z.string() })) }),
        }),
      })
      .parse(
        await observability.getResource(
          ids.projectId,
          ids.environmentId,
          undefined,
          ids.machineId,
          ids.pod.resourceId,
        ),
      );
    const container = pod.Resource.ManifestSummary.ContainerDetails[0]?.Name ?? '';
    const session = await observability.beginContainerLogsSession(
      ids.projectId,
      ids.environmentId,
      undefined,
      ids.machineId,
      ids.pod.resourceId,
      ids.pod.name,
      container,
      false,
    );
    expect(session.SessionId).not.toBe('');
    // The client types a log line as `{ Timestamp, LogLevel }`; a real server sends
    // `{ Timestamp, Message }` (REST reference observability.md, OctopusClients ContainerLogs/*).
    const poll = await pollSession(async () =>
      logsPollSchema.parse(await observability.getContainerLogs(session.SessionId)),
    );
    expect(poll.Error ?? null).toBeNull();
    expect(poll.IsSessionCompleted).toBe(true);
    expect(poll.Logs.length).toBeGreaterThan(0);
    expect(poll.Logs.some((line) => line.Message !== '')).toBe(true);
    expect(requested).toContain('/api/spaces/Spaces-1/observability/logs/sessions');
    expect(requested.at(-1)).toBe(
      `/api/spaces/Spaces-1/observability/logs/sessions/${session.SessionId}`,
    );
  });

  it("reads the deployment's task and its details", async () => {
    const tasks = new SpaceServerTaskRepository(client, spaceName);
    const task = await tasks.getById(ids.taskId);
    expect(task.Id).toBe(ids.taskId);
    const details = await tasks.getDetails(ids.taskId);
    expect(details.Task.Id).toBe(ids.taskId);
    expect(details.ActivityLogs.length).toBeGreaterThan(0);
    expect(details.ActivityLogs[0]?.Children.length).toBeGreaterThan(0);
    expect(requested.slice(-2)).toEqual([
      `/api/Spaces-1/tasks/${ids.taskId}`,
      `/api/Spaces-1/tasks/${ids.taskId}/details`,
    ]);
  });
});

/** The routes a client needs before anything space-scoped, and the second form of the rest. */
describe('the API root, the spaces list and /api/spaces/{spaceId}/... over HTTP', () => {
  let origin = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const { server } = await startHttpServer({ port: 0, apiKey });
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
  });

  const get = (path: string) =>
    fetch(`${origin}${path}`, { headers: { 'X-Octopus-ApiKey': apiKey } });

  it('GET /api answers with the version, installation id and links', async () => {
    const response = await get('/api');
    expect(response.status).toBe(200);
    const root = apiRootSchema.parse(await response.json());
    expect(root).toMatchObject({
      Application: 'Octopus Deploy',
      Version: simulatedServerVersion,
      InstallationId: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      ) as unknown,
    });
    const [major = 0, minor = 0] = root.Version.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(2025 * 100 + 3);
    expect(root.Links?.Spaces).toBe('/api/spaces{/id}{?name,skip,ids,take,partialName}');
  });

  it('GET /api needs the API key like every other route', async () => {
    const response = await fetch(`${origin}/api`);
    expect(response.status).toBe(401);
  });

  it('GET /api/spaces?partialName=Def&take=1 pages the spaces whose name contains the text', async () => {
    const response = await get('/api/spaces?partialName=Def&take=1');
    expect(response.status).toBe(200);
    const page = spacesPageSchema.parse(await response.json());
    expect(page).toMatchObject({
      ItemType: 'Space',
      TotalResults: 1,
      ItemsPerPage: 1,
      NumberOfPages: 1,
      LastPageNumber: 0,
    });
    expect(page.Items.map((space) => [space.Id, space.Name])).toEqual([['Spaces-1', 'Default']]);
    expect(page.Links?.['Page.Current']).toBe('/api/spaces?skip=0&take=1&partialName=Def');
  });

  it('GET /api/spaces filters by partialName (any case), name, ids, and pages with skip', async () => {
    const totals = async (query: string) => {
      const page = spacesPageSchema.parse(await (await get(`/api/spaces${query}`)).json());
      return [page.TotalResults, page.Items.length];
    };
    expect(await totals('')).toEqual([1, 1]);
    expect(await totals('?partialName=fau')).toEqual([1, 1]);
    expect(await totals('?partialName=Nothing')).toEqual([0, 0]);
    expect(await totals('?name=Default')).toEqual([1, 1]);
    expect(await totals('?name=Def')).toEqual([0, 0]);
    expect(await totals('?ids=Spaces-1,Spaces-9')).toEqual([1, 1]);
    expect(await totals('?ids=Spaces-9')).toEqual([0, 0]);
    expect(await totals('?skip=1')).toEqual([1, 0]);
    expect((await get('/api/spaces?take=-1')).status).toBe(400);
  });

  it('serves space-scoped routes at /api/spaces/{spaceId}/... as at /api/{spaceId}/...', async () => {
    const path = '/projects/Projects-2/environments/Environments-4/untenanted/livestatus';
    const first = await get(`/api/Spaces-1${path}`);
    const second = await get(`/api/spaces/Spaces-1${path}`);
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()].map((body) =>
      liveStatusSchema.parse(body),
    );
    expect(b?.Summary.Status).toBe(a?.Summary.Status);
    expect((await get('/api/spaces/Spaces-1/dashboard')).status).toBe(200);
    expect((await get(`/api/spaces/Spaces-9${path}`)).status).toBe(404);
  });
});
