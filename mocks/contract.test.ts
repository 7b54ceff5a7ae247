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
  stepObjectManifestSchema,
  taskDetailsSchema,
  taskObjectStatusSchema,
  taskSchema,
  type LiveResource,
} from '../src/api/contract';
import { createSessions } from './simulation/sessions';
import { createSimulation, type SimResult } from './simulation/simulation';
import { createDemoWorld } from './simulation/demo-world';
import { createLargeWorld } from './simulation/large-world';
import type { World } from './simulation/world';

const EPOCH = Date.parse('2026-11-21T12:00:00.000Z');

/** Parses a simulation answer with the contract schema: mock drift fails here. */
function parse<S extends z.ZodType>(schema: S, result: SimResult<unknown>, what: string) {
  if (!result.ok) throw new Error(`${what}: ${String(result.status)} ${result.message}`);
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(result.body)));
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
  const dashboard = parse(dashboardSchema, simulation.dashboard(), 'dashboard');
  parse(liveStatusSummariesSchema, simulation.liveStatusSummaries(), 'summaries');
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
      );
      for (const step of objects.Steps) {
        for (const object of step.Resources.slice(0, 5)) {
          expect(object.ManifestAvailable).toBe(true);
          parse(
            stepObjectManifestSchema,
            simulation.stepObjectManifest(deployment.taskId, step.ActionId, object.Uuid),
            `${deployment.taskId} ${object.Name} manifest`,
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
