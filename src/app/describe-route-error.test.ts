import { describe, expect, it } from 'vitest';
import { describeRouteError } from './describe-route-error';

describe('describeRouteError', () => {
  it('describes an Error by its class and message', () => {
    expect(describeRouteError(new TypeError('x is undefined'))).toEqual({
      kind: 'TypeError',
      message: 'x is undefined',
    });
  });

  it('describes a thrown route response by its status', () => {
    const thrown = { status: 404, statusText: 'Not Found', internal: false, data: 'No such page' };
    expect(describeRouteError(thrown)).toEqual({
      kind: 'HTTP 404 Not Found',
      message: 'No such page',
    });
  });

  it('reads a message from structured response data', () => {
    const thrown = { status: 500, statusText: '', internal: false, data: { message: 'Boom' } };
    expect(describeRouteError(thrown)).toEqual({ kind: 'HTTP 500', message: 'Boom' });
  });

  it('copes with things that are not errors', () => {
    expect(describeRouteError('plain words').message).toBe('plain words');
    expect(describeRouteError(undefined).kind).toBe('Unknown error');
  });
});
