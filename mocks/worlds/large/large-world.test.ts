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

  it.each(specials)('deploys %s to its own environments only', (name, special) => {
    const project = world.projects.find((entry) => entry.name === name);
    const homes = [special.home, ...(special.alsoIn ?? [])].map(
      (home) => world.environments.find((entry) => entry.name === home)?.id,
    );
    const applications = world.applications.filter((app) => app.projectId === project?.id);
    expect(homes.every((id) => id !== undefined)).toBe(true);
    expect(applications.map((app) => app.environmentId)).toEqual(homes);
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

  it('deploys the fleet to Production EU and Production US, a release apart, to compare them', () => {
    const fleet = world.projects.find((entry) => entry.name === 'fleet-controller');
    const [europe, america] = world.applications.filter((app) => app.projectId === fleet?.id);
    const names = [europe, america].map(
      (app) => world.environments.find((entry) => entry.id === app?.environmentId)?.name,
    );
    expect(names).toEqual(['Production EU', 'Production US']);
    const release = (app: typeof europe) =>
      world.releases.find((entry) => entry.id === app?.deployments.at(-1)?.releaseId)?.version;
    expect(release(europe)).not.toBe(release(america));
  });
});
