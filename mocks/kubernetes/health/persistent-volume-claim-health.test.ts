import { describe, expect, it } from 'vitest';
import { ordersDbClaim } from '../testing/fixtures';
import { objectHealth } from '../health';

describe('core/PersistentVolumeClaim', () => {
  it.each([
    ['Bound', 'Healthy'],
    ['Pending', 'Progressing'],
    ['Lost', 'Degraded'],
    [undefined, 'Unknown'],
  ] as const)('is %s -> %s for a PersistentVolumeClaim', (phase, status) => {
    expect(objectHealth(ordersDbClaim(phase))).toEqual({ status, message: null });
  });

  it('is Unknown with the field when the phase is not text', () => {
    const result = objectHealth({ ...ordersDbClaim('Bound'), status: { phase: 1 } });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured PersistentVolumeClaim to typed: status.phase: ',
    );
  });
});
