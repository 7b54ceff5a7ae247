import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema, liveStatusSummariesSchema } from '../src/api/contract';
import { startHttpServer, type RequestCounts } from './http-server';

/** `npm run mock-server`: the simulation as a real HTTP server, here with an API key. */
describe('the simulated server over HTTP', () => {
  const apiKey = 'API-TEST0KEY';
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

  const get = (path: string, key?: string) =>
    fetch(`${origin}${path}`, { headers: key ? { 'X-Octopus-ApiKey': key } : {} });

  it('answers 401 with an Octopus error to a request without the key, or with a wrong one', async () => {
    for (const key of [undefined, 'API-WRONG']) {
      const response = await get('/api/Spaces-1/dashboard', key);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        ErrorMessage: expect.stringContaining('API key') as unknown,
      });
    }
  });

  it('serves the demo dashboard with every project, environment and tenant', async () => {
    const response = await get('/api/Spaces-1/dashboard', apiKey);
    expect(response.status).toBe(200);
    const dashboard = dashboardSchema.parse(await response.json());
    expect(dashboard.Projects.map((project) => project.Name)).toContain('customer-portal');
    expect(dashboard.Environments.map((environment) => environment.Name)).toEqual([
      'Development',
      'Test',
      'Staging',
      'Production',
    ]);
    expect(dashboard.Tenants.map((tenant) => tenant.Name)).toEqual([
      'Acme Corp',
      'Globex',
      'Initech',
    ]);
    expect(dashboard.Items.length).toBeGreaterThan(40);
  });

  it('computes live status: carts in Production is Degraded', async () => {
    const response = await get(
      '/api/Spaces-1/projects/Projects-2/environments/Environments-4/untenanted/livestatus',
      apiKey,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Summary: { Status: 'Degraded' } });
  });

  it('moves virtual time on request: front-end in Production turns Healthy', async () => {
    const summaries = async () =>
      liveStatusSummariesSchema
        .parse(await (await get('/api/Spaces-1/livestatus/summaries', apiKey)).json())
        .Summaries.find(
          (entry) => entry.ProjectId === 'Projects-1' && entry.EnvironmentId === 'Environments-4',
        );
    expect((await summaries())?.Summary.Status).toBe('Waiting');
    const advanced = await fetch(`${origin}/__simulation/advance?seconds=90`, { method: 'POST' });
    expect(advanced.status).toBe(200);
    expect((await summaries())?.Summary.Status).toBe('Healthy');
  });

  it('answers 404 with an Octopus error for an unknown route or object', async () => {
    const unknownRoute = await get('/api/Spaces-1/nothing-here', apiKey);
    expect(unknownRoute.status).toBe(404);
    const unknownProject = await get(
      '/api/Spaces-1/projects/Projects-99/environments/Environments-4/untenanted/livestatus',
      apiKey,
    );
    expect(unknownProject.status).toBe(404);
    expect(await unknownProject.json()).toMatchObject({
      ErrorMessage: 'Project Projects-99 was not found.',
    });
  });

  it('counts the requests it served, by method and URL, leaving out its own /__simulation/ ones', async () => {
    const counts = async () =>
      (await (await fetch(`${origin}/__simulation/requests`)).json()) as RequestCounts;
    const before = await counts();
    const url = '/api/Spaces-1/dashboard?counted=1';
    await get(url, apiKey);
    await get(url, 'API-WRONG');
    await fetch(`${origin}/__simulation/advance?seconds=0`, { method: 'POST' });
    const after = await counts();
    expect(after.Requests[`GET ${url}`]).toBe(2);
    expect(before.Requests[`GET ${url}`]).toBeUndefined();
    expect(after.Total - before.Total).toBe(2);
    expect(Object.keys(after.Requests).some((key) => key.includes('/__simulation/'))).toBe(false);
  });
});
