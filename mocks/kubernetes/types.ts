import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type {
  ConfigMap,
  PersistentVolumeClaim,
  Pod,
  Secret,
  Service,
} from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';

export type {
  ConfigMap,
  CronJob,
  DaemonSet,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  Secret,
  Service,
  StatefulSet,
};

/** Any Kubernetes object: what a manifest or the simulated cluster holds. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta & { name: string };
  [field: string]: unknown;
}

/** The API group of an apiVersion: "apps/v1" -> "apps", "v1" -> "" (core). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** The version part of an apiVersion: "apps/v1" -> "v1". */
export function apiVersionOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? apiVersion : apiVersion.slice(slash + 1);
}

/** Narrowing by kind: `isKind(obj, 'Deployment')` gives a typed Deployment. */
interface KindMap {
  Deployment: Deployment;
  ReplicaSet: ReplicaSet;
  StatefulSet: StatefulSet;
  DaemonSet: DaemonSet;
  Pod: Pod;
  Job: Job;
  CronJob: CronJob;
  Service: Service;
  Ingress: Ingress;
  PersistentVolumeClaim: PersistentVolumeClaim;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler;
  ConfigMap: ConfigMap;
  Secret: Secret;
}
export type KnownKind = keyof KindMap;

/** A Kubernetes object of a known kind, typed by its kind. */
export type KubeObjectOf<K extends KnownKind> = KubeObject &
  KindMap[K] & { metadata: { name: string } };

export function isKind<K extends KnownKind>(
  object: KubeObject,
  kind: K,
): object is KubeObjectOf<K> {
  return object.kind === kind;
}
