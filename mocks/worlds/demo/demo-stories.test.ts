import { describe, expect, it } from 'vitest';
import { ApplicationModel } from '../../engine/application-state';
import { planDeployment } from '../../engine/timeline';
import type { World, WorldApplication } from '../world';
import {
  createDemoWorld,
  demoStories,
  neverDeployed,
  tenantStories,
  type Story,
} from './demo-world';

/**
 * The demo story is a table typed by the world's own slugs, so a story for a project, environment
 * or tenant that does not exist does not compile. These check the rest: that every story lands on
 * an application the world has (not on a cell never deployed, or a tenant not connected there),
 * and changes it as it says.
 */
const world = createDemoWorld();

function applicationOf(world: World, project: string, environment: string, tenant?: string) {
  const projectId = world.projects.find((entry) => entry.slug === project)?.id;
  const environmentId = world.environments.find((entry) => entry.slug === environment)?.id;
  const tenantId =
    tenant === undefined ? null : world.tenants.find((entry) => entry.slug === tenant)?.id;
  expect(projectId, project).toBeDefined();
  expect(environmentId, environment).toBeDefined();
  expect(tenantId, tenant).toBeDefined();
  return world.applications.find(
    (app) =>
      app.projectId === projectId &&
      app.environmentId === environmentId &&
      app.tenantId === tenantId,
  );
}

/** Every story in both tables, with where it should land. */
const stories: {
  where: string;
  story: Story;
  project: string;
  environment: string;
  tenant?: string;
}[] = [
  ...Object.entries(demoStories).flatMap(([project, byEnvironment]) =>
    Object.entries(byEnvironment).map(([environment, story]) => ({
      where: `${project} in ${environment}`,
      story,
      project,
      environment,
    })),
  ),
  ...Object.entries(tenantStories).flatMap(([project, byEnvironment]) =>
    Object.entries(byEnvironment).flatMap(([environment, byTenant]) =>
      Object.entries(byTenant).map(([tenant, story]) => ({
        where: `${project} in ${environment} for ${tenant}`,
        story,
        project,
        environment,
        tenant,
      })),
    ),
  ),
];

function landed(app: WorldApplication, story: Story) {
  const latest = app.deployments.at(-1);
  if (story.machineIds) {
    expect(app.machineIds).toEqual(story.machineIds);
    // A target it names is one of its environment's.
    for (const id of story.machineIds) {
      const machine = world.machines.find((entry) => entry.id === id);
      expect(machine?.environmentId, id).toBe(app.environmentId);
    }
  }
  expect(app.incidents).toEqual(story.incidents ?? []);
  if (story.extraDeployment) {
    expect(latest?.queuedAt).toBe(story.extraDeployment.queuedAt);
    expect(latest?.startedAt).toBe(story.extraDeployment.startedAt ?? latest?.startedAt);
  }
  if (story.replaceLatest) {
    const { releaseIndex: _release, ...fields } = story.replaceLatest;
    expect(latest).toMatchObject(fields);
  }
  if (story.cancelLatestAfter !== undefined)
    expect(latest?.canceledAt).toBe((latest?.startedAt ?? 0) + story.cancelLatestAfter);
  else expect(latest?.canceledAt).toBeNull();
}

describe('the demo story table', () => {
  it('has the stories the demo shows, for untenanted and tenanted projects alike', () => {
    expect(stories).toHaveLength(14);
    expect(stories.filter((entry) => entry.tenant !== undefined)).toHaveLength(2);
  });

  it.each(stories)('lands $where on an application of the world, as it says', (entry) => {
    const app = applicationOf(world, entry.project, entry.environment, entry.tenant);
    expect(app, entry.where).toBeDefined();
    if (app) landed(app, entry.story);
  });

  it('leaves every other application to its routine history, on its environment’s target', () => {
    const storied = new Set(
      stories.map((entry) => applicationOf(world, entry.project, entry.environment, entry.tenant)),
    );
    const routine = world.applications.filter((app) => !storied.has(app));
    expect(routine.length).toBeGreaterThan(30);
    for (const app of routine) {
      const machine = world.machines.find((entry) => entry.id === app.machineIds[0]);
      expect(machine?.environmentId, app.key).toBe(app.environmentId);
      expect(app.incidents, app.key).toEqual([]);
      expect(app.deployments.every((deployment) => deployment.canceledAt === null)).toBe(true);
    }
  });

  it('never deploys the cells it says, which the world would otherwise have', () => {
    for (const [project, environments] of Object.entries(neverDeployed)) {
      for (const environment of environments) {
        expect(applicationOf(world, project, environment), `${project} in ${environment}`).toBe(
          undefined,
        );
        const deployedElsewhere = world.environments
          .filter((entry) => entry.slug !== environment)
          .some((entry) => applicationOf(world, project, entry.slug) !== undefined);
        expect(deployedElsewhere, project).toBe(true);
      }
    }
  });
});

describe('the outcomes the story simulates rather than writes down', () => {
  /** The latest deployment of an application, as planned, and as it would have run untouched. */
  function latestRun(project: string, environment: string) {
    const app = applicationOf(world, project, environment);
    const owner = world.projects.find((entry) => entry.id === app?.projectId);
    if (!app || !owner) throw new Error(`No ${project} in ${environment}`);
    const model = new ApplicationModel(world, app, owner, String);
    const run = model.runs.at(-1);
    if (!run) throw new Error(`${project} in ${environment} was never deployed`);
    const untouched = planDeployment(
      owner.slug,
      owner.steps,
      { ...run.deployment, canceledAt: null },
      model.clusterInput.manifestContext(run.deployment.version),
      model.runs.slice(0, -1),
    );
    return { run, untouched };
  }

  it('orders in Development: canceled during its deploy step, after the apply, before ready', () => {
    const { run, untouched } = latestRun('orders', 'development');
    const [deploy, notify] = run.steps;
    expect(run.finalState).toBe('Canceled');
    expect(deploy).toMatchObject({ outcome: 'Canceled', readyAt: null });
    expect(notify?.outcome).toBe('Canceled');
    const canceledAt = deploy?.canceledAt ?? Number.NaN;
    expect(deploy?.appliedAt).toBeLessThan(canceledAt);
    expect(untouched.steps[0]?.readyAt).toBeGreaterThan(canceledAt);
    expect(untouched.finalState).toBe('Success');
  });

  it('catalogue in Test: its step times out with its Pods still starting, Ready soon after', () => {
    const { run } = latestRun('catalogue', 'test');
    expect(run.finalState).toBe('TimedOut');
    expect(run.steps.map((step) => step.outcome)).toEqual(['TimedOut', 'Skipped']);
    const deadline = (run.steps[0]?.startedAt ?? 0) + 180_000;
    expect(run.steps[0]?.failedAt).toBe(deadline);
    // Without the timeout, the same rollout would have succeeded a minute later.
    const owner = world.projects.find((entry) => entry.slug === 'catalogue');
    const step = owner?.steps[0];
    if (!owner || !step) throw new Error('No catalogue process');
    const patient = planDeployment(
      owner.slug,
      [{ ...step, timeoutSeconds: null }],
      run.deployment,
      { environment: 'test', namespace: 'sock-shop-test', tenant: null },
    );
    expect(patient.steps[0]?.outcome).toBe('Success');
    expect(patient.steps[0]?.readyAt).toBe(deadline + 62_000);
  });
});
