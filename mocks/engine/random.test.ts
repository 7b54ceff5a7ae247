import { describe, expect, it } from 'vitest';
import { createRandom, hashString, nameSuffix, randomFor, uidFor } from './random';

describe('the simulation’s randomness: a function of the seed and the names, nothing else', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const take = (random: () => number) => Array.from({ length: 5 }, random);
    const first = take(createRandom(7));
    expect(take(createRandom(7))).toEqual(first);
    expect(take(createRandom(8))).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('names its streams: the same names give the same stream, other names another', () => {
    expect(randomFor(1, 'carts', 'Production')()).toBe(randomFor(1, 'carts', 'Production')());
    expect(randomFor(1, 'carts', 'Production')()).not.toBe(randomFor(1, 'carts', 'Staging')());
    expect(hashString('carts')).toBe(hashString('carts'));
    expect(hashString('carts')).not.toBe(hashString('cart'));
  });

  it('makes Kubernetes-shaped uids and name suffixes, stable for the same names', () => {
    const uid = uidFor(1, 'Deployment', 'carts');
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uidFor(1, 'Deployment', 'carts')).toBe(uid);
    expect(uidFor(2, 'Deployment', 'carts')).not.toBe(uid);
    const suffix = nameSuffix(5, 'carts', 'pod');
    // Kubernetes' generated names avoid vowels and look-alike characters.
    expect(suffix).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(nameSuffix(5, 'carts', 'pod')).toBe(suffix);
  });
});
