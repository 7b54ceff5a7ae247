import type { HealthStatus } from '../../src/api/contract/enums';
import {
  apiGroupOf,
  apiVersionOf,
  isKind,
  type CronJob,
  type DaemonSet,
  type Deployment,
  type HorizontalPodAutoscaler,
  type Ingress,
  type Job,
  type KubeObject,
  type PersistentVolumeClaim,
  type Pod,
  type ReplicaSet,
  type Service,
  type StatefulSet,
} from './types';

/**
 * Health of one live Kubernetes object, computed from the object alone.
 *
 * The rules are a port of Argo CD's gitops-engine (`pkg/health`) and, for CronJob, of Argo CD's
 * `resource_customizations/batch/CronJob/health.lua`, messages included, so a status shown here
 * reads the same as it would in Argo CD. Where Go reads a zero value (`0`, `""`) from a field that
 * is not set, these rules do the same.
 */
export interface ObjectHealth {
  status: HealthStatus;
  message: string | null;
}

/** How bad each status is, for rolling many up into one: higher is worse. */
export const healthSeverity: Record<HealthStatus, number> = {
  Healthy: 0,
  Suspended: 1,
  Progressing: 2,
  Missing: 3,
  Degraded: 4,
  Unknown: 5,
  Stale: 6,
};

/** The worst of some statuses (gitops-engine's order, with Stale worst of all); null if none. */
export function worstHealth(statuses: Iterable<HealthStatus>): HealthStatus | null {
  let worst: HealthStatus | null = null;
  for (const status of statuses) {
    if (worst === null || healthSeverity[status] > healthSeverity[worst]) worst = status;
  }
  return worst;
}

/**
 * The health of an object, or null when its kind has no health rule of its own (ConfigMap,
 * Secret, custom resources...). As in gitops-engine, any object being deleted is Progressing.
 */
export function objectHealth(object: KubeObject): ObjectHealth | null {
  if (object.metadata.deletionTimestamp) return health('Progressing', 'Pending deletion');
  return kindHealth(object);
}

/** Dispatch on API group, then kind, as gitops-engine's GetHealthCheckFunc does. */
function kindHealth(object: KubeObject): ObjectHealth | null {
  switch (apiGroupOf(object.apiVersion)) {
    case 'apps':
      if (isKind(object, 'Deployment')) return deploymentHealth(object);
      if (isKind(object, 'StatefulSet')) return statefulSetHealth(object);
      if (isKind(object, 'DaemonSet')) return daemonSetHealth(object);
      if (isKind(object, 'ReplicaSet')) return replicaSetHealth(object);
      return null;
    case '':
      if (isKind(object, 'Pod')) return podHealth(object);
      if (isKind(object, 'Service')) return serviceHealth(object);
      if (isKind(object, 'PersistentVolumeClaim')) return pvcHealth(object);
      return null;
    case 'batch':
      if (isKind(object, 'Job')) return jobHealth(object);
      if (isKind(object, 'CronJob')) return cronJobHealth(object);
      return null;
    case 'networking.k8s.io':
    case 'extensions':
      if (isKind(object, 'Ingress')) return ingressHealth(object);
      return null;
    case 'autoscaling':
      if (isKind(object, 'HorizontalPodAutoscaler')) return hpaHealth(object);
      return null;
    default:
      return null;
  }
}

/** Go's empty message is "no message" here. */
function health(status: HealthStatus, message?: string | null): ObjectHealth {
  return { status, message: message ? message : null };
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

function conditionOf<C extends Condition>(conditions: C[] | undefined, type: string): C | null {
  return conditions?.find((condition) => condition.type === type) ?? null;
}

// Workloads --------------------------------------------------------------------------------------

function deploymentHealth(deployment: Deployment): ObjectHealth {
  const spec = deployment.spec;
  const status = deployment.status ?? {};
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (spec?.paused) return health('Suspended', 'Deployment is paused');
  if ((deployment.metadata?.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return health(
      'Progressing',
      'Waiting for rollout to finish: observed deployment generation less than desired generation',
    );
  }
  if (conditionOf(status.conditions, 'Progressing')?.reason === 'ProgressDeadlineExceeded') {
    const name = deployment.metadata?.name ?? '';
    return health('Degraded', `Deployment ${JSON.stringify(name)} exceeded its progress deadline`);
  }
  if (spec?.replicas !== undefined && updated < spec.replicas) {
    return health(
      'Progressing',
      `Waiting for rollout to finish: ${updated} out of ${spec.replicas} new replicas have been updated...`,
    );
  }
  if (replicas > updated) {
    return health(
      'Progressing',
      `Waiting for rollout to finish: ${replicas - updated} old replicas are pending termination...`,
    );
  }
  if (available < updated) {
    return health(
      'Progressing',
      `Waiting for rollout to finish: ${available} of ${updated} updated replicas are available...`,
    );
  }
  return health('Healthy');
}

function statefulSetHealth(statefulSet: StatefulSet): ObjectHealth {
  const spec = statefulSet.spec;
  const status = statefulSet.status;
  const observedGeneration = status?.observedGeneration ?? 0;
  const ready = status?.readyReplicas ?? 0;
  const updated = status?.updatedReplicas ?? 0;
  if (observedGeneration === 0 || (statefulSet.metadata?.generation ?? 0) > observedGeneration) {
    return health('Progressing', 'Waiting for statefulset spec update to be observed...');
  }
  if (spec?.replicas !== undefined && ready < spec.replicas) {
    return health('Progressing', `Waiting for ${spec.replicas - ready} pods to be ready...`);
  }
  const strategy = spec?.updateStrategy;
  if (strategy?.type === 'RollingUpdate' && strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (spec?.replicas !== undefined && partition !== undefined) {
      const expected = spec.replicas - partition;
      if (updated < expected) {
        return health(
          'Progressing',
          `Waiting for partitioned roll out to finish: ${updated} out of ${expected} new pods have been updated...`,
        );
      }
    }
    return health(
      'Healthy',
      `partitioned roll out complete: ${updated} new pods have been updated...`,
    );
  }
  if (strategy?.type === 'OnDelete') {
    return health('Healthy', `statefulset has ${ready} ready pods`);
  }
  const updateRevision = status?.updateRevision ?? '';
  const currentRevision = status?.currentRevision ?? '';
  if (updateRevision !== currentRevision) {
    return health(
      'Progressing',
      `waiting for statefulset rolling update to complete ${updated} pods at revision ${updateRevision}...`,
    );
  }
  return health(
    'Healthy',
    `statefulset rolling update complete ${status?.currentReplicas ?? 0} pods at revision ${currentRevision}...`,
  );
}

function daemonSetHealth(daemonSet: DaemonSet): ObjectHealth {
  const status = daemonSet.status;
  const name = JSON.stringify(daemonSet.metadata?.name ?? '');
  const desired = status?.desiredNumberScheduled ?? 0;
  const updated = status?.updatedNumberScheduled ?? 0;
  const available = status?.numberAvailable ?? 0;
  if ((daemonSet.metadata?.generation ?? 0) > (status?.observedGeneration ?? 0)) {
    return health(
      'Progressing',
      'Waiting for rollout to finish: observed daemon set generation less than desired generation',
    );
  }
  if (daemonSet.spec?.updateStrategy?.type === 'OnDelete') {
    return health('Healthy', `daemon set ${updated} out of ${desired} new pods have been updated`);
  }
  if (updated < desired) {
    return health(
      'Progressing',
      `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...`,
    );
  }
  if (available < desired) {
    return health(
      'Progressing',
      `Waiting for daemon set ${name} rollout to finish: ${available} of ${desired} updated pods are available...`,
    );
  }
  return health('Healthy');
}

function replicaSetHealth(replicaSet: ReplicaSet): ObjectHealth {
  const status = replicaSet.status;
  const available = status?.availableReplicas ?? 0;
  const replicas = replicaSet.spec?.replicas;
  if ((replicaSet.metadata?.generation ?? 0) > (status?.observedGeneration ?? 0)) {
    return health(
      'Progressing',
      'Waiting for rollout to finish: observed replica set generation less than desired generation',
    );
  }
  const failure = conditionOf(status?.conditions, 'ReplicaFailure');
  if (failure?.status === 'True') return health('Degraded', failure.message);
  if (replicas !== undefined && available < replicas) {
    return health(
      'Progressing',
      `Waiting for rollout to finish: ${available} out of ${replicas} new replicas are available...`,
    );
  }
  return health('Healthy');
}

// Pods -------------------------------------------------------------------------------------------

/** Argo CD's opt-in to judge a Never/OnFailure pod like a long-running one. */
const ignoreRestartPolicyAnnotation = 'argocd.argoproj.io/ignore-restart-policy';

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** A waiting reason that will not fix itself: ErrImagePull, CrashLoopBackOff, ImagePullBackOff... */
function isFailedWaitingReason(reason: string): boolean {
  return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
}

function containerFailMessage(container: ContainerStatus): string {
  const terminated = container.state?.terminated;
  if (!terminated) return '';
  if (terminated.message) return terminated.message;
  if (terminated.reason === 'OOMKilled') return terminated.reason;
  if (terminated.exitCode !== 0) {
    return `container ${JSON.stringify(container.name)} failed with exit code ${terminated.exitCode}`;
  }
  return '';
}

function podHealth(pod: Pod): ObjectHealth {
  const status = pod.status;
  const message = status?.message;
  // A live Pod always has a restart policy: the API server defaults it to Always.
  const restartPolicy = pod.spec?.restartPolicy ?? 'Always';
  const containers = status?.containerStatuses ?? [];

  // Only for restartPolicy Always: a hook pod (Never/OnFailure) may still recover, see gitops-engine.
  if (restartPolicy === 'Always') {
    const stuck = containers.filter((container) => {
      const reason = container.state?.waiting?.reason;
      return reason !== undefined && isFailedWaitingReason(reason);
    });
    if (stuck.length > 0) {
      return health('Degraded', stuck.map((c) => c.state?.waiting?.message ?? '').join(', '));
    }
  }

  switch (status?.phase) {
    case 'Pending':
      return health('Progressing', message);
    case 'Succeeded':
      return health('Healthy', message);
    case 'Failed': {
      if (message) return health('Degraded', message);
      const all = [...(status.initContainerStatuses ?? []), ...containers];
      const failure = all.map(containerFailMessage).find((text) => text !== '');
      return health('Degraded', failure);
    }
    case 'Running': {
      const ignoresPolicy =
        pod.metadata?.annotations?.[ignoreRestartPolicyAnnotation] !== undefined;
      if (ignoresPolicy || restartPolicy === 'Always') return runningPodHealth(pod);
      // Pods with a finite life are typically hooks: Progressing until they succeed.
      if (restartPolicy === 'OnFailure' || restartPolicy === 'Never') {
        return health('Progressing', message);
      }
      break;
    }
  }
  return health('Unknown', message);
}

function runningPodHealth(pod: Pod): ObjectHealth {
  const message = pod.status?.message;
  if (conditionOf(pod.status?.conditions, 'Ready')?.status === 'True') {
    return health('Healthy', message);
  }
  // Not ready, and a container has terminated before: it is crashing.
  const containers = pod.status?.containerStatuses ?? [];
  if (containers.some((container) => container.lastState?.terminated !== undefined)) {
    return health('Degraded', message);
  }
  return health('Progressing', message);
}

// Batch ------------------------------------------------------------------------------------------

function jobHealth(job: Job): ObjectHealth {
  let failed = false;
  let complete = false;
  let suspended = false;
  let failMessage = '';
  let message = '';
  for (const condition of job.status?.conditions ?? []) {
    switch (condition.type) {
      case 'Failed':
        failed = true;
        complete = true;
        failMessage = condition.message ?? '';
        break;
      case 'Complete':
        complete = true;
        message = condition.message ?? '';
        break;
      case 'Suspended':
        complete = true;
        message = condition.message ?? '';
        suspended = condition.status === 'True';
        break;
    }
  }
  if (!complete) {
    // gitops-engine gives no message here; say what the Job is doing instead.
    const { active = 0, succeeded = 0, failed: failedPods = 0 } = job.status ?? {};
    return health(
      'Progressing',
      `Job is running: ${active} active, ${succeeded} succeeded, ${failedPods} failed`,
    );
  }
  if (failed) return health('Degraded', failMessage);
  if (suspended) return health('Suspended', message);
  return health('Healthy', message);
}

/** Timestamps as the API writes them (RFC 3339); text order when one cannot be parsed. */
function isBefore(earlier: string, later: string): boolean {
  const a = Date.parse(earlier);
  const b = Date.parse(later);
  return Number.isNaN(a) || Number.isNaN(b) ? earlier < later : a < b;
}

/** Argo CD's batch/CronJob health.lua. */
function cronJobHealth(cronJob: CronJob): ObjectHealth {
  if (cronJob.spec?.suspend === true) return health('Suspended', 'CronJob is Suspended');
  const status = cronJob.status;
  if (!status) return health('Progressing', 'Waiting for CronJob');
  const active = status.active?.length ?? 0;
  if (active > 0) return health('Progressing', `Waiting for ${active} Jobs to complete`);
  const lastSchedule = status.lastScheduleTime;
  if (lastSchedule === undefined) return health('Healthy');
  const lastSuccess = status.lastSuccessfulTime;
  if (lastSuccess === undefined || isBefore(lastSuccess, lastSchedule)) {
    return health('Degraded', 'CronJob has not completed its last execution successfully');
  }
  return health('Healthy', 'CronJob has completed its last execution successfully');
}

// Networking and storage -------------------------------------------------------------------------

function serviceHealth(service: Service): ObjectHealth {
  if (service.spec?.type !== 'LoadBalancer') return health('Healthy');
  const ingress = service.status?.loadBalancer?.ingress ?? [];
  return health(ingress.length > 0 ? 'Healthy' : 'Progressing');
}

function ingressHealth(ingress: Ingress): ObjectHealth {
  const addresses = ingress.status?.loadBalancer?.ingress ?? [];
  return health(addresses.length > 0 ? 'Healthy' : 'Progressing');
}

function pvcHealth(claim: PersistentVolumeClaim): ObjectHealth {
  switch (claim.status?.phase) {
    case 'Lost':
      return health('Degraded');
    case 'Pending':
      return health('Progressing');
    case 'Bound':
      return health('Healthy');
    default:
      return health('Unknown');
  }
}

// Autoscaling ------------------------------------------------------------------------------------

const waitingToAutoscale = health('Progressing', 'Waiting to Autoscale');

/** Condition type and reason pairs that mean the autoscaler cannot do its job. */
const degradedHpaStates: readonly (readonly [type: string, reason: string])[] = [
  ['AbleToScale', 'FailedGetScale'],
  ['AbleToScale', 'FailedUpdateScale'],
  ['ScalingActive', 'FailedGetResourceMetric'],
  ['ScalingActive', 'FailedGetContainerResourceMetric'],
  ['ScalingActive', 'FailedGetPodsMetric'],
  ['ScalingActive', 'FailedGetObjectMetric'],
  ['ScalingActive', 'FailedGetExternalMetric'],
  ['ScalingActive', 'InvalidSelector'],
];

function isDegradedHpaCondition(condition: Condition): boolean {
  return degradedHpaStates.some(([type, reason]) => {
    return condition.type === type && condition.reason === reason;
  });
}

function isHealthyHpaCondition(condition: Condition): boolean {
  return (
    (condition.type === 'AbleToScale' || condition.type === 'ScalingLimited') &&
    condition.status === 'True'
  );
}

function hpaHealth(hpa: HorizontalPodAutoscaler): ObjectHealth {
  const conditions = hpaConditions(hpa);
  if (conditions instanceof Error) return health('Unknown', conditions.message);
  // Any failure wins over a healthy condition listed before it.
  const degraded = conditions.find(isDegradedHpaCondition);
  if (degraded) return health('Degraded', degraded.message);
  const healthy = conditions.find(isHealthyHpaCondition);
  if (healthy) return health('Healthy', healthy.message);
  return waitingToAutoscale;
}

/** autoscaling/v2 keeps conditions in status; autoscaling/v1 in an annotation, as JSON. */
function hpaConditions(hpa: HorizontalPodAutoscaler): Condition[] | Error {
  if (apiVersionOf(hpa.apiVersion ?? '') !== 'v1') return hpa.status?.conditions ?? [];
  const annotation = hpa.metadata?.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
  if (annotation === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(annotation);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new Error(`failed to convert conditions annotation to typed: ${reason}`);
  }
  if (!Array.isArray(parsed)) {
    return new Error('failed to convert conditions annotation to typed: not a list');
  }
  return parsed.filter(isCondition);
}

function isCondition(value: unknown): value is Condition {
  const isOptionalText = (field: unknown) => field === undefined || typeof field === 'string';
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'status' in value &&
    typeof value.status === 'string' &&
    isOptionalText('reason' in value ? value.reason : undefined) &&
    isOptionalText('message' in value ? value.message : undefined)
  );
}
