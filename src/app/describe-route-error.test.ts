import { describe, expect, it } from 'vitest';
import { ApiError, httpErrorMessage } from '../api/api-error';
import { describeRouteError } from './describe-route-error';

describe('describeRouteError', () => {
  it('describes an Error by its class and message', () => {
    expect(describeRouteError(new TypeError('x is undefined'))).toEqual({
      kind: 'TypeError',
      message: 'x is undefined',
      failure: null,
    });
  });

  it('describes a thrown route response by its status', () => {
    const thrown = { status: 404, statusText: 'Not Found', internal: false, data: 'No such page' };
    expect(describeRouteError(thrown)).toEqual({
      kind: 'HTTP 404 Not Found',
      message: 'No such page',
      failure: null,
    });
  });

  it('reads a message from structured response data', () => {
    const thrown = { status: 500, statusText: '', internal: false, data: { message: 'Boom' } };
    expect(describeRouteError(thrown)).toEqual({
      kind: 'HTTP 500',
      message: 'Boom',
      failure: null,
    });
  });

  it('copes with things that are not errors', () => {
    expect(describeRouteError('plain words').message).toBe('plain words');
    expect(describeRouteError(undefined).kind).toBe('Unknown error');
  });
});

describe('describeRouteError: API failures', () => {
  const apiError = (status: number, path: string, serverMessage: string | null = null) =>
    new ApiError({
      kind: 'http',
      status,
      path,
      serverMessage,
      message: httpErrorMessage(status, serverMessage, null),
    });

  it('says a 404 in the words of the thing its request asked for', () => {
    const description = describeRouteError(
      apiError(404, '/api/Spaces-1/environments/Environments-8', 'Environment not found.'),
    );
    expect(description.kind).toBe('HTTP 404');
    expect(description.failure).toMatchObject({
      title: 'Environment not found',
      serverMessage: 'Environment not found.',
      wayOut: { kind: 'dashboard' },
    });
  });

  it('says a 403 is the key’s permission', () => {
    expect(
      describeRouteError(apiError(403, '/api/Spaces-1/deployments/Deployments-7')).failure?.title,
    ).toBe('Not allowed to view this deployment');
  });

  it('has no failure for other statuses, or a path that names no one thing', () => {
    expect(
      describeRouteError(apiError(500, '/api/Spaces-1/projects/Projects-1')).failure,
    ).toBeNull();
    expect(describeRouteError(apiError(404, '/api/Spaces-1/tenants')).failure).toBeNull();
    expect(describeRouteError(new Error('x')).failure).toBeNull();
  });
});
