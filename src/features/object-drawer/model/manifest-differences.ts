import { parseDocument } from 'yaml';
import type { SecretKeyChange } from './mask-secrets';

/** One applied field whose live value is not the applied one. */
export interface FieldDifference {
  /** `spec.replicas`, `spec.template.spec.containers[0].image`, `data.password`. */
  path: string;
  /** How it reads in a summary: `applied 1, live 3`, `not in the cluster`, `value changed`. */
  detail: string;
}

/** Metadata the API server writes: never part of what was applied, so never compared. */
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

/** Annotations written by tools and controllers, not by the manifest's author. */
const TOOL_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
]);

const MAX_VALUE_LENGTH = 40;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return `a list of ${String(value.length)}`;
  if (isRecord(value)) return 'a map';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** `"3"` and `3`: Kubernetes normalizes some scalars (quantities, ports) to the other form. */
function sameScalar(applied: unknown, live: unknown): boolean {
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : null;
  const appliedText = text(applied);
  return appliedText !== null && appliedText === text(live);
}

function compare(applied: unknown, live: unknown, path: string, out: FieldDifference[]): void {
  if (isRecord(applied)) {
    if (!isRecord(live)) {
      out.push({ path, detail: `applied ${show(applied)}, live ${show(live)}` });
      return;
    }
    for (const [key, value] of Object.entries(applied)) {
      compare(value, live[key], path === '' ? key : `${path}.${key}`, out);
    }
    return;
  }
  if (Array.isArray(applied)) {
    if (!Array.isArray(live) || live.length !== applied.length) {
      out.push({ path, detail: `applied ${show(applied)}, live ${show(live)}` });
      return;
    }
    applied.forEach((value, index) => {
      compare(value, live[index], `${path}[${String(index)}]`, out);
    });
    return;
  }
  // Scalars: `"3"` applied and `3` live is how Kubernetes normalizes some fields: equal.
  if (applied === live) return;
  if (sameScalar(applied, live)) return;
  out.push({ path, detail: `applied ${show(applied)}, live ${show(live)}` });
}

function intendedMetadata(metadata: unknown): unknown {
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

function toPlain(text: string): unknown {
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  return document.toJS({ maxAliasCount: 100 }) as unknown;
}

const SECRET_CHANGE_DETAIL: Record<SecretKeyChange['change'], string> = {
  changed: 'value changed',
  added: 'only in the cluster',
  removed: 'not in the cluster',
};

/**
 * What differs between an applied manifest and the live object, read the way `kubectl diff`
 * reads intent: only fields the manifest sets count; what Kubernetes fills in (status, defaults,
 * server-set metadata) does not. Secret values are never compared here: their changes come from
 * the masking step (`secretChanges`), without values. Null when either side cannot be parsed.
 */
export function manifestDifferences(
  desired: string,
  live: string,
  secretChanges: readonly SecretKeyChange[] = [],
): FieldDifference[] | null {
  const applied = toPlain(desired);
  const current = toPlain(live);
  if (!isRecord(applied) || !isRecord(current)) return null;
  const isSecret = applied.kind === 'Secret';
  const out: FieldDifference[] = [];
  for (const [field, value] of Object.entries(applied)) {
    if (field === 'status') continue;
    if (isSecret && (field === 'data' || field === 'stringData')) continue;
    compare(field === 'metadata' ? intendedMetadata(value) : value, current[field], field, out);
  }
  for (const change of secretChanges) {
    out.push({ path: `data.${change.key}`, detail: SECRET_CHANGE_DETAIL[change.change] });
  }
  return out;
}

const SHOWN_DIFFERENCES = 3;

/** One line for the top of the diff: "1 applied field differs: spec.replicas (applied 1, live 3)". */
export function summarizeDifferences(differences: readonly FieldDifference[] | null): string {
  if (differences === null) {
    return 'The manifests could not be compared field by field; the diff below shows every line.';
  }
  if (differences.length === 0) {
    return 'Every applied field matches the live object; other differences are fields Kubernetes sets itself (status, defaults).';
  }
  const shown = differences
    .slice(0, SHOWN_DIFFERENCES)
    .map((difference) => `${difference.path} (${difference.detail})`);
  const more = differences.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${String(more)} more` : shown.join(', ');
  const count =
    differences.length === 1
      ? '1 applied field differs'
      : `${String(differences.length)} applied fields differ`;
  return `${count}: ${list}.`;
}
