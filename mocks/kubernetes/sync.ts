import type { KubeObject } from './types';

/** One field whose live value is not the applied one. */
export interface FieldDifference {
  /** Where, in the object: `spec.replicas`, `spec.template.spec.containers[0].image`. */
  path: string;
  applied: unknown;
  /** `undefined` when the field is not set in the cluster. */
  live: unknown;
}

/** Whether a live object still matches the manifest that was applied. */
export interface ObjectSync {
  status: 'InSync' | 'OutOfSync';
  /** One line for a person; null when in sync. */
  message: string | null;
  differences: FieldDifference[];
}

/** Shown instead of a Secret's values, in differences and messages alike. */
const hidden = '(hidden)';

/** Metadata the API server writes: never in a manifest's intent, so never compared. */
const serverSetMetadata = new Set([
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
  'ownerReferences',
]);

/** Annotations written by tools or controllers rather than by the manifest's author. */
const serverSetAnnotations = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
]);

/**
 * Compares a live object with the manifest applied for it, the way `kubectl diff` reads intent:
 * only the fields the manifest sets count. Fields the server filled in (defaults such as
 * `imagePullPolicy`, `status`, server-set metadata) are not differences. Lists must have the
 * applied length and each element is compared the same way. Secret values never leave this
 * function: a differing Secret key is reported as "(hidden)".
 */
export function compareApplied(desired: KubeObject, live: KubeObject | undefined): ObjectSync {
  if (live === undefined) {
    return {
      status: 'OutOfSync',
      message: 'Object is missing from the cluster',
      differences: [],
    };
  }
  const isSecret = desired.kind === 'Secret';
  const differences: FieldDifference[] = [];
  for (const [field, applied] of Object.entries(desired)) {
    if (field === 'status') continue;
    if (isSecret && (field === 'data' || field === 'stringData')) continue;
    const appliedValue = field === 'metadata' ? intendedMetadata(desired.metadata) : applied;
    compareValue(appliedValue, live[field], field, differences);
  }
  if (isSecret) compareSecretData(desired, live, differences);
  return {
    status: differences.length === 0 ? 'InSync' : 'OutOfSync',
    message: summarise(differences),
    differences,
  };
}

/** The metadata a manifest author meant: without what the server or tools set. */
function intendedMetadata(metadata: KubeObject['metadata']): Record<string, unknown> {
  const intended: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(metadata)) {
    if (!serverSetMetadata.has(field)) intended[field] = value;
  }
  if (metadata.annotations) {
    const annotations = Object.entries(metadata.annotations).filter(
      ([key]) => !serverSetAnnotations.has(key),
    );
    if (annotations.length > 0) intended.annotations = Object.fromEntries(annotations);
    else delete intended.annotations;
  }
  return intended;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null;
}

/** An empty map or list in a manifest means the same as leaving the field out. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

/** Equal scalars; a number also equals its text, as the API server writes quantities (`cpu: 1`). */
function sameScalar(applied: unknown, live: unknown): boolean {
  if (applied === live) return true;
  if (typeof applied === 'number' && typeof live === 'string') return String(applied) === live;
  return false;
}

function compareValue(
  applied: unknown,
  live: unknown,
  path: string,
  differences: FieldDifference[],
): void {
  // A field left out (or null) in the manifest is not part of its intent.
  if (isUnset(applied)) return;
  if (isEmpty(applied) && isUnset(live)) return;
  if (Array.isArray(applied)) {
    if (!Array.isArray(live) || live.length !== applied.length) {
      differences.push({ path, applied, live });
      return;
    }
    applied.forEach((element, index) => {
      compareValue(element, live[index], `${path}[${index}]`, differences);
    });
    return;
  }
  if (isRecord(applied)) {
    if (!isRecord(live)) {
      differences.push({ path, applied, live });
      return;
    }
    for (const [key, value] of Object.entries(applied)) {
      compareValue(value, live[key], childPath(path, key), differences);
    }
    return;
  }
  if (!sameScalar(applied, live)) differences.push({ path, applied, live });
}

/** `spec.replicas`, or `metadata.labels["app.kubernetes.io/name"]` for keys that are not names. */
function childPath(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

// Secrets ----------------------------------------------------------------------------------------

/**
 * A Secret's values as the API server stores them: `data`, base64, with `stringData` merged in
 * (it wins over `data`, as on the server). Each value remembers which field it was written in.
 */
function secretValues(object: KubeObject): Map<string, { field: string; encoded: string }> {
  const values = new Map<string, { field: string; encoded: string }>();
  const { data, stringData } = object;
  if (isRecord(data)) {
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string') values.set(key, { field: 'data', encoded: stripSpace(value) });
    }
  }
  if (isRecord(stringData)) {
    for (const [key, value] of Object.entries(stringData)) {
      if (typeof value === 'string') {
        values.set(key, { field: 'stringData', encoded: toBase64(value) });
      }
    }
  }
  return values;
}

function compareSecretData(
  desired: KubeObject,
  live: KubeObject,
  differences: FieldDifference[],
): void {
  const liveValues = secretValues(live);
  for (const [key, applied] of secretValues(desired)) {
    const liveValue = liveValues.get(key);
    if (liveValue?.encoded === applied.encoded) continue;
    differences.push({
      path: childPath(applied.field, key),
      applied: hidden,
      live: liveValue === undefined ? undefined : hidden,
    });
  }
}

function stripSpace(base64: string): string {
  return base64.replace(/\s+/g, '');
}

/** Base64 of the UTF-8 bytes, in Node and in the browser alike. */
function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Message ----------------------------------------------------------------------------------------

/** `spec.replicas: applied 1, live 3 (and 2 more)`. */
function summarise(differences: FieldDifference[]): string | null {
  const [first] = differences;
  if (first === undefined) return null;
  const line = `${first.path}: applied ${describe(first.applied)}, live ${describe(first.live)}`;
  return differences.length > 1 ? `${line} (and ${differences.length - 1} more)` : line;
}

/** A value for a one-line message: short values in full, long ones by their size. */
function describe(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === hidden) return hidden;
  const json = JSON.stringify(value);
  if (json.length <= 60) return json;
  if (Array.isArray(value)) return `[${count(value.length, 'item')}]`;
  if (isRecord(value)) return `{${count(Object.keys(value).length, 'field')}}`;
  return `${json.slice(0, 57)}...`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
