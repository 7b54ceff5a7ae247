import type { KubeObject } from '../types';
import type { GroupVersionKind } from './health-rule';
import { healthRuleFor } from './health-rules';
import { health, type ObjectHealth } from './health-status';

/** The finalizer Argo CD keeps on a hook until it has read the hook's result. */
const hookFinalizer = 'argocd.argoproj.io/hook-finalizer';

/** A timestamp as Kubernetes writes them (RFC 3339), which Go's metav1.Time can read. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownField(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Group, version and kind as Go's unstructured reads them: a field that is not a string reads as
 * "", and an apiVersion with more than one slash names no group at all (null).
 */
function groupVersionKindOf(object: Readonly<Record<string, unknown>>): GroupVersionKind | null {
  const apiVersion = ownField(object, 'apiVersion');
  const kind = ownField(object, 'kind');
  const text = typeof apiVersion === 'string' ? apiVersion : '';
  const parts = text.split('/');
  if (parts.length > 2) return null;
  const [group, version] = parts.length === 2 ? parts : ['', text];
  return { group: group ?? '', version: version ?? '', kind: typeof kind === 'string' ? kind : '' };
}

/**
 * Being deleted: a readable deletionTimestamp, unless Argo CD's hook finalizer holds the object
 * (a hook being cleaned up keeps the health of its result).
 */
function isPendingDeletion(object: Readonly<Record<string, unknown>>): boolean {
  const metadata = ownField(object, 'metadata');
  if (!isRecord(metadata)) return false;
  const deletionTimestamp = ownField(metadata, 'deletionTimestamp');
  if (typeof deletionTimestamp !== 'string' || !rfc3339.test(deletionTimestamp)) return false;
  if (Number.isNaN(Date.parse(deletionTimestamp))) return false;
  const finalizers = ownField(metadata, 'finalizers');
  const held =
    Array.isArray(finalizers) &&
    finalizers.every((finalizer) => typeof finalizer === 'string') &&
    finalizers.includes(hookFinalizer);
  return !held;
}

/**
 * The health of a live object, computed from the object alone, as Argo CD's gitops-engine does
 * (`pkg/health`): any object being deleted is Progressing "Pending deletion"; otherwise the rule
 * of its group and kind decides, and a kind without a rule (ConfigMap, Secret, most custom
 * resources) has no health: null.
 *
 * It never throws. The object comes from JSON, whatever its type says: one that is not an object
 * at all has no health, and one whose fields do not fit its kind is Unknown, with a message
 * naming the field, as gitops-engine's failed conversion to the typed object is.
 */
export function objectHealth(object: KubeObject): ObjectHealth | null {
  const input: unknown = object;
  try {
    if (!isRecord(input)) return null;
    if (isPendingDeletion(input)) return health('Progressing', 'Pending deletion');
    const gvk = groupVersionKindOf(input);
    if (gvk === null) return null;
    const rule = healthRuleFor(gvk.group, gvk.kind);
    return rule === null ? null : rule(input, gvk);
  } catch (error) {
    // Only an object no JSON could hold gets here (a getter that throws, a revoked proxy).
    return health('Unknown', `failed to read the object: ${String(error)}`);
  }
}
