import { describe, expect, it } from 'vitest';
import { fillRoutePattern, matchRoutePattern, paths, routePatterns } from './paths';

describe('paths', () => {
  it('builds the dashboard path', () => {
    expect(paths.dashboard()).toBe('/');
  });

  it('builds untenanted and tenanted live status paths', () => {
    expect(paths.applicationLiveStatus({ projectId: 'Projects-1', environmentId: 'Env-2' })).toBe(
      '/projects/Projects-1/environments/Env-2',
    );
    expect(
      paths.applicationLiveStatus({
        projectId: 'Projects-1',
        environmentId: 'Env-2',
        tenantId: null,
      }),
    ).toBe('/projects/Projects-1/environments/Env-2');
    expect(
      paths.applicationLiveStatus({
        projectId: 'Projects-1',
        environmentId: 'Env-2',
        tenantId: 'Tenants-3',
      }),
    ).toBe('/projects/Projects-1/environments/Env-2/tenants/Tenants-3');
  });

  it('builds the deployment path', () => {
    expect(paths.deployment('Deployments-42')).toBe('/deployments/Deployments-42');
  });

  it('encodes every parameter', () => {
    expect(paths.deployment('a/b c?d#e')).toBe('/deployments/a%2Fb%20c%3Fd%23e');
    expect(
      paths.applicationLiveStatus({ projectId: 'p/1', environmentId: 'e 2', tenantId: 't&3' }),
    ).toBe('/projects/p%2F1/environments/e%202/tenants/t%263');
  });

  it('refuses a missing parameter', () => {
    expect(() => paths.deployment('')).toThrow(/deploymentId/);
    expect(() =>
      fillRoutePattern(routePatterns.applicationLiveStatus, { projectId: 'p', environmentId: '' }),
    ).toThrow(/environmentId/);
  });

  it('matches a path against a pattern, decoding what it fills, and reads back what it builds', () => {
    const tenanted = paths.applicationLiveStatus({
      projectId: 'p/1',
      environmentId: 'e 2',
      tenantId: 't&3',
    });
    expect(matchRoutePattern(routePatterns.tenantedApplicationLiveStatus, tenanted)).toEqual({
      projectId: 'p/1',
      environmentId: 'e 2',
      tenantId: 't&3',
    });
    expect(matchRoutePattern(routePatterns.applicationLiveStatus, tenanted)).toBeNull();
    expect(matchRoutePattern(routePatterns.deployment, '/deployments/Deployments-7/')).toEqual({
      deploymentId: 'Deployments-7',
    });
    expect(matchRoutePattern(routePatterns.dashboard, '/')).toEqual({});
    expect(matchRoutePattern(routePatterns.dashboard, '/deployments')).toBeNull();
    expect(matchRoutePattern(routePatterns.deployment, '/releases/Deployments-7')).toBeNull();
    // A malformed escape names nothing.
    expect(matchRoutePattern(routePatterns.deployment, '/deployments/%E0%A4%A')).toBeNull();
  });

  it('builds the comparison path, with its sides and tenants as search parameters', () => {
    expect(paths.environmentCompare({ projectId: 'Projects-5' })).toBe(
      '/projects/Projects-5/compare',
    );
    expect(
      paths.environmentCompare({
        projectId: 'Projects-5',
        left: { environmentId: 'Environments-4' },
        right: { environmentId: 'Environments-3', tenantId: null },
      }),
    ).toBe('/projects/Projects-5/compare?left=Environments-4&right=Environments-3');
    const tenanted = paths.environmentCompare({
      projectId: 'p/1',
      left: { environmentId: 'e 4', tenantId: 'Tenants-3' },
      right: { environmentId: 'e&4', tenantId: 'Tenants-1' },
    });
    expect(tenanted).toBe(
      '/projects/p%2F1/compare?left=e+4&right=e%264&leftTenant=Tenants-3&rightTenant=Tenants-1',
    );
    const url = new URL(tenanted, 'http://localhost');
    expect(matchRoutePattern(routePatterns.environmentCompare, url.pathname)).toEqual({
      projectId: 'p/1',
    });
    expect(url.searchParams.get('right')).toBe('e&4');
  });
});
