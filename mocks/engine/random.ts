/**
 * Deterministic randomness: everything the simulation varies comes from a seed through these
 * functions, never from Math.random, so a world is the same on every run.
 */

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG for one named thing in a seeded world: the same name always gives the same sequence. */
export function randomFor(seed: number, ...names: readonly string[]): () => number {
  return createRandom(hashString(`${String(seed)}:${names.join('/')}`));
}

const hex = (value: number, length: number) =>
  value.toString(16).padStart(length, '0').slice(-length);

/** A stable RFC 4122-shaped UID for a named object. */
export function uidFor(seed: number, ...names: readonly string[]): string {
  const key = `${String(seed)}:${names.join('/')}`;
  const a = hashString(key);
  const b = hashString(`${key}#b`);
  const c = hashString(`${key}#c`);
  const d = hashString(`${key}#d`);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${hex((c & 0x3fff) | 0x8000, 4)}-${hex(c >>> 16, 4)}${hex(d, 8)}`;
}

const podSuffixAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** Kubernetes-style generated suffixes: "7d4b9c8f6" for ReplicaSets, "x2x9p" for Pods. */
export function nameSuffix(length: number, ...names: readonly string[]): string {
  const random = createRandom(hashString(names.join('/')));
  let suffix = '';
  for (let index = 0; index < length; index++) {
    suffix += podSuffixAlphabet[Math.floor(random() * podSuffixAlphabet.length)] ?? 'x';
  }
  return suffix;
}
