import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  applicationLiveStatusSchema,
  dashboardSchema,
  eventsSessionSchema,
  logsSessionSchema,
  deploymentSchema,
  getUnknownEnumValues,
  liveStatusSummariesSchema,
  releaseSchema,
  resourceDetailSchema,
  resourceManifestSchema,
  spaceSchema,
  apiRootSchema,
  spacesPageSchema,
  machineSchema,
  projectSchema,
  environmentSchema,
  tenantSchema,
  stepObjectManifestSchema,
  taskDetailsSchema,
  taskObjectStatusSchema,
  taskSchema,
  type LiveResource,
} from '../../src/api/contract';
import { unknownFields } from './testing/unknown-fields';
import { apiRoot, spacesPage } from './server-root';
import { createSessions } from './sessions';
import { createSimulation, type SimResult } from './simulation';
import { createDemoWorld } from '../worlds/demo/demo-world';
import { createLargeWorld } from '../worlds/large/large-world';
import type { World } from '../worlds/world';

const EPOCH = Date.parse('2026-11-21T12:00:00.000Z');

/** What the simulator's answers contained, to check both server generations were spoken. */
const seen = { machineIdObjects: 0, sourceIdObjects: 0, omittedMessages: 0, nullMessages: 0 };

function count(body: unknown): void {
  if (Array.isArray(body)) {
    body.forEach(count);
    return;
  }
  if (typeof body !== 'object' || body === null) return;
  if ('HealthStatus' in body && 'Kind' in body) {
    if ('MachineId' in body) seen.machineIdObjects += 1;
    if ('ResourceSourceId' in body) seen.sourceIdObjects += 1;
    if (!('HealthStatusMessage' in body)) seen.omittedMessages += 1;
    else if (body.HealthStatusMessage === null) seen.nullMessages += 1;
  }
  Object.values(body).forEach(count);
}

/**
 * Parses a simulation answer with the contract schema: mock drift fails here. A real server's
 * endpoint (`strict`) must also send no field the contract does not list: the simulator may not
 * invent a field the client could then come to depend on. Our extensions are not checked so.
 */
function parse<S extends z.ZodType>(
  schema: S,
  result: SimResult<unknown>,
  what: string,
  strict = true,
) {
  if (!result.ok) throw new Error(`${what}: ${String(result.status)} ${result.message}`);
  const body: unknown = JSON.parse(JSON.stringify(result.body));
  if (strict) {
    const extra = unknownFields(schema, body);
    if (extra.length > 0) {
      throw new Error(
        `${what} sends fields a real server does not: ${extra.slice(0, 5).join(', ')}`,
      );
    }
    count(body);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`${what}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  return parsed.data;
}

function* walk(resources: readonly LiveResource[]): Generator<LiveResource> {
  for (const resource of resources) {
    yield resource;
    yield* walk(resource.Children);
  }
}

function checkWorld(world: World, at: number, sample: (index: number) => boolean) {
  let time = at;
  const simulation = createSimulation({ world, startedAt: EPOCH, elapsed: () => time });
  const sessions = createSessions(simulation);
  let parsed = 0;
  parse(spaceSchema, simulation.space('Spaces-1'), 'space');
  parse(apiRootSchema, { ok: true, body: apiRoot(world) }, 'API root');
  parse(
    spacesPageSchema,
    spacesPage(world, new URLSearchParams('partialName=def&take=1')),
    'spaces',
  );
  for (const machine of world.machines.slice(0, 20)) {
    parse(machineSchema, simulation.machine(machine.id), machine.id);
  }
  for (const project of world.projects.slice(0, 20)) {
    parse(projectSchema, simulation.project(project.id), project.id);
  }
  for (const environment of world.environments) {
    parse(environmentSchema, simulation.environment(environment.id), environment.id);
  }
  for (const tenant of world.tenants) {
    parse(tenantSchema, simulation.tenant(tenant.id), tenant.id);
  }
  const dashboard = parse(dashboardSchema, simulation.dashboard(), 'dashboard');
  parse(liveStatusSummariesSchema, simulation.liveStatusSummaries(), 'summaries', false);
  parsed += 3;
  world.applications.forEach((app, index) => {
    if (!sample(index)) return;
    const ids = {
      projectId: app.projectId,
      environmentId: app.environmentId,
      tenantId: app.tenantId,
    };
    const live = simulation.applicationLiveStatus(ids, false);
    if (!live.ok) return; // not deployed yet at this moment
    const status = parse(applicationLiveStatusSchema, live, `live status ${app.key}`);
    parsed += 1;
    for (const machine of status.MachineStatuses) {
      let objects = 0;
      for (const resource of walk(machine.Resources)) {
        if (objects++ > 40) break;
        const resourceId = resource.DesiredResourceId ?? resource.ResourceId;
        if (resourceId === null) continue;
        const resourceIds = { ...ids, machineId: machine.MachineId, resourceId };
        parse(resourceDetailSchema, simulation.resource(resourceIds), `resource ${resource.Name}`);
        parse(
          resourceManifestSchema,
          simulation.manifest(resourceIds),
          `manifest ${resource.Name}`,
        );
        const target = {
          SpaceId: world.space.id,
          ProjectId: ids.projectId,
          EnvironmentId: ids.environmentId,
          TenantId: ids.tenantId,
          MachineId: machine.MachineId,
          DesiredOrKubernetesMonitoredResourceId: resourceId,
        };
        const events = sessions.createEvents(target).SessionId;
        parse(eventsSessionSchema, sessions.events(events), `events ${resource.Name} (first poll)`);
        parse(eventsSessionSchema, sessions.events(events), `events ${resource.Name}`);
        if (resource.Kind === 'Pod') {
          const logs = sessions.createLogs({
            ...target,
            PodName: resource.Name,
            ContainerName: resource.Name.split('-')[0] ?? '',
            ShowPreviousContainer: false,
          }).SessionId;
          sessions.logs(logs);
          parse(logsSessionSchema, sessions.logs(logs), `logs ${resource.Name}`);
        }
        parsed += 4;
      }
    }
    for (const deployment of app.deployments.slice(-2)) {
      if (deployment.queuedAt > time) continue;
      parse(deploymentSchema, simulation.deployment(deployment.id), deployment.id);
      parse(releaseSchema, simulation.release(deployment.releaseId), deployment.releaseId);
      parse(taskSchema, simulation.task(deployment.taskId), deployment.taskId);
      parse(
        taskDetailsSchema,
        simulation.taskDetails(deployment.taskId),
        `${deployment.taskId} details`,
      );
      const objects = parse(
        taskObjectStatusSchema,
        simulation.taskObjectStatus(deployment.taskId),
        `${deployment.taskId} objects`,
        false,
      );
      for (const step of objects.Steps) {
        for (const object of step.Resources.slice(0, 5)) {
          expect(object.ManifestAvailable).toBe(true);
          parse(
            stepObjectManifestSchema,
            simulation.stepObjectManifest(deployment.taskId, step.ActionId, object.Uuid),
            `${deployment.taskId} ${object.Name} manifest`,
            false,
          );
          parsed += 1;
        }
      }
      parsed += 5;
    }
  });
  time += 1;
  return { parsed, dashboard };
}

describe('every endpoint payload parses with the contract schemas', () => {
  for (const seconds of [0, 30, 600]) {
    it(`in the demo world, ${String(seconds)} s into the scenario`, () => {
      const { parsed, dashboard } = checkWorld(createDemoWorld(), seconds * 1000, () => true);
      expect(dashboard.Projects).toHaveLength(12);
      expect(parsed).toBeGreaterThan(400);
      expect(getUnknownEnumValues()).toEqual([]);
      // Every object, manifest, session and task of the world: a few seconds of parsing.
    }, 60_000);
  }

  it('in the large world (a sample of applications, and the heavy ones)', () => {
    const world = createLargeWorld();
    const heavy = new Set(['Projects-1', 'Projects-2', 'Projects-3']);
    const { parsed, dashboard } = checkWorld(
      world,
      30_000,
      (index) => index % 97 === 0 || heavy.has(world.applications[index]?.projectId ?? ''),
    );
    expect(dashboard.Projects).toHaveLength(500);
    expect(dashboard.Environments).toHaveLength(10);
    expect(parsed).toBeGreaterThan(200);
    expect(getUnknownEnumValues()).toEqual([]);
    // Building and parsing the large world's heavy applications takes seconds on this machine.
  }, 120_000);
});

describe('the simulated server speaks both generations of the real server', () => {
  it('sends objects named by MachineId (nulls sent) and by ResourceSourceId (nulls left out)', () => {
    checkWorld(createDemoWorld(), 30_000, () => true);
    expect(seen.machineIdObjects).toBeGreaterThan(50);
    expect(seen.sourceIdObjects).toBeGreaterThan(50);
    expect(seen.omittedMessages).toBeGreaterThan(50);
    expect(seen.nullMessages).toBeGreaterThan(50);
  }, 60_000);
});
