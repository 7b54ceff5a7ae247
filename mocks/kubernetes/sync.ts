import {
  appliedFieldDifferences,
  HIDDEN_SECRET_VALUE,
  type AppliedFieldDifference,
} from '../../src/api/contract';
import type { KubeObject } from './types';

/** One field whose live value is not the applied one (a Secret's value shown as hidden). */
export type FieldDifference = AppliedFieldDifference;

/** Whether a live object still matches the manifest that was applied. */
export interface ObjectSync {
  status: 'InSync' | 'OutOfSync';
  /** One line for a person; null when in sync. */
  message: string | null;
  differences: FieldDifference[];
}

/**
 * Compares a live object with the manifest applied for it by the contract's one rule
 * (`appliedFieldDifferences`): only the fields the manifest sets count, so defaults, `status`
 * and server-set metadata are not differences, and a Secret's values are never in the result.
 * The drawer's "applied fields that differ" reads the same rule, so In Sync here means it lists
 * none. An object missing from the cluster is out of sync with no field differences.
 */
export function compareApplied(desired: KubeObject, live: KubeObject | undefined): ObjectSync {
  if (live === undefined) {
    return {
      status: 'OutOfSync',
      message: 'Object is missing from the cluster',
      differences: [],
    };
  }
  const differences = appliedFieldDifferences(desired, live);
  return {
    status: differences.length === 0 ? 'InSync' : 'OutOfSync',
    message: summarise(differences),
    differences,
  };
}

// Message ----------------------------------------------------------------------------------------

/** `spec.replicas: applied 1, live 3 (and 2 more)`. */
function summarise(differences: FieldDifference[]): string | null {
  const [first] = differences;
  if (first === undefined) return null;
  const shown = (value: unknown) =>
    first.secretValue && value !== undefined ? HIDDEN_SECRET_VALUE : describe(value);
  const line = `${first.path}: applied ${shown(first.applied)}, live ${shown(first.live)}`;
  return differences.length > 1 ? `${line} (and ${differences.length - 1} more)` : line;
}

/** A value for a one-line message: short values in full, long ones by their size. */
function describe(value: unknown): string {
  if (value === undefined) return '(not set)';
  const json = JSON.stringify(value);
  if (json.length <= 60) return json;
  if (Array.isArray(value)) return `[${count(value.length, 'item')}]`;
  if (isRecord(value)) return `{${count(Object.keys(value).length, 'field')}}`;
  return `${json.slice(0, 57)}...`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
