import type { KubeObjectOf } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import { ownsNothing, type AppliedObject, type BuiltObject } from './applied-object';
import type { Timestamps } from './object-meta';

/** A ConfigMap: stored as applied, with no generation (the API server gives it none). */
export function buildConfigMap(
  object: AppliedObject<KubeObjectOf<'ConfigMap'>>,
  _probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  return ownsNothing(object, { ...object.desired }, object.appliedAt, iso);
}

/** A Secret: stored as applied, `Opaque` unless it says otherwise. */
export function buildSecret(
  object: AppliedObject<KubeObjectOf<'Secret'>>,
  _probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired } = object;
  return ownsNothing(object, { ...desired, type: desired.type ?? 'Opaque' }, object.appliedAt, iso);
}

/** Any other kind: stored as applied, at generation 1, with no status of its own. */
export function buildPlainObject(
  object: AppliedObject,
  _probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  return ownsNothing(object, { ...object.desired }, object.appliedAt, iso, 1);
}
