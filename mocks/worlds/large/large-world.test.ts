import { describe, expect, it } from 'vitest';
import { createLargeWorld, scaled, specialProjects } from './large-world';

describe('the large world', () => {
  const world = createLargeWorld(7, { scale: 0.05 });
  const specials = Object.entries(specialProjects);

  it('sizes itself by the scale, never below one', () => {
    expect(world.projects).toHaveLength(25);
    expect(scaled(500, 0.0001)).toBe(1);
    expect(scaled(1000, 0.25)).toBe(250);
  });

  it('lists its heavy projects first, in the order of their table', () => {
    expect(world.projects.slice(0, specials.length).map((project) => project.name)).toEqual(
      specials.map(([name]) => name),
    );
  });

  it.each(specials)('deploys %s to its home environment only', (name, special) => {
    const project = world.projects.find((entry) => entry.name === name);
    const home = world.environments.find((entry) => entry.name === special.home);
    const applications = world.applications.filter((app) => app.projectId === project?.id);
    expect(home, special.home).toBeDefined();
    expect(applications.map((app) => app.environmentId)).toEqual([home?.id]);
    const latest = applications[0]?.deployments.at(-1);
    if (special.extraDeployment) {
      expect(latest?.queuedAt).toBe(special.extraDeployment.queuedAt);
      expect(latest?.podBootSeconds).toBe(special.extraDeployment.podBootSeconds);
    }
  });

  it('deploys the other projects everywhere but a few gaps', () => {
    const routine = world.projects.slice(specials.length);
    const cells = routine.length * world.environments.length;
    const deployed = world.applications.filter((app) =>
      routine.some((project) => project.id === app.projectId),
    );
    expect(deployed.length).toBeLessThan(cells);
    expect(deployed.length).toBeGreaterThan(cells * 0.9);
  });
});
