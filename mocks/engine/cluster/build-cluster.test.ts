import { describe, expect, it } from 'vitest';
import { ApplicationModel, isOrphaned, nodeSync } from '../application-state';
import { createDemoWorld } from '../../worlds/demo/demo-world';
import { minutes, seconds, type DeploymentRun } from '../timeline';
import type { Incident, WorldApplication } from '../../worlds/world';
import type { LiveNode } from './live-node';

/**
 * What a cluster keeps when a release stops deploying an object: the demo's catalogue in Staging
 * applied a `catalogue-legacy-config` ConfigMap until release 0.3.4 left it out of its step.
 */
const world = createDemoWorld();
const iso = (ms: number) => new Date(Date.UTC(2026, 10, 21) + ms).toISOString();
const project = world.projects.find((entry) => entry.slug === 'catalogue');
const staging = world.environments.find((entry) => entry.slug === 'staging');
const catalogue = world.applications.find(
  (entry) => entry.projectId === project?.id && entry.environmentId === staging?.id,
);
if (!project || !catalogue) throw new Error('catalogue is not deployed to Staging');

function model(change: (app: WorldApplication) => WorldApplication = (app) => app) {
  if (!project || !catalogue) throw new Error('unreachable');
  return new ApplicationModel(world, change(catalogue), project, iso);
}

const withIncidents =
  (...incidents: Incident[]) =>
  (app: WorldApplication) => ({
    ...app,
    incidents: [...app.incidents, ...incidents],
  });

function legacyConfig(nodes: readonly LiveNode[]): LiveNode | undefined {
  return nodes.find((node) => node.kind === 'ConfigMap' && node.name === 'catalogue-legacy-config');
}

function lastRun(subject: ApplicationModel): DeploymentRun {
  const run = subject.runs.at(-1);
  if (!run) throw new Error('no deployment');
  return run;
}

function appliedAt(run: DeploymentRun): number {
  const at = run.steps[0]?.appliedAt;
  if (at === null || at === undefined) throw new Error('the step applied nothing');
  return at;
}

const machineId = catalogue.machineIds[0] ?? 'Machines-3';

describe('an object a later release stops deploying', () => {
  const subject = model();
  const dropping = lastRun(subject);

  it('was applied, In Sync, by the releases before', () => {
    const before = legacyConfig(subject.clusterAt(machineId, appliedAt(dropping) - 1));
    expect(before).toMatchObject({ orphan: null, sync: { status: 'InSync' } });
    expect(dropping.deployment.version).toBe('0.3.4');
  });

  it('stays in the cluster as it was while the release leaving it out runs', () => {
    const during = legacyConfig(subject.clusterAt(machineId, appliedAt(dropping) + 1));
    expect(during?.orphan).toEqual({ orphanedAt: null, deletion: null });
    expect(during?.live?.metadata.labels?.['app.kubernetes.io/version']).toBe('0.3.3');
    expect(during && isOrphaned(during)).toBe(false);
  });

  it('is orphaned when that deployment succeeds, and reported Orphaned', () => {
    const after = legacyConfig(subject.clusterAt(machineId, dropping.completedAt));
    expect(dropping.finalState).toBe('Success');
    expect(after?.orphan).toEqual({ orphanedAt: dropping.completedAt, deletion: null });
    expect(after && nodeSync(after, { kind: 'live' })).toBe('Orphaned');
    // Even where the monitor cannot read the cluster: there is nothing to compare it with.
    expect(after && nodeSync(after, { kind: 'unreachable', message: 'timeout' })).toBe('Orphaned');
    // Everything 0.3.4 applies is not.
    const others = subject
      .clusterAt(machineId, 0)
      .filter((node) => node.name !== 'catalogue-legacy-config');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((node) => node.orphan !== null)).toEqual([]);
  });

  it('is not orphaned while the deployment leaving it out has not succeeded', () => {
    const failing = model((app) => ({
      ...app,
      deployments: app.deployments.map((deployment, index, all) =>
        index === all.length - 1
          ? { ...deployment, podBehaviour: { kind: 'image-pull-backoff' } }
          : deployment,
      ),
    }));
    const run = lastRun(failing);
    expect(run.finalState).not.toBe('Success');
    expect(legacyConfig(failing.clusterAt(machineId, 0))?.orphan).toEqual({
      orphanedAt: null,
      deletion: null,
    });
  });

  it('follows the deletion Octopus runs: Queued, Executing, then gone', () => {
    const deleting = model(
      withIncidents({
        kind: 'orphan-deletion',
        at: -seconds(20),
        objectKind: 'ConfigMap',
        name: 'catalogue-legacy-config',
        startedAt: -seconds(10),
        endedAt: minutes(1),
        outcome: 'Success',
      }),
    );
    const deletionAt = (at: number) => legacyConfig(deleting.clusterAt(machineId, at))?.orphan;
    expect(deletionAt(-seconds(21))?.deletion).toBeNull();
    expect(deletionAt(-seconds(15))?.deletion).toBe('Queued');
    expect(deletionAt(0)?.deletion).toBe('Executing');
    expect(legacyConfig(deleting.clusterAt(machineId, minutes(1)))).toBeUndefined();
  });

  it('stays orphaned after a deletion that failed, and after one that was canceled', () => {
    for (const outcome of ['Failed', 'Canceled'] as const) {
      const failed = model(
        withIncidents({
          kind: 'orphan-deletion',
          at: -minutes(5),
          objectKind: 'ConfigMap',
          name: 'catalogue-legacy-config',
          startedAt: -minutes(5),
          endedAt: -minutes(4),
          outcome,
        }),
      );
      expect(legacyConfig(failed.clusterAt(machineId, 0))?.orphan?.deletion).toBe(outcome);
    }
  });

  it('is gone, not Missing, once someone deletes it by hand', () => {
    const deleted = model(
      withIncidents({
        kind: 'delete',
        at: -minutes(2),
        objectKind: 'ConfigMap',
        name: 'catalogue-legacy-config',
      }),
    );
    expect(legacyConfig(deleted.clusterAt(machineId, -minutes(3)))).toBeDefined();
    expect(legacyConfig(deleted.clusterAt(machineId, 0))).toBeUndefined();
  });
});
