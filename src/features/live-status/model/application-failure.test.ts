import { describe, expect, it } from 'vitest';
import { ApiError, httpErrorMessage } from '../../../api/api-error';
import { applicationFailure, type ApplicationLookups } from './application-failure';

function httpError(status: number, serverMessage: string | null = null) {
  return new ApiError({
    kind: 'http',
    status,
    path: '/api/x',
    serverMessage,
    message: httpErrorMessage(status, serverMessage, null),
  });
}

const loaded = { error: null, isPending: false };
const loading = { error: null, isPending: true };
const failed = (status: number) => ({ error: httpError(status), isPending: false });
const ids = { projectId: 'Projects-9', environmentId: 'Environments-4', tenantId: 'Tenants-2' };

function lookups(change: Partial<ApplicationLookups>): ApplicationLookups {
  return {
    live: { ...failed(404), hasData: false },
    project: loaded,
    environment: loaded,
    tenant: loaded,
    ...change,
  };
}

const failureOf = (change: Partial<ApplicationLookups>) =>
  applicationFailure(lookups(change), ids, 'carts in Production');

describe('applicationFailure', () => {
  it('names the project when the project request was not found', () => {
    const result = failureOf({ project: failed(404) });
    expect(result).toMatchObject({
      subject: { kind: 'project', id: 'Projects-9' },
      failure: { title: 'Project not found' },
    });
  });

  it('names the environment, not the project, when the environment is the one missing', () => {
    expect(failureOf({ environment: failed(404) })).toMatchObject({
      failure: { title: 'Environment not found' },
    });
  });

  it('names the tenant, and tells a 403 from a 404', () => {
    expect(failureOf({ tenant: failed(403) })).toMatchObject({
      subject: { kind: 'tenant', id: 'Tenants-2' },
      failure: { title: 'Not allowed to view this tenant' },
    });
  });

  it('falls back to the application once the parts have loaded', () => {
    expect(failureOf({})).toMatchObject({
      subject: { kind: 'application', name: 'carts in Production' },
      failure: { title: 'Application not found' },
    });
  });

  it('waits while a part that may explain the live status failure is loading', () => {
    expect(failureOf({ environment: loading })).toBe('pending');
  });

  it('ignores an untenanted application’s tenant request, which never runs', () => {
    expect(
      applicationFailure(lookups({ tenant: null }), { ...ids, tenantId: null }, 'carts'),
    ).toMatchObject({ failure: { title: 'Application not found' } });
  });

  it('is null with live status to show, or for a failure the page retries (500, 401)', () => {
    expect(failureOf({ live: { ...loaded, hasData: true }, project: failed(404) })).toBeNull();
    expect(failureOf({ live: { ...failed(500), hasData: false } })).toBeNull();
    expect(failureOf({ live: { ...failed(401), hasData: false } })).toBeNull();
  });
});
