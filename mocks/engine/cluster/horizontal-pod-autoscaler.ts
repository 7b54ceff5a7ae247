import type { KubeObjectOf } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import { ownsNothing, type AppliedObject, type BuiltObject } from './applied-object';
import type { Timestamps } from './object-meta';

/** The conditions of an autoscaler that has read its metrics, as the HPA controller writes them. */
function activeConditions(activeAt: number, iso: Timestamps) {
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    reason,
    message,
    lastTransitionTime: iso(activeAt),
  });
  return [
    condition('AbleToScale', 'True', 'ReadyForNewScale', 'recommended size matches current size'),
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
  ];
}

/** A HorizontalPodAutoscaler at its minimum, reading CPU metrics 4 s after the apply. */
export function buildHorizontalPodAutoscaler(
  object: AppliedObject<KubeObjectOf<'HorizontalPodAutoscaler'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, appliedAt } = object;
  const activeAt = appliedAt + seconds(4);
  const active = probe.reached(activeAt);
  const replicas = desired.spec?.minReplicas ?? 1;
  const live = {
    ...desired,
    status: {
      currentReplicas: replicas,
      desiredReplicas: replicas,
      ...(active
        ? {
            currentMetrics: [
              {
                type: 'Resource',
                resource: { name: 'cpu', current: { averageUtilization: 23, averageValue: '46m' } },
              },
            ],
            conditions: activeConditions(activeAt, iso),
          }
        : {}),
    },
  };
  return ownsNothing(object, live, active ? activeAt : appliedAt, iso);
}
