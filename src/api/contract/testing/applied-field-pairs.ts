/**
 * Applied manifests and live objects made up at random, but the same on every run (a seeded
 * generator): the pairs a property of the applied-fields rule is checked over. A live object is
 * the applied one changed the ways a cluster or a person changes it (defaults, status, server
 * metadata, a value scaled or rotated by hand, a list element more or less, a number written back
 * as text), so about half the pairs differ and half do not.
 */

export interface GeneratedPair {
  applied: Record<string, unknown>;
  live: Record<string, unknown>;
}

/** Every Secret value the pairs use, as written (base64 or plain `stringData`). */
export const GENERATED_SECRET_VALUES = ['hunter2-9f8e', 'rotated-7c6b', 'café-token'];

/** mulberry32: a small, fast generator whose sequence depends only on its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seeded(seed);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  integer(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(values: readonly T[]): T {
    const value = values[this.integer(values.length)];
    if (value === undefined) throw new Error('pick needs at least one value');
    return value;
  }
}

const KEYS = ['a', 'b', 'c', 'name', 'app.kubernetes.io/name', 'tls.key'];
const SCALARS: readonly unknown[] = [
  0,
  1,
  3,
  80,
  'a',
  'b',
  '1',
  '80',
  'true',
  true,
  false,
  null,
  '',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

/** Base64 of the UTF-8 bytes, as the API server stores a Secret's values. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function value(random: Generator, depth: number): unknown {
  const kind = depth <= 0 ? 0 : random.integer(5);
  if (kind <= 1) return random.pick(SCALARS);
  if (kind === 2) {
    const length = random.integer(4);
    return Array.from({ length }, () => value(random, depth - 1));
  }
  if (kind === 3 && random.chance(0.3)) return object(random, depth - 1);
  return map(random, depth - 1);
}

function map(random: Generator, depth: number): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (let count = random.integer(4); count > 0; count--) {
    entries.push([random.pick(KEYS), value(random, depth)]);
  }
  return Object.fromEntries(entries);
}

function secretValues(random: Generator): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (let count = 1 + random.integer(3); count > 0; count--) {
    entries.push([random.pick(KEYS), base64(random.pick(GENERATED_SECRET_VALUES))]);
  }
  return Object.fromEntries(entries);
}

/** A Kubernetes object: a ConfigMap, a Secret, a workload-like spec, or a `List` of objects. */
function object(random: Generator, depth: number): Record<string, unknown> {
  const kind = random.pick(['ConfigMap', 'Secret', 'Deployment', 'List']);
  const metadata: Record<string, unknown> = { name: random.pick(['carts', 'db']) };
  if (random.chance(0.4)) metadata.labels = map(random, 0);
  if (random.chance(0.1)) metadata.uid = 'exported-uid';
  const fields: Record<string, unknown> = { apiVersion: 'v1', kind, metadata };
  if (kind === 'Secret') {
    if (random.chance(0.8)) fields.data = secretValues(random);
    if (random.chance(0.4)) {
      fields.stringData = { [random.pick(KEYS)]: random.pick(GENERATED_SECRET_VALUES) };
    }
    if (random.chance(0.3)) fields.type = 'Opaque';
  } else if (kind === 'List') {
    const length = 1 + random.integer(2);
    fields.items = Array.from({ length }, () => object(random, Math.max(0, depth - 1)));
  } else {
    fields[kind === 'ConfigMap' ? 'data' : 'spec'] = map(random, Math.max(1, depth));
  }
  if (random.chance(0.1)) fields.status = { phase: 'Exported' };
  return fields;
}

/** A scalar as the cluster may give it back: the same, as text, another value, or gone. */
function changedScalar(random: Generator, applied: unknown): unknown {
  if (random.chance(0.6)) return applied;
  if (typeof applied === 'number' && random.chance(0.5)) return String(applied);
  if (random.chance(0.15)) return undefined;
  return random.pick(SCALARS);
}

function changedList(random: Generator, applied: unknown[], depth: number): unknown {
  if (random.chance(0.05)) return map(random, 0);
  const live = applied.map((element) => changed(random, element, depth - 1));
  if (random.chance(0.12)) live.push(value(random, 1));
  if (random.chance(0.08)) live.pop();
  return live;
}

function changedMap(
  random: Generator,
  applied: Record<string, unknown>,
  depth: number,
): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [key, field] of Object.entries(applied)) {
    // The cluster never changes what an object is.
    if (key === 'kind' || key === 'apiVersion') {
      entries.push([key, field]);
      continue;
    }
    if (random.chance(0.05)) continue;
    const live = changed(random, field, depth - 1);
    if (live !== undefined) entries.push([key, live]);
  }
  // Keys only the cluster sets, in front as often as after: the view follows the manifest.
  if (random.chance(0.3)) entries.push(['added', value(random, 1)]);
  if (random.chance(0.2)) entries.unshift(['defaulted', random.pick(SCALARS)]);
  return Object.fromEntries(entries);
}

/** A Secret's values as the cluster keeps them: `stringData` merged into base64 `data`. */
function storedSecret(
  random: Generator,
  applied: Record<string, unknown>,
): Record<string, unknown> {
  const { data: appliedData, stringData, ...fields } = applied;
  const live = changedMap(random, fields, 2);
  const data: Record<string, unknown> = {};
  const written = [appliedData, stringData];
  for (const [index, values] of written.entries()) {
    if (!isRecord(values)) continue;
    for (const [key, text] of Object.entries(values)) {
      if (typeof text !== 'string' || random.chance(0.08)) continue;
      const stored = index === 0 ? text : base64(text);
      data[key] = random.chance(0.12) ? base64(random.pick(GENERATED_SECRET_VALUES)) : stored;
    }
  }
  if (random.chance(0.2)) data['added-by-hand'] = base64(random.pick(GENERATED_SECRET_VALUES));
  return { ...live, data };
}

function changed(random: Generator, applied: unknown, depth: number): unknown {
  if (random.chance(0.35)) return copy(applied);
  if (Array.isArray(applied)) return changedList(random, applied, depth);
  if (isRecord(applied)) {
    if (random.chance(0.04)) return random.pick(SCALARS);
    if (applied.kind === 'Secret') return storedSecret(random, applied);
    return changedMap(random, applied, depth);
  }
  if (applied === null && random.chance(0.5)) return value(random, 1);
  return changedScalar(random, applied);
}

/** What the API server adds to every object it returns. */
function withServerFields(random: Generator, live: Record<string, unknown>) {
  const metadata = isRecord(live.metadata) ? live.metadata : {};
  return {
    ...live,
    metadata: {
      ...metadata,
      uid: '3583e919',
      resourceVersion: String(1 + random.integer(9999)),
      creationTimestamp: '2026-11-08T02:03:33Z',
      managedFields: [{ manager: 'octopus', operation: 'Apply' }],
      annotations: {
        ...(isRecord(metadata.annotations) ? metadata.annotations : {}),
        'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(live),
      },
    },
    status: { observedGeneration: random.integer(5) },
  };
}

/** `count` pairs, the same for the same seed. */
export function generatedPairs(count: number, seed = 20261121): GeneratedPair[] {
  const random = new Generator(seed);
  return Array.from({ length: count }, () => {
    const applied = object(random, 3);
    const live = changed(random, applied, 4);
    const shaped = isRecord(live) ? live : {};
    return { applied, live: random.chance(0.7) ? withServerFields(random, shaped) : shaped };
  });
}
