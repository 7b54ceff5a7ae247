import { parseDocument } from 'yaml';
import {
  appliedFieldDifferences,
  type AppliedFieldDifference,
} from '../../../api/contract/applied-fields';

/** One applied field whose live value is not the applied one. */
export interface FieldDifference {
  /** `spec.replicas`, `spec.template.spec.containers[0].image`, `data["tls.key"]`. */
  path: string;
  /** How it reads in a summary: `applied 1, live 3`, `not in the cluster`, `value changed`. */
  detail: string;
}

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

/** A Secret's value is never shown: only whether it changed or is gone. */
function detailOf({ applied, live, secretValue }: AppliedFieldDifference): string {
  if (secretValue) return live === undefined ? 'not in the cluster' : 'value changed';
  return `applied ${show(applied)}, live ${show(live)}`;
}

/** An alias inside its own anchor (`a: &x {b: *x}`) makes a value that contains itself. */
function containsItself(value: unknown, ancestors = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  const found = children.some((child) => containsItself(child, ancestors));
  ancestors.delete(value);
  return found;
}

/**
 * One manifest (YAML or JSON) as a plain object; null when it is not one object (not YAML,
 * several documents), has more aliases than a manifest needs (a billion laughs) or contains
 * itself: a Kubernetes object is a tree, and the rule walks it as one.
 */
export function parseManifest(text: string): Record<string, unknown> | null {
  const document = parseDocument(text);
  if (document.errors.length > 0) return null;
  try {
    const plain: unknown = document.toJS({ maxAliasCount: 100 });
    return isRecord(plain) && !containsItself(plain) ? plain : null;
  } catch {
    return null;
  }
}

/**
 * What differs between an applied manifest and the live object, both parsed, by the contract's
 * one rule (`appliedFieldDifferences`, the same rule as the sync status): only fields the
 * manifest sets count; what Kubernetes fills in (status, defaults, server-set metadata) does not.
 * Give it the manifests as the server sent them, Secret values and all: the rule compares them
 * as stored and reports a differing one by its key only ("value changed"), never its value.
 */
export function fieldDifferences(
  applied: Record<string, unknown>,
  live: Record<string, unknown>,
): FieldDifference[] {
  return appliedFieldDifferences(applied, live).map((difference) => ({
    path: difference.path,
    detail: detailOf(difference),
  }));
}

/** `fieldDifferences` of two manifests as text; null when either side cannot be parsed. */
export function manifestDifferences(desired: string, live: string): FieldDifference[] | null {
  const applied = parseManifest(desired);
  const current = parseManifest(live);
  if (applied === null || current === null) return null;
  return fieldDifferences(applied, current);
}

const SHOWN_DIFFERENCES = 3;

/** One line for the top of the diff: "1 applied field differs: spec.replicas (applied 1, live 3)". */
export function summarizeDifferences(differences: readonly FieldDifference[] | null): string {
  if (differences === null) {
    return 'The manifests could not be compared field by field; the diff below shows every line.';
  }
  if (differences.length === 0) {
    return 'Every applied field matches the live object: nothing has drifted.';
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
