import { describe, expect, it } from 'vitest';
import { formatObjectRef, objectSearch, parseObjectRef } from './object-search-param';

describe('the object search parameter', () => {
  it('round-trips a machine and resource id', () => {
    const ref = { machineId: 'Machines-4', resourceId: '9f9b6450-9b71' };
    expect(formatObjectRef(ref)).toBe('Machines-4:9f9b6450-9b71');
    expect(parseObjectRef(formatObjectRef(ref))).toEqual(ref);
  });

  it('reads nothing from a missing or malformed value', () => {
    expect(parseObjectRef(null)).toBeNull();
    expect(parseObjectRef('')).toBeNull();
    expect(parseObjectRef('Machines-4')).toBeNull();
    expect(parseObjectRef(':abc')).toBeNull();
    expect(parseObjectRef('Machines-4:')).toBeNull();
  });

  it('sets or removes the parameter, keeping the others', () => {
    const ref = { machineId: 'M-1', resourceId: 'r' };
    expect(objectSearch('q=carts', ref)).toBe('?q=carts&object=M-1%3Ar');
    expect(objectSearch('q=carts&object=M-1%3Ar', null)).toBe('?q=carts');
    expect(objectSearch('object=M-1%3Ar', null)).toBe('');
  });
});
