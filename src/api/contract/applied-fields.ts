/**
 * Which fields of an applied manifest the live object does not match: the one rule behind both
 * "In Sync" (the simulated server's sync status) and the drawer's "applied fields that differ",
 * so the two can never disagree. Pure: plain objects in (parsed YAML or JSON), paths out.
 *
 * The rule reads a manifest as intent, after the ideas of Argo CD's diff normalisation:
 *
 * - Only what the manifest sets counts. A field only the cluster sets (`status`, defaults such as
 *   `imagePullPolicy`, a label added by hand, a Secret key added by hand) is never a difference.
 * - A map is compared key by key, so it matches a live map with more keys. A list must have the
 *   applied length, and each element is compared the same way.
 * - `null` in the manifest is not part of its intent, whatever the live value: the API server
 *   stores no nulls, so a live value there was defaulted or written by the cluster. An empty map
 *   or list (`{}`, `[]`) equals a live field that is not set (or null): the API server drops
 *   empty values. So the sync status and the drawer never count these as differences.
 * - Metadata the API server writes (`uid`, `resourceVersion`, `managedFields`, ...) and
 *   annotations tools write (`kubectl.kubernetes.io/last-applied-configuration`,
 *   `deployment.kubernetes.io/revision`) are ignored even when a manifest has them (an export).
 * - A number equals its decimal text, as the API server returns quantities (`cpu: 1` comes back
 *   as `"1"`). Nothing else is converted: text never equals a number, `"true"` never equals `true`.
 * - A Secret's values are compared as the API server stores them: `data` as base64 (line breaks
 *   ignored) with `stringData` merged in, UTF-8 encoded, winning over `data`. Its values never
 *   leave this module: a differing value is reported as `HIDDEN_SECRET_VALUE`, at the path it
 *   was applied under (`stringData.password`, `data["tls.key"]`).
 * - A map with `apiVersion` and `kind` inside a manifest (the items of a `List`) is an object
 *   too: compared by the same rules, Secret values hidden.
 *
 * Its helpers (metadata intent, field paths, scalar equality, hiding Secret values) are exported
 * for the comparison of two applied manifests (`src/lib/manifest-comparison.ts`), which reads
 * manifests by the same ideas, symmetrically.
 *
 * Known limits, for want of each kind's schema: zero values (`""`, `0`, `false`) the API server
 * drops for some fields are compared as written, and quantities are not canonicalised (`0.5`
 * applied against `"500m"` live differs).
 *
 * `appliedFieldsView` reads a pair by the same rule, to show it: the live object cut down to what
 * the manifest sets, beside the manifest as the rule reads it, so a line diff of the two shows
 * exactly the differences.
 */

/** One field the applied manifest sets whose live value is not the applied one. */
export interface AppliedFieldDifference {
  /**
   * Where, in the object: `spec.replicas`, `spec.template.spec.containers[0].image`, and for
   * keys that are not plain names, `metadata.labels["app.kubernetes.io/name"]`.
   */
  path: string;
  /** The applied value; `HIDDEN_SECRET_VALUE` for a Secret's value. */
  applied: unknown;
  /** The live value: `undefined` when the cluster does not set it; hidden for a Secret's value. */
  live: unknown;
  /** Set for a Secret's value: then `applied` and `live` (when set) are `HIDDEN_SECRET_VALUE`. */
  secretValue?: true;
}

/** What a Secret's value is reported as, applied and live alike. */
export const HIDDEN_SECRET_VALUE = '(hidden)';

/** Where a Secret holds its values. */
export type SecretValueField = 'data' | 'stringData';

/** A Secret key's value as the API server stores it, and the field it was written in. */
export interface StoredSecretValue {
  field: SecretValueField;
  /** Base64 of the value's bytes, without line breaks. */
  encoded: string;
}

/** Metadata the API server writes: never in a manifest's intent, so never compared. */
const SERVER_SET_METADATA = new Set([
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

/** kubectl's copy of the whole object as applied: a Secret's values included. */
const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Annotations written by tools or controllers rather than by the manifest's author. */
const TOOL_ANNOTATIONS = new Set([LAST_APPLIED_ANNOTATION, 'deployment.kubernetes.io/revision']);

/** The fields of a Secret that hold its values (`data`, `stringData`). */
export const SECRET_VALUE_FIELDS: ReadonlySet<string> = new Set<string>([
  'data',
  'stringData',
] satisfies SecretValueField[]);

/** The fields of `applied` that `live` does not match, in the manifest's order (see above). */
export function appliedFieldDifferences(applied: object, live: object): AppliedFieldDifference[] {
  const differences: AppliedFieldDifference[] = [];
  compareObject(fieldsOf(applied), fieldsOf(live), '', differences);
  return differences;
}

/**
 * A Secret's values as the API server stores them: `data` as base64 without line breaks, with
 * `stringData` (UTF-8, then base64) on top, as it wins on the server. Values that are not text
 * are left out: the API server would not take them.
 */
export function storedSecretValues(secret: object): Map<string, StoredSecretValue> {
  const values = new Map<string, StoredSecretValue>();
  const { data, stringData } = fieldsOf(secret);
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

/** A plain map (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldsOf(value: object): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null;
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

/** A Kubernetes object inside a manifest, such as an item of a `List`. */
export function isObjectManifest(value: Record<string, unknown>): boolean {
  return typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

function compareObject(
  applied: Record<string, unknown>,
  live: Record<string, unknown>,
  path: string,
  differences: AppliedFieldDifference[],
): void {
  const isSecret = applied.kind === 'Secret' || live.kind === 'Secret';
  for (const [field, value] of Object.entries(applied)) {
    if (field === 'status') continue;
    if (isSecret && SECRET_VALUE_FIELDS.has(field)) continue;
    const intended = field === 'metadata' ? intendedMetadata(value) : value;
    compareValue(intended, live[field], childPath(path, field), differences);
  }
  if (isSecret) compareSecretValues(applied, live, path, differences);
}

/** The metadata a manifest's author meant: without what the server or tools set. */
export function intendedMetadata(metadata: unknown): unknown {
  if (!isRecord(metadata)) return metadata;
  const intended: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(metadata)) {
    if (SERVER_SET_METADATA.has(field)) continue;
    if (field === 'annotations' && isRecord(value)) {
      const kept = Object.entries(value).filter(([key]) => !TOOL_ANNOTATIONS.has(key));
      if (kept.length > 0) intended[field] = Object.fromEntries(kept);
      continue;
    }
    intended[field] = value;
  }
  return intended;
}

function compareValue(
  applied: unknown,
  live: unknown,
  path: string,
  differences: AppliedFieldDifference[],
): void {
  if (isUnset(applied)) return;
  if (isEmpty(applied) && isUnset(live)) return;
  if (Array.isArray(applied)) {
    if (!Array.isArray(live) || live.length !== applied.length) {
      differences.push(difference(path, applied, live));
      return;
    }
    applied.forEach((element, index) => {
      compareValue(element, live[index], `${path}[${String(index)}]`, differences);
    });
    return;
  }
  if (isRecord(applied)) {
    if (!isRecord(live)) {
      differences.push(difference(path, applied, live));
      return;
    }
    if (isObjectManifest(applied)) {
      compareObject(applied, live, path, differences);
      return;
    }
    for (const [key, value] of Object.entries(applied)) {
      compareValue(value, live[key], childPath(path, key), differences);
    }
    return;
  }
  if (!sameScalar(applied, live)) differences.push({ path, applied, live });
}

/** A difference between values that may be whole maps or lists: Secrets in them are hidden. */
function difference(path: string, applied: unknown, live: unknown): AppliedFieldDifference {
  return { path, applied: hideSecretValues(applied), live: hideSecretValues(live) };
}

/**
 * A copy of a value with every value of every Secret object in it hidden (a `List`'s items), and
 * kubectl's annotation that copies a Secret whole, values and all.
 */
export function hideSecretValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideSecretValues);
  if (!isRecord(value)) return value;
  const isSecret = isObjectManifest(value) && value.kind === 'Secret';
  return Object.fromEntries(
    Object.entries(value).map(([field, fieldValue]): [string, unknown] => {
      if (isSecret && SECRET_VALUE_FIELDS.has(field)) return [field, hideAll(fieldValue)];
      if (isSecret && field === 'metadata') return [field, withoutCopiedAnnotation(fieldValue)];
      return [field, hideSecretValues(fieldValue)];
    }),
  );
}

/** A Secret's metadata with kubectl's copy of the whole object (values too) hidden. */
function withoutCopiedAnnotation(metadata: unknown): unknown {
  if (!isRecord(metadata) || !isRecord(metadata.annotations)) return metadata;
  const annotations = Object.entries(metadata.annotations).map(
    ([key, value]): [string, unknown] => [
      key,
      key === LAST_APPLIED_ANNOTATION ? HIDDEN_SECRET_VALUE : value,
    ],
  );
  return { ...metadata, annotations: Object.fromEntries(annotations) };
}

function hideAll(values: unknown): unknown {
  if (!isRecord(values)) return HIDDEN_SECRET_VALUE;
  return Object.fromEntries(Object.keys(values).map((key) => [key, HIDDEN_SECRET_VALUE]));
}

/** Equal scalars; a number also equals its text, as the API server writes quantities. */
export function sameScalar(applied: unknown, live: unknown): boolean {
  if (applied === live) return true;
  return typeof applied === 'number' && typeof live === 'string' && String(applied) === live;
}

/** `spec.replicas`, or `metadata.labels["app.kubernetes.io/name"]` for keys that are not names. */
export function childPath(path: string, key: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

function compareSecretValues(
  applied: Record<string, unknown>,
  live: Record<string, unknown>,
  path: string,
  differences: AppliedFieldDifference[],
): void {
  const liveValues = storedSecretValues(live);
  for (const [key, value] of storedSecretValues(applied)) {
    const liveValue = liveValues.get(key);
    if (liveValue?.encoded === value.encoded) continue;
    differences.push({
      path: childPath(childPath(path, value.field), key),
      applied: HIDDEN_SECRET_VALUE,
      live: liveValue === undefined ? undefined : HIDDEN_SECRET_VALUE,
      secretValue: true,
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

/** A Secret's live value that is not the applied one, in `appliedFieldsView`. */
export const CHANGED_SECRET_VALUE = '(hidden, changed)';

/**
 * An applied manifest and its live object, each cut down to what the rule compares: the two are
 * equal exactly when `appliedFieldDifferences` finds nothing, so a line diff of them shows only
 * the fields that drifted.
 */
export interface AppliedFieldsView {
  /**
   * The manifest as the rule reads it: without `status`, server-set metadata, tool annotations
   * and `null`s, and without an empty map or list the cluster does not set either.
   */
  applied: Record<string, unknown>;
  /**
   * The live object with only the fields the manifest sets, in the manifest's order: maps key by
   * key, lists of the applied length element by element. Where a field differs, its live value
   * is kept whole (a list of another length, a value of another shape).
   */
  live: Record<string, unknown>;
}

/**
 * Both sides of `applied` against `live`, read by the rule above (see `AppliedFieldsView`).
 * A Secret's values never leave this module here either: each is `HIDDEN_SECRET_VALUE`, or on the
 * live side `CHANGED_SECRET_VALUE` when it is not the applied one, under the field it was applied
 * in (`stringData` applied against `data` live reads as `stringData` on both sides).
 */
export function appliedFieldsView(applied: object, live: object): AppliedFieldsView {
  return viewObject(fieldsOf(applied), fieldsOf(live));
}

/** One field on each side; a side without the property does not show the field. */
interface Sides {
  applied?: unknown;
  live?: unknown;
}

const NEITHER: Sides = {};

/** Builds a map from fields whose sides may be missing, safe for keys such as `__proto__`. */
class SidesBuilder {
  private readonly applied: [string, unknown][] = [];
  private readonly live: [string, unknown][] = [];

  add(key: string, sides: Sides): void {
    if ('applied' in sides) this.applied.push([key, sides.applied]);
    if ('live' in sides) this.live.push([key, sides.live]);
  }

  build(): { applied: Record<string, unknown>; live: Record<string, unknown> } {
    return { applied: Object.fromEntries(this.applied), live: Object.fromEntries(this.live) };
  }
}

function viewObject(
  applied: Record<string, unknown>,
  live: Record<string, unknown>,
): { applied: Record<string, unknown>; live: Record<string, unknown> } {
  const isSecret = applied.kind === 'Secret' || live.kind === 'Secret';
  const secretValues = isSecret ? secretValuesView(applied, live) : null;
  const sides = new SidesBuilder();
  for (const [field, value] of Object.entries(applied)) {
    if (field === 'status') continue;
    if (secretValues && SECRET_VALUE_FIELDS.has(field)) {
      sides.add(field, secretValues.get(field) ?? NEITHER);
      continue;
    }
    const intended = field === 'metadata' ? intendedMetadata(value) : value;
    const view = viewValue(intended, live[field]);
    // A Secret's metadata shown whole must not carry the annotation that copies its values.
    sides.add(field, isSecret && field === 'metadata' ? withoutCopiedValues(view) : view);
  }
  return sides.build();
}

function viewValue(applied: unknown, live: unknown): Sides {
  if (isUnset(applied)) return NEITHER;
  if (isEmpty(applied) && isUnset(live)) return NEITHER;
  if (Array.isArray(applied)) {
    if (!Array.isArray(live) || live.length !== applied.length) return differing(applied, live);
    // An element neither side shows (`null` applied) stays as `null`, so positions line up.
    const elements = applied.map((element, index) => viewValue(element, live[index]));
    return {
      applied: elements.map((element) => ('applied' in element ? element.applied : null)),
      live: elements.map((element) => ('live' in element ? element.live : null)),
    };
  }
  if (isRecord(applied)) {
    if (!isRecord(live)) return differing(applied, live);
    if (isObjectManifest(applied)) return viewObject(applied, live);
    const sides = new SidesBuilder();
    for (const [key, value] of Object.entries(applied)) sides.add(key, viewValue(value, live[key]));
    return sides.build();
  }
  // The same scalar reads the same on both sides, even when live wrote a number as text.
  if (sameScalar(applied, live)) return { applied, live: applied };
  return differing(applied, live);
}

/** A field that differs: the applied value as the rule reads it, the live one whole. */
function differing(applied: unknown, live: unknown): Sides {
  const sides: Sides = { applied: normalizedApplied(applied) };
  if (live !== undefined) sides.live = hideSecretValues(live);
  return sides;
}

/** A copy of an applied value as the rule reads it, whatever the live object holds. */
function normalizedApplied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((element) => normalizedApplied(element) ?? null);
  if (!isRecord(value)) return value;
  if (isObjectManifest(value)) return viewObject(value, {}).applied;
  const entries: [string, unknown][] = [];
  for (const [key, field] of Object.entries(value)) {
    if (!isUnset(field)) entries.push([key, normalizedApplied(field)]);
  }
  return Object.fromEntries(entries);
}

function withoutCopiedValues(sides: Sides): Sides {
  if (!('live' in sides)) return sides;
  return { ...sides, live: withoutCopiedAnnotation(sides.live) };
}

/**
 * A Secret's `data` and `stringData` on both sides: each key the manifest sets, under the field
 * whose value the API server keeps (`stringData` wins), in the manifest's order; live, whether its
 * stored value is the applied one. A field left with no key shows on neither side.
 */
function secretValuesView(
  applied: Record<string, unknown>,
  live: Record<string, unknown>,
): Map<string, Sides> {
  const appliedValues = storedSecretValues(applied);
  const liveValues = storedSecretValues(live);
  const views = new Map<string, Sides>();
  for (const field of SECRET_VALUE_FIELDS) {
    const values = applied[field];
    if (!isRecord(values)) continue;
    const sides = new SidesBuilder();
    for (const key of Object.keys(values)) {
      const value = appliedValues.get(key);
      if (value?.field !== field) continue;
      const liveValue = liveValues.get(key);
      sides.add(
        key,
        liveValue === undefined
          ? { applied: HIDDEN_SECRET_VALUE }
          : {
              applied: HIDDEN_SECRET_VALUE,
              live:
                liveValue.encoded === value.encoded ? HIDDEN_SECRET_VALUE : CHANGED_SECRET_VALUE,
            },
      );
    }
    const built = sides.build();
    if (Object.keys(built.applied).length > 0) views.set(field, built);
  }
  return views;
}
