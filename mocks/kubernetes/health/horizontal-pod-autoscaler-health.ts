import { z } from 'zod';
import { condition, listOf, objectMeta, struct, type Condition } from './field-schemas';
import {
  describeFirstIssue,
  formatGroupVersionKind,
  typedRule,
  type HealthRule,
} from './health-rule';
import { health, type ObjectHealth } from './health-status';

/** Where autoscaling/v1 keeps the conditions that later versions have in their status. */
const conditionsAnnotation = 'autoscaling.alpha.kubernetes.io/conditions';

const waitingToAutoscale = health('Progressing', 'Waiting to Autoscale');

/** Condition type and reason pairs that mean the autoscaler cannot do its job. */
const degradedStates: readonly (readonly [type: string, reason: string])[] = [
  ['AbleToScale', 'FailedGetScale'],
  ['AbleToScale', 'FailedUpdateScale'],
  ['ScalingActive', 'FailedGetResourceMetric'],
  ['ScalingActive', 'FailedGetObjectMetric'],
  ['ScalingActive', 'FailedGetPodsMetric'],
  ['ScalingActive', 'FailedGetExternalMetric'],
  ['ScalingActive', 'FailedComputeMetricsReplicas'],
  ['ScalingActive', 'InvalidSelector'],
];

function isDegraded({ type, reason }: Condition): boolean {
  return degradedStates.some((state) => state[0] === type && state[1] === reason);
}

function isHealthy({ type, status }: Condition): boolean {
  return (type === 'AbleToScale' || type === 'ScalingLimited') && status === 'True';
}

/**
 * A failing condition anywhere in the list wins over a healthy one before it; then the first
 * healthy condition (AbleToScale or ScalingLimited, True) gives its message.
 */
function conditionsHealth(conditions: readonly Condition[]): ObjectHealth {
  const degraded = conditions.find(isDegraded);
  if (degraded) return health('Degraded', degraded.message);
  const healthy = conditions.find(isHealthy);
  if (healthy) return health('Healthy', healthy.message);
  return waitingToAutoscale;
}

const conversionFailure = 'failed to convert unstructured HPA to typed';
const annotationFailure = 'failed to convert conditions annotation to typed';
const annotatedConditions = listOf(condition);

/** autoscaling/v1: the conditions are JSON in an annotation. */
const v1Health = typedRule(
  conversionFailure,
  z.object({ metadata: objectMeta }),
  ({ metadata }) => {
    if (!Object.hasOwn(metadata.annotations, conditionsAnnotation)) return waitingToAutoscale;
    let json: unknown;
    try {
      json = JSON.parse(metadata.annotations[conditionsAnnotation] ?? '');
    } catch (error) {
      return health('Unknown', `${annotationFailure}: ${String(error)}`);
    }
    const conditions = annotatedConditions.safeParse(json);
    if (!conditions.success) {
      return health('Unknown', `${annotationFailure}: ${describeFirstIssue(conditions.error)}`);
    }
    return conditions.data.length === 0 ? waitingToAutoscale : conditionsHealth(conditions.data);
  },
);

/** autoscaling/v2 (and the v2beta1, v2beta2 it replaced): the conditions are in the status. */
const v2Health = typedRule(
  conversionFailure,
  z.object({ status: struct({ conditions: listOf(condition) }) }),
  ({ status }) => conditionsHealth(status.conditions),
);

/** autoscaling/HorizontalPodAutoscaler, by API version. */
export const horizontalPodAutoscalerHealth: HealthRule = (object, gvk) => {
  switch (gvk.version) {
    case 'v1':
      return v1Health(object, gvk);
    case 'v2':
    case 'v2beta2':
    case 'v2beta1':
      return v2Health(object, gvk);
    default:
      return health('Unknown', `unsupported HPA GVK: ${formatGroupVersionKind(gvk)}`);
  }
};
