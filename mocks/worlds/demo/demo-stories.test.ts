import { describe, expect, it } from 'vitest';
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
  if (story.replaceLatest?.outcome) expect(latest?.outcome).toBe(story.replaceLatest.outcome);
  if (story.replaceLatest?.hasWarnings) expect(latest?.hasWarnings).toBe(true);
}

describe('the demo story table', () => {
  it('has the stories the demo shows, for untenanted and tenanted projects alike', () => {
    expect(stories).toHaveLength(15);
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
      expect(app.deployments.every((deployment) => deployment.outcome === 'Success')).toBe(true);
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
