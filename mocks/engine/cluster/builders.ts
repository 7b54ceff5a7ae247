import type { KnownKind, KubeObjectOf } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import type { AppliedObject, BuiltObject, ObjectBuilder } from './applied-object';
import { buildCronJob, buildJob } from './batch-objects';
import { buildDaemonSet } from './daemon-set';
import { buildDeployment } from './deployment';
import { buildHorizontalPodAutoscaler } from './horizontal-pod-autoscaler';
import { buildIngress, buildService } from './network-objects';
import type { Timestamps } from './object-meta';
import { buildPersistentVolumeClaim } from './persistent-volume-claim';
import { buildConfigMap, buildPlainObject, buildSecret } from './plain-objects';
import { buildStatefulSet } from './stateful-set';

/** The kinds with a builder of their own (ReplicaSets and Pods are built as children). */
export type BuiltKind = Exclude<KnownKind, 'ReplicaSet' | 'Pod'>;

/**
 * One builder per kind: each makes the live object (and what it owns) that the kind's controller
 * would, from the applied manifest and the time. A kind missing here is a type error.
 */
const builders: { readonly [K in BuiltKind]: ObjectBuilder<KubeObjectOf<K>> } = {
  Deployment: buildDeployment,
  StatefulSet: buildStatefulSet,
  DaemonSet: buildDaemonSet,
  Job: buildJob,
  CronJob: buildCronJob,
  Service: buildService,
  Ingress: buildIngress,
  PersistentVolumeClaim: buildPersistentVolumeClaim,
  HorizontalPodAutoscaler: buildHorizontalPodAutoscaler,
  ConfigMap: buildConfigMap,
  Secret: buildSecret,
};

function isBuilt(object: AppliedObject): object is AppliedObject<KubeObjectOf<BuiltKind>> {
  return Object.hasOwn(builders, object.desired.kind);
}

function buildAs<K extends BuiltKind>(
  kind: K,
  object: AppliedObject<KubeObjectOf<K>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const builder: ObjectBuilder<KubeObjectOf<K>> = builders[kind];
  return builder(object, probe, iso);
}

/** An applied object as the cluster holds it at the probe's moment: by its kind's builder. */
export function buildObject(object: AppliedObject, probe: TimeProbe, iso: Timestamps): BuiltObject {
  return isBuilt(object)
    ? buildAs(object.desired.kind, object, probe, iso)
    : buildPlainObject(object, probe, iso);
}
