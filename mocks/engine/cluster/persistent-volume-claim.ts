import type { KubeObjectOf } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import { objectUid, ownsNothing, type AppliedObject, type BuiltObject } from './applied-object';
import type { Timestamps } from './object-meta';

/** A PersistentVolumeClaim: Pending, then Bound to a volume 2 s after the apply. */
export function buildPersistentVolumeClaim(
  object: AppliedObject<KubeObjectOf<'PersistentVolumeClaim'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, appliedAt } = object;
  const boundAt = appliedAt + seconds(2);
  const bound = probe.reached(boundAt);
  const live = {
    ...desired,
    spec: {
      volumeMode: 'Filesystem',
      storageClassName: 'standard',
      ...desired.spec,
      ...(bound ? { volumeName: `pvc-${objectUid(object)}` } : {}),
    },
    status: bound
      ? {
          phase: 'Bound',
          accessModes: desired.spec?.accessModes ?? ['ReadWriteOnce'],
          capacity: { storage: desired.spec?.resources?.requests?.storage ?? '1Gi' },
        }
      : { phase: 'Pending' },
  };
  return ownsNothing(object, live, bound ? boundAt : appliedAt, iso);
}
