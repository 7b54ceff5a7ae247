import { parseDocument } from 'yaml';
import {
  childPath,
  HIDDEN_SECRET_VALUE,
  hideSecretValues,
  intendedMetadata,
  isObjectManifest,
  isRecord,
  sameScalar,
  SECRET_VALUE_FIELDS,
  storedSecretValues,
} from '../api/contract/applied-fields';

/**
 * What differs between the manifests one object was applied with in two places (two environments,
 * or two tenants): "what will change in Production when I promote Staging". Symmetric, unlike
 * the applied-versus-live rule (`api/contract/applied-fields.ts`), whose ideas it reads manifests
 * by: what the server or tools set (`status`, server-set metadata, tool annotations) is not
 * compared, a field that is not set equals `null`, `{}` and `[]`, a number equals its decimal
 * text, and a Secret's values are compared as the API server stores them and never leave this
 * module (a differing one is reported as `HIDDEN_SECRET_VALUE`, by its key only).
 *
 * Each side's own values are set aside, since they differ by design:
 *
 * - `metadata.namespace`, at any depth (an object's, a `List` item's);
 * - any text value that, on each side, only names that side: its environment's name or slug, its
 *   tenant's, or its namespace, in any case. So `environment: production` against
 *   `environment: staging` (a label, an annotation, a ConfigMap value) is not a difference, while
 *   such a label present on one side only still is.
 *
 * Lists whose elements all have a unique `name` (containers, env, ports, volumes) are matched by
 * name, in any order, and their paths say so: `spec.template.spec.containers[payment].image`.
 * Other lists are compared element by element: `args[2]`.
 */

/** One field whose value is not the same on both sides. */
export interface ManifestFieldDifference {
  /** `spec.replicas`, `spec.template.spec.containers[payment].image`, `data.password`. */
  path: string;
  /** The left side's value: `undefined` when it does not set it; hidden for a Secret's value. */
  left: unknown;
  right: unknown;
  /** Set for a Secret's value: then each side that has it is `HIDDEN_SECRET_VALUE`. */
  secretValue?: true;
}

/** What one side calls itself: its environment's name and slug, its tenant's, when known. */
export interface OwnValues {
  names: readonly (string | null | undefined)[];
}

interface Side {
  /** Lower-cased own values, namespace included. */
  own: ReadonlySet<string>;
}

/** The fields of `left` and `right` that differ once each side's own values are set aside. */
export function compareAppliedManifests(
  left: object,
  right: object,
  own: { left: OwnValues; right: OwnValues },
): ManifestFieldDifference[] {
  const leftFields = isRecord(left) ? left : {};
  const rightFields = isRecord(right) ? right : {};
  const sides: [Side, Side] = [
    { own: ownSet(own.left, leftFields) },
    { own: ownSet(own.right, rightFields) },
  ];
  const differences: ManifestFieldDifference[] = [];
  compareObjects(leftFields, rightFields, '', sides, differences);
  return differences;
}

function ownSet({ names }: OwnValues, manifest: Record<string, unknown>): Set<string> {
  const metadata = manifest.metadata;
  const namespace = isRecord(metadata) ? metadata.namespace : undefined;
  const all = [...names, typeof namespace === 'string' ? namespace : null];
  return new Set(
    all.flatMap((name) => (typeof name === 'string' && name.trim() !== '' ? [lower(name)] : [])),
  );
}

function lower(text: string): string {
  return text.trim().toLowerCase();
}

function isNotSet(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

function isSecret(fields: Record<string, unknown>): boolean {
  return fields.kind === 'Secret';
}

/** An object's fields as its author meant them: no status, no server-set metadata, no namespace. */
function intended(fields: Record<string, unknown>): Record<string, unknown> {
  const secret = isSecret(fields);
  const kept: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field === 'status') continue;
    if (secret && SECRET_VALUE_FIELDS.has(field)) continue;
    if (field === 'metadata') {
      const metadata = intendedMetadata(value);
      if (isRecord(metadata)) {
        const { namespace: _namespace, ...rest } = metadata;
        kept[field] = rest;
        continue;
      }
    }
    kept[field] = value;
  }
  return kept;
}

function compareObjects(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  path: string,
  sides: [Side, Side],
  differences: ManifestFieldDifference[],
): void {
  compareMaps(intended(left), intended(right), path, sides, differences);
  if (isSecret(left) || isSecret(right)) compareSecretValues(left, right, path, differences);
}

function compareMaps(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  path: string,
  sides: [Side, Side],
  differences: ManifestFieldDifference[],
): void {
  const keys = [...Object.keys(left), ...Object.keys(right).filter((key) => !(key in left))];
  for (const key of keys) {
    compareValues(left[key], right[key], childPath(path, key), sides, differences);
  }
}

function compareValues(
  left: unknown,
  right: unknown,
  path: string,
  sides: [Side, Side],
  differences: ManifestFieldDifference[],
): void {
  if (isNotSet(left) && isNotSet(right)) return;
  // A map or a list on one side only is compared with an empty one: each of its fields or
  // elements is named ("metadata.labels.environment: production vs not set").
  const leftList = listOrEmpty(left);
  const rightList = listOrEmpty(right);
  if (leftList && rightList) {
    compareLists(leftList, rightList, path, sides, differences);
    return;
  }
  const leftMap = mapOrEmpty(left);
  const rightMap = mapOrEmpty(right);
  if (leftMap && rightMap) {
    if (!isObjectManifest(leftMap) && !isObjectManifest(rightMap)) {
      compareMaps(leftMap, rightMap, path, sides, differences);
      return;
    }
    // An object inside a manifest (an item of a `List`) is read as an object, its own
    // namespace among its own values; one that only one side has is one difference.
    if (!isNotSet(left) && !isNotSet(right)) {
      const itemSides: [Side, Side] = [
        { own: ownSet({ names: [...sides[0].own] }, leftMap) },
        { own: ownSet({ names: [...sides[1].own] }, rightMap) },
      ];
      compareObjects(leftMap, rightMap, path, itemSides, differences);
      return;
    }
  }
  if (sameScalar(left, right) || sameScalar(right, left)) return;
  if (namesItsSide(left, sides[0]) && namesItsSide(right, sides[1])) return;
  differences.push(whole(path, left, right));
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function listOrEmpty(value: unknown): readonly unknown[] | null {
  if (isList(value)) return value;
  return isNotSet(value) ? [] : null;
}

function mapOrEmpty(value: unknown): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  return isNotSet(value) ? {} : null;
}

/** A difference of whole values (maps and lists shown by their shape), Secrets in them hidden. */
function whole(path: string, left: unknown, right: unknown): ManifestFieldDifference {
  return {
    path,
    left: isNotSet(left) ? undefined : hideSecretValues(left),
    right: isNotSet(right) ? undefined : hideSecretValues(right),
  };
}

function namesItsSide(value: unknown, side: Side): boolean {
  return typeof value === 'string' && side.own.has(lower(value));
}

/** The elements' names, when every element is a map with a `name` of its own. */
function namesOf(list: readonly unknown[]): string[] | null {
  const names: string[] = [];
  for (const element of list) {
    if (!isRecord(element) || typeof element.name !== 'string') return null;
    names.push(element.name);
  }
  return new Set(names).size === names.length ? names : null;
}

/** `[payment]`; a name that is not plain text is quoted: `["my name"]`, `["0"]`. */
function namedElementPath(path: string, name: string): string {
  const plain = /^[A-Za-z_][\w.-]*$/.test(name);
  return `${path}[${plain ? name : JSON.stringify(name)}]`;
}

function compareLists(
  left: readonly unknown[],
  right: readonly unknown[],
  path: string,
  sides: [Side, Side],
  differences: ManifestFieldDifference[],
): void {
  const leftNames = namesOf(left);
  const rightNames = namesOf(right);
  if (leftNames && rightNames) {
    const rightByName = new Map(rightNames.map((name, index) => [name, right[index]]));
    const leftByName = new Map(leftNames.map((name, index) => [name, left[index]]));
    const names = [...leftNames, ...rightNames.filter((name) => !leftByName.has(name))];
    for (const name of names) {
      compareElements(
        leftByName.get(name),
        rightByName.get(name),
        namedElementPath(path, name),
        sides,
        differences,
      );
    }
    return;
  }
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    compareElements(left[index], right[index], `${path}[${String(index)}]`, sides, differences);
  }
}

/** Two elements of a list; one that a side does not have is one difference, shown whole. */
function compareElements(
  left: unknown,
  right: unknown,
  path: string,
  sides: [Side, Side],
  differences: ManifestFieldDifference[],
): void {
  if (left === undefined || right === undefined) {
    if (!isNotSet(left) || !isNotSet(right)) differences.push(whole(path, left, right));
    return;
  }
  compareValues(left, right, path, sides, differences);
}

function compareSecretValues(
  left: Record<string, unknown>,
  right: Record<string, unknown>,
  path: string,
  differences: ManifestFieldDifference[],
): void {
  const leftValues = storedSecretValues(left);
  const rightValues = storedSecretValues(right);
  const keys = [
    ...leftValues.keys(),
    ...[...rightValues.keys()].filter((key) => !leftValues.has(key)),
  ];
  for (const key of keys) {
    const leftValue = leftValues.get(key);
    const rightValue = rightValues.get(key);
    if (leftValue?.encoded === rightValue?.encoded) continue;
    const field = leftValue?.field ?? rightValue?.field ?? 'data';
    differences.push({
      path: childPath(childPath(path, field), key),
      left: leftValue === undefined ? undefined : HIDDEN_SECRET_VALUE,
      right: rightValue === undefined ? undefined : HIDDEN_SECRET_VALUE,
      secretValue: true,
    });
  }
}

/** A manifest's YAML as plain data; null when it is not one readable YAML map. */
export function readManifest(text: string): Record<string, unknown> | null {
  const document = parseDocument(text);
  if (document.errors.length > 0) return null;
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  return isRecord(value) ? value : null;
}

const MAX_SHOWN_LENGTH = 80;

function show(value: unknown): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return `a list of ${String(value.length)}`;
  if (isRecord(value)) return 'a map';
  const plain = typeof value === 'string' && /^\S(.*\S)?$/.test(value) ? value : null;
  const text = plain ?? JSON.stringify(value);
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH - 1)}…` : text;
}

/**
 * How a difference reads, with the sides' names for what one side alone has:
 * "spec.replicas: 2 vs 1", "data.password: value differs", "data.token: only in Staging".
 * A Secret's value is never shown, only whether it differs or where it is set.
 */
export function describeFieldDifference(
  { path, left, right, secretValue }: ManifestFieldDifference,
  names: { left: string; right: string },
): string {
  if (secretValue) {
    if (left === undefined) return `${path}: only in ${names.right}`;
    if (right === undefined) return `${path}: only in ${names.left}`;
    return `${path}: value differs`;
  }
  return `${path}: ${show(left)} vs ${show(right)}`;
}
