import { describe, expect, it } from 'vitest';
import { objectStep } from '../testing/step-fixtures';
import { findStepObject, formatObjectParam, parseObjectParam } from './object-param';

describe('object parameter', () => {
  it('round-trips a step action and an object uuid', () => {
    const ref = { actionId: 'front-end-deploy', uuid: '9f9b6450-9b71' };
    expect(formatObjectParam(ref)).toBe('front-end-deploy:9f9b6450-9b71');
    expect(parseObjectParam('front-end-deploy:9f9b6450-9b71')).toEqual(ref);
  });

  it('refuses what is not of the form action:uuid', () => {
    for (const value of [null, '', 'no-colon', ':uuid', 'action:']) {
      expect(parseObjectParam(value)).toBeNull();
    }
  });

  it('finds the top-level object a ref points at, and only those', () => {
    const status = { Steps: [objectStep()] };
    expect(
      findStepObject(status, { actionId: 'front-end-deploy', uuid: 'uuid-service' })?.object.Kind,
    ).toBe('Service');
    expect(findStepObject(status, { actionId: 'front-end-deploy', uuid: 'uuid-rs' })).toBeNull();
    expect(findStepObject(status, { actionId: 'other', uuid: 'uuid-service' })).toBeNull();
    expect(findStepObject(undefined, { actionId: 'a', uuid: 'b' })).toBeNull();
  });
});
