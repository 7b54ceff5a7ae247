import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSchema, liveStatusSummariesSchema } from '../../src/api/contract';
import { acceptsGzip, startHttpServer, type RequestCounts } from './http-server';

/** A GET with exactly these headers (fetch would ask for gzip and unpack it unseen). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = httpRequest(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    },
  );
}

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

  it('gzips JSON for a client that accepts gzip, and only then', async () => {
    const path = '/api/Spaces-1/dashboard';
    const plain = await rawGet(`${origin}${path}`, { 'X-Octopus-ApiKey': apiKey });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected: unknown = JSON.parse(plain.body.toString('utf8'));

    const gzipped = await rawGet(`${origin}${path}`, {
      'X-Octopus-ApiKey': apiKey,
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gzipped.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(expected);

    // Errors are JSON too.
    const unauthorized = await rawGet(`${origin}${path}`, { 'Accept-Encoding': 'gzip' });
    expect(unauthorized.status).toBe(401);
    expect(JSON.parse(gunzipSync(unauthorized.body).toString('utf8'))).toMatchObject({
      ErrorMessage: expect.stringContaining('API key') as unknown,
    });

    const refused = await rawGet(`${origin}${path}`, {
      'X-Octopus-ApiKey': apiKey,
      'Accept-Encoding': 'gzip;q=0, identity',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString('utf8'))).toEqual(expected);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['deflate, gzip;q=0.5', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['br, deflate', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%s: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('the large world over HTTP, at a quarter of its size', () => {
  let origin = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const { server } = await startHttpServer({ port: 0, world: 'large', scale: 0.25 });
    origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
  });

  it('has 125 projects and a fleet of 250 Deployments (1,250 objects)', async () => {
    const dashboard = dashboardSchema.parse(
      await (await fetch(`${origin}/api/Spaces-1/dashboard`)).json(),
    );
    expect(dashboard.Projects).toHaveLength(125);
    const fleet = (await (
      await fetch(
        `${origin}/api/Spaces-1/projects/Projects-1/environments/Environments-8/untenanted/livestatus`,
      )
    ).json()) as { MachineStatuses: { Resources: { Kind: string }[] }[] };
    const deployments = fleet.MachineStatuses.flatMap((machine) => machine.Resources);
    expect(deployments).toHaveLength(250);
    expect(new Set(deployments.map((resource) => resource.Kind))).toEqual(new Set(['Deployment']));
  });
});
