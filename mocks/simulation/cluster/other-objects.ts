import { isKind, type KubeObject } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { jobRunDuration, seconds } from '../timeline';
import type { LiveNode } from './live-node';
import { ipFor, ownerReference, withServerMetadata, type Timestamps } from './object-meta';
import { buildPod } from './pods';

export interface ObjectInput {
  desired: KubeObject;
  identity: string;
  seed: number;
  /** The last apply of this object, and the first (its creation). */
  appliedAt: number;
  firstAppliedAt: number;
  nodeNames: readonly string[];
  /** For Jobs: the container exits non-zero, and the Job fails. */
  jobFails?: boolean;
}

export interface BuiltObject {
  live: KubeObject;
  uid: string;
  changedAt: number;
  children: LiveNode[];
}

/** The conditions a finished Job carries, as the Job controller writes them. */
function jobConditions(failed: boolean, at: string) {
  const [reason, message, types] = failed
    ? [
        'BackoffLimitExceeded',
        'Job has reached the specified backoff limit',
        ['FailureTarget', 'Failed'],
      ]
    : [
        'CompletionsReached',
        'Reached expected number of succeeded pods',
        ['SuccessCriteriaMet', 'Complete'],
      ];
  return types.map((type) => ({
    type,
    status: 'True',
    reason,
    message,
    lastProbeTime: at,
    lastTransitionTime: at,
  }));
}

/** Everything but Deployments, StatefulSets and DaemonSets: the status each kind's controller would write, over time. */
export function buildOtherObject(
  input: ObjectInput,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, seed, appliedAt } = input;
  const uid = uidFor(seed, identity, desired.kind, desired.metadata.name);
  const meta = (changedAt: number, live: KubeObject, generation?: number): BuiltObject => ({
    live: withServerMetadata(
      live,
      {
        uid,
        createdAt: input.firstAppliedAt,
        changedAt,
        ...(generation === undefined ? {} : { generation }),
      },
      iso,
    ),
    uid,
    changedAt,
    children: [],
  });

  if (isKind(desired, 'Service')) {
    const type = desired.spec?.type ?? 'ClusterIP';
    const clusterIP = ipFor('10.96', identity, desired.metadata.name);
    const balanced = type === 'LoadBalancer' && probe.reached(appliedAt + seconds(5));
    return meta(balanced ? appliedAt + seconds(5) : appliedAt, {
      ...desired,
      spec: {
        sessionAffinity: 'None',
        internalTrafficPolicy: 'Cluster',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        ...desired.spec,
        type,
        clusterIP,
        clusterIPs: [clusterIP],
      },
      status: {
        loadBalancer: balanced
          ? { ingress: [{ ip: ipFor('203.0.113', identity, desired.metadata.name) }] }
          : {},
      },
    });
  }

  if (isKind(desired, 'Ingress')) {
    const assignedAt = appliedAt + seconds(3);
    const assigned = probe.reached(assignedAt);
    return meta(
      assigned ? assignedAt : appliedAt,
      {
        ...desired,
        status: {
          loadBalancer: assigned
            ? { ingress: [{ ip: ipFor('203.0.113', identity, 'ingress') }] }
            : {},
        },
      },
      1,
    );
  }

  if (isKind(desired, 'PersistentVolumeClaim')) {
    const boundAt = appliedAt + seconds(2);
    const bound = probe.reached(boundAt);
    return meta(bound ? boundAt : appliedAt, {
      ...desired,
      spec: {
        volumeMode: 'Filesystem',
        storageClassName: 'standard',
        ...desired.spec,
        ...(bound ? { volumeName: `pvc-${uid}` } : {}),
      },
      status: bound
        ? {
            phase: 'Bound',
            accessModes: desired.spec?.accessModes ?? ['ReadWriteOnce'],
            capacity: { storage: desired.spec?.resources?.requests?.storage ?? '1Gi' },
          }
        : { phase: 'Pending' },
    });
  }

  if (isKind(desired, 'HorizontalPodAutoscaler')) {
    const activeAt = appliedAt + seconds(4);
    const active = probe.reached(activeAt);
    const replicas = desired.spec?.minReplicas ?? 1;
    const condition = (type: string, status: string, reason: string, message: string) => ({
      type,
      status,
      reason,
      message,
      lastTransitionTime: iso(activeAt),
    });
    return meta(active ? activeAt : appliedAt, {
      ...desired,
      status: {
        currentReplicas: replicas,
        desiredReplicas: replicas,
        ...(active
          ? {
              currentMetrics: [
                {
                  type: 'Resource',
                  resource: {
                    name: 'cpu',
                    current: { averageUtilization: 23, averageValue: '46m' },
                  },
                },
              ],
              conditions: [
                condition(
                  'AbleToScale',
                  'True',
                  'ReadyForNewScale',
                  'recommended size matches current size',
                ),
                condition(
                  'ScalingActive',
                  'True',
                  'ValidMetricFound',
                  'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
                ),
                condition(
                  'ScalingLimited',
                  'False',
                  'DesiredWithinRange',
                  'the desired count is within the acceptable range',
                ),
              ],
            }
          : {}),
      },
    });
  }

  if (isKind(desired, 'Job')) {
    const podCreatedAt = appliedAt + seconds(1);
    const completesAt = appliedAt + jobRunDuration;
    const podName = `${desired.metadata.name}-${nameSuffix(5, identity, desired.metadata.name, String(appliedAt))}`;
    const jobUid = uidFor(seed, identity, 'Job', desired.metadata.name, String(appliedAt));
    const job: KubeObject = { ...desired };
    const pod = buildPod(
      {
        name: podName,
        namespace: desired.metadata.namespace ?? 'default',
        uid: uidFor(seed, identity, 'Pod', podName),
        owner: ownerReference(job, jobUid),
        template: desired.spec?.template ?? {},
        extraLabels: {
          'batch.kubernetes.io/job-name': desired.metadata.name,
          'job-name': desired.metadata.name,
        },
        createdAt: podCreatedAt,
        readyAt: null,
        behaviour: { kind: 'healthy' },
        completesAt,
        exitCode: input.jobFails ? 1 : 0,
        nodeName: input.nodeNames[0] ?? 'node-1',
      },
      probe,
      iso,
    );
    const done = probe.reached(completesAt);
    const live = withServerMetadata(
      {
        ...desired,
        spec: { completions: 1, parallelism: 1, suspend: false, ...desired.spec },
        status: done
          ? {
              startTime: iso(appliedAt),
              ...(input.jobFails
                ? { failed: 1 }
                : { completionTime: iso(completesAt), succeeded: 1 }),
              ready: 0,
              terminating: 0,
              uncountedTerminatedPods: {},
              conditions: jobConditions(input.jobFails ?? false, iso(completesAt)),
            }
          : {
              startTime: iso(appliedAt),
              active: 1,
              ready: 0,
              terminating: 0,
              uncountedTerminatedPods: {},
            },
      },
      {
        uid: jobUid,
        createdAt: appliedAt,
        changedAt: done ? completesAt : appliedAt,
        generation: 1,
      },
      iso,
    );
    return { live, uid: jobUid, changedAt: done ? completesAt : podCreatedAt, children: [pod] };
  }

  if (isKind(desired, 'CronJob')) {
    const suspended = desired.spec?.suspend === true;
    const lastSchedule = suspended ? input.firstAppliedAt + seconds(3600 * 2) : -seconds(3600 * 6);
    const lastScheduleAt = Math.max(lastSchedule, input.firstAppliedAt);
    return meta(
      appliedAt,
      {
        ...desired,
        spec: {
          concurrencyPolicy: 'Allow',
          failedJobsHistoryLimit: 1,
          successfulJobsHistoryLimit: 3,
          suspend: false,
          ...desired.spec,
        },
        status: probe.reached(lastScheduleAt)
          ? {
              lastScheduleTime: iso(lastScheduleAt),
              lastSuccessfulTime: iso(lastScheduleAt + seconds(94)),
            }
          : {},
      },
      1,
    );
  }

  if (isKind(desired, 'Secret')) {
    return meta(appliedAt, { ...desired, type: desired.type ?? 'Opaque' });
  }

  const generation = isKind(desired, 'ConfigMap') ? undefined : 1;
  return meta(appliedAt, { ...desired }, generation);
}
