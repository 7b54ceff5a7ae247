import { errorKind } from '../../../api/api-error';
import type { ResourceManifest } from '../../../api/contract';
import { describeFailure } from '../../../api/describe-failure';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { formatObjectRef, type ObjectRef } from '../../../config/object-search-param';
import {
  compareAppliedManifests,
  readManifest,
  type ManifestFieldDifference,
  type OwnValues,
} from '../../../lib/manifest-comparison';
import type { Settled } from './background-queue';
import type { ComparedObject, ManifestComparison } from './comparison-rows';

export type SideName = 'left' | 'right';

/** What comparing one object's applied manifests on two sides found. */
export type ManifestPairOutcome =
  | { status: 'same' }
  | { status: 'differ'; differences: ManifestFieldDifference[] }
  /** The server sent no applied manifest for the object on that side. */
  | { status: 'no-manifest'; side: SideName }
  /** That side's applied manifest is not one YAML map. */
  | { status: 'unreadable'; side: SideName };

/**
 * Compares the applied manifests (`DesiredManifest`) of one object on two sides, each side's
 * own values (environment, tenant, namespace) set aside. Reads the manifests as the server sent
 * them, Secret values included: the comparison names a differing one by its key only.
 */
export function compareManifestPair(
  left: ResourceManifest,
  right: ResourceManifest,
  own: { left: OwnValues; right: OwnValues },
): ManifestPairOutcome {
  if (left.DesiredManifest === null) return { status: 'no-manifest', side: 'left' };
  if (right.DesiredManifest === null) return { status: 'no-manifest', side: 'right' };
  const leftManifest = readManifest(left.DesiredManifest);
  if (!leftManifest) return { status: 'unreadable', side: 'left' };
  const rightManifest = readManifest(right.DesiredManifest);
  if (!rightManifest) return { status: 'unreadable', side: 'right' };
  const differences = compareAppliedManifests(leftManifest, rightManifest, own);
  return differences.length === 0 ? { status: 'same' } : { status: 'differ', differences };
}

/** One side of a pair, as the comparison of its manifests needs it. */
export interface PairSide {
  ids: Omit<ResourceIds, 'machineId' | 'resourceId'>;
  own: OwnValues;
  /** The latest deployment: a new one may apply other manifests, so it is part of the key. */
  generation: string;
}

/**
 * What names the comparison of one object's two manifests: the two objects, each with its
 * side's latest deployment (a new one may apply other manifests). Null without both ids.
 */
export function pairKey(object: ComparedObject, left: PairSide, right: PairSide): string | null {
  const leftRef = object.left?.ref;
  const rightRef = object.right?.ref;
  if (!leftRef || !rightRef) return null;
  const part = (side: PairSide, ref: ObjectRef) =>
    `${side.ids.environmentId}/${side.ids.tenantId ?? ''}/${formatObjectRef(ref)}@${side.generation}`;
  return `${part(left, leftRef)}|${part(right, rightRef)}`;
}

function failureReason(error: unknown): string {
  const failure = describeFailure(error, { kind: 'object', id: '' });
  if (failure) return failure.title;
  return error instanceof Error ? `${errorKind(error)}: ${error.message}` : String(error);
}

/** What the table shows for a comparison's result, in the sides' names. */
export function comparisonOf(
  settled: Settled<ManifestPairOutcome>,
  labels: { left: string; right: string },
): ManifestComparison {
  if (!settled.ok) {
    return { status: 'failed', reason: failureReason(settled.error), retryable: true };
  }
  const outcome = settled.value;
  switch (outcome.status) {
    case 'same':
      return { status: 'same' };
    case 'differ':
      return { status: 'differ', differences: outcome.differences };
    case 'no-manifest':
      return {
        status: 'failed',
        reason: `Octopus has no applied manifest for it in ${labels[outcome.side]}`,
        retryable: false,
      };
    case 'unreadable':
      return {
        status: 'failed',
        reason: `its applied manifest in ${labels[outcome.side]} is not readable YAML`,
        retryable: false,
      };
  }
}
