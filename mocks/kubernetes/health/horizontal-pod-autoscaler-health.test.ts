import { describe, expect, it } from 'vitest';
import { ableToScale, frontendAutoscaler, scalingActive, withinRange } from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';

/** Guestbook frontend's autoscaler as autoscaling/v1, with a conditions annotation if given. */
function v1Autoscaler(conditions: string | undefined): KubeObject {
  const v2 = frontendAutoscaler(undefined);
  const annotations: Record<string, string> = {};
  if (conditions !== undefined)
    annotations['autoscaling.alpha.kubernetes.io/conditions'] = conditions;
  return { ...v2, apiVersion: 'autoscaling/v1', metadata: { ...v2.metadata, annotations } };
}

describe('autoscaling/HorizontalPodAutoscaler', () => {
  it('is Healthy with the first healthy condition when all is well', () => {
    expect(objectHealth(frontendAutoscaler([ableToScale, scalingActive, withinRange]))).toEqual({
      status: 'Healthy',
      message: 'recommended size matches current size',
    });
  });

  it('is Degraded when metrics cannot be read, even after a healthy condition', () => {
    const message =
      'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API';
    const hpa = frontendAutoscaler([
      ableToScale,
      { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric', message },
      withinRange,
    ]);
    expect(objectHealth(hpa)).toEqual({ status: 'Degraded', message });
  });

  it.each([
    ['AbleToScale', 'FailedGetScale'],
    ['AbleToScale', 'FailedUpdateScale'],
    ['ScalingActive', 'FailedGetResourceMetric'],
    ['ScalingActive', 'FailedGetObjectMetric'],
    ['ScalingActive', 'FailedGetPodsMetric'],
    ['ScalingActive', 'FailedGetExternalMetric'],
    ['ScalingActive', 'FailedComputeMetricsReplicas'],
    ['ScalingActive', 'InvalidSelector'],
  ])('is Degraded for %s/%s', (type, reason) => {
    const hpa = frontendAutoscaler([
      { type, status: 'False', reason, message: `the HPA controller reported ${reason}` },
    ]);
    expect(objectHealth(hpa)).toEqual({
      status: 'Degraded',
      message: `the HPA controller reported ${reason}`,
    });
  });

  it('is Healthy when scaling is limited by the replica bounds', () => {
    const hpa = frontendAutoscaler([
      {
        type: 'AbleToScale',
        status: 'False',
        reason: 'BackoffBoth',
        message: 'the time since the previous scale is still within both windows',
      },
      {
        type: 'ScalingLimited',
        status: 'True',
        reason: 'TooFewReplicas',
        message: 'the desired replica count is less than the minimum replica count',
      },
    ]);
    expect(objectHealth(hpa)).toEqual({
      status: 'Healthy',
      message: 'the desired replica count is less than the minimum replica count',
    });
  });

  it('is Progressing "Waiting to Autoscale" without conditions', () => {
    expect(objectHealth(frontendAutoscaler(undefined))).toEqual({
      status: 'Progressing',
      message: 'Waiting to Autoscale',
    });
  });

  it('is Progressing "Waiting to Autoscale" when no condition is healthy', () => {
    const hpa = frontendAutoscaler([
      {
        type: 'ScalingActive',
        status: 'False',
        reason: 'ScalingDisabled',
        message: 'scaling is disabled since the replica count of the target is zero',
      },
    ]);
    expect(objectHealth(hpa)).toEqual({ status: 'Progressing', message: 'Waiting to Autoscale' });
  });

  it('reads autoscaling/v1 conditions from their annotation', () => {
    const conditions = JSON.stringify([
      { ...ableToScale, lastTransitionTime: '2024-05-14T09:20:00Z' },
      {
        type: 'ScalingActive',
        status: 'False',
        reason: 'FailedGetResourceMetric',
        message: 'missing request for cpu in container php-redis of Pod frontend-795b566649-7jhk5',
      },
    ]);
    expect(objectHealth(v1Autoscaler(conditions))).toEqual({
      status: 'Degraded',
      message: 'missing request for cpu in container php-redis of Pod frontend-795b566649-7jhk5',
    });
  });

  it('is Unknown when the autoscaling/v1 annotation is not JSON', () => {
    const result = objectHealth(v1Autoscaler('[{"type":'));
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(/^failed to convert conditions annotation to typed: /);
  });

  it('is not Degraded for a failure reason gitops-engine does not list', () => {
    const hpa = frontendAutoscaler([
      {
        type: 'ScalingActive',
        status: 'False',
        reason: 'FailedGetContainerResourceMetric',
        message: 'the HPA was unable to compute the replica count',
      },
    ]);
    expect(objectHealth(hpa)).toEqual({ status: 'Progressing', message: 'Waiting to Autoscale' });
  });

  it('is Degraded for a failure after a rescale in autoscaling/v1, failures anywhere winning', () => {
    const hpa = v1Autoscaler(
      JSON.stringify([
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'SucceededRescale',
          message: 'the HPA controller was able to update the target scale to 4',
        },
        {
          type: 'ScalingActive',
          status: 'False',
          reason: 'FailedGetResourceMetric',
          message: 'the HPA was unable to compute the replica count: missing request for cpu',
        },
      ]),
    );
    expect(objectHealth(hpa)).toEqual({
      status: 'Degraded',
      message: 'the HPA was unable to compute the replica count: missing request for cpu',
    });
  });

  it.each([
    ['null', 'Waiting to Autoscale'],
    ['[]', 'Waiting to Autoscale'],
  ])('is Progressing when the autoscaling/v1 annotation is %s', (annotation, message) => {
    expect(objectHealth(v1Autoscaler(annotation))).toEqual({ status: 'Progressing', message });
  });

  it.each(['{}', '"AbleToScale"', '[{"type":5}]', '[{"type":"AbleToScale","status":true}]'])(
    'is Unknown when the autoscaling/v1 annotation is %s',
    (annotation) => {
      const result = objectHealth(v1Autoscaler(annotation));
      expect(result?.status).toBe('Unknown');
      expect(result?.message).toMatch('failed to convert conditions annotation to typed: ');
    },
  );

  it('is Unknown for an API version it does not know', () => {
    const hpa = { ...frontendAutoscaler([ableToScale]), apiVersion: 'autoscaling/v3' };
    expect(objectHealth(hpa)).toEqual({
      status: 'Unknown',
      message: 'unsupported HPA GVK: autoscaling/v3, Kind=HorizontalPodAutoscaler',
    });
  });

  it('is Unknown when its conditions are not a list', () => {
    const hpa = { ...frontendAutoscaler(undefined), status: { conditions: ableToScale } };
    const result = objectHealth(hpa);
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured HPA to typed: status.conditions: ',
    );
  });

  // Cases from argoproj/argo-cd gitops-engine/pkg/health/testdata/hpa-*.yaml and argoproj/gitops-engine
  // pkg/health/testdata/hpa-v2-degraded-partially.yaml and hpa-v2beta2-healthy.yaml (the
  // conditions, as written there), with the messages of argoproj/argo-cd
  // resource_customizations/autoscaling/HorizontalPodAutoscaler/health_test.yaml.
  describe('gitops-engine testdata', () => {
    const getScaleFailed = {
      type: 'AbleToScale',
      status: 'False',
      reason: 'FailedGetScale',
      message:
        'the HPA controller was unable to get the target\'s current scale: deployments/scale.apps "sandbox-test-app-8" not found',
    };
    const validMetric = {
      type: 'ScalingActive',
      status: 'True',
      reason: 'ValidMetricFound',
      message:
        'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
    };
    const desiredWithinRange = {
      type: 'ScalingLimited',
      status: 'False',
      reason: 'DesiredWithinRange',
      message: 'the desired count is within the acceptable range',
    };

    function sample(apiVersion: string, conditions: Record<string, string>[]): KubeObject {
      return {
        apiVersion,
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'sample' },
        spec: { maxReplicas: 2, minReplicas: 1 },
        status: { conditions, currentReplicas: 1, desiredReplicas: 1 },
      };
    }

    it('hpa-v2-degraded: Degraded when the target scale cannot be read', () => {
      const hpa = sample('autoscaling/v2', [getScaleFailed, validMetric, desiredWithinRange]);
      expect(objectHealth(hpa)).toEqual({ status: 'Degraded', message: getScaleFailed.message });
    });

    it('hpa-v2-degraded-partially: Degraded by a metric failure after a healthy condition', () => {
      const metricFailed = {
        type: 'ScalingActive',
        status: 'False',
        reason: 'FailedGetResourceMetric',
        message:
          'the HPA was unable to compute the replica count: failed to get memory utilization: unable to get metrics for resource memory: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)\n',
      };
      const getScale = {
        type: 'AbleToScale',
        status: 'True',
        reason: 'SucceededGetScale',
        message: "the HPA controller was able to get the target's current scale",
      };
      const hpa = sample('autoscaling/v2', [getScale, metricFailed]);
      expect(objectHealth(hpa)).toEqual({ status: 'Degraded', message: metricFailed.message });
    });

    it('hpa-v2-progressing: Progressing while no condition is healthy', () => {
      const hpa = sample('autoscaling/v2', [validMetric, desiredWithinRange]);
      expect(objectHealth(hpa)).toEqual({
        status: 'Progressing',
        message: 'Waiting to Autoscale',
      });
    });

    it('hpa-v2beta2-healthy: Healthy with the AbleToScale message', () => {
      const readyForNewScale = {
        type: 'AbleToScale',
        status: 'True',
        reason: 'ReadyForNewScale',
        message: 'recommended size matches current size',
      };
      const hpa = sample('autoscaling/v2beta2', [
        readyForNewScale,
        validMetric,
        desiredWithinRange,
      ]);
      expect(objectHealth(hpa)).toEqual({
        status: 'Healthy',
        message: 'recommended size matches current size',
      });
    });

    it('hpa-v2beta1-healthy-disabled: Healthy while scaling is disabled at zero replicas', () => {
      const hpa = sample('autoscaling/v2beta1', [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'SucceededGetScale',
          message: "the HPA controller was able to get the target's current scale",
        },
        {
          type: 'ScalingActive',
          status: 'False',
          reason: 'ScalingDisabled',
          message: 'scaling is disabled since the replica count of the target is zero',
        },
      ]);
      expect(objectHealth(hpa)).toEqual({
        status: 'Healthy',
        message: "the HPA controller was able to get the target's current scale",
      });
    });

    it('hpa-v1-healthy: Healthy with the first healthy condition of the annotation', () => {
      const hpa = v1Autoscaler(
        JSON.stringify([
          {
            type: 'AbleToScale',
            status: 'True',
            lastTransitionTime: '2026-02-05T14:13:42Z',
            reason: 'ScaleDownStabilized',
            message:
              'recent recommendations were higher than current one, applying the highest recent recommendation',
          },
          validMetric,
          desiredWithinRange,
        ]),
      );
      expect(objectHealth(hpa)).toEqual({
        status: 'Healthy',
        message:
          'recent recommendations were higher than current one, applying the highest recent recommendation',
      });
    });

    it('hpa-v1-degraded: Degraded by a failure reason, whatever the condition status', () => {
      const hpa = v1Autoscaler(
        JSON.stringify([
          {
            type: 'AbleToScale',
            status: 'True',
            reason: 'FailedGetScale',
            message: "the HPA controller was unable to get the target's current scale",
          },
          { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric' },
        ]),
      );
      expect(objectHealth(hpa)).toEqual({
        status: 'Degraded',
        message: "the HPA controller was unable to get the target's current scale",
      });
    });

    it('hpa-v1-degraded-failedgetobjectmetric: Degraded when a custom metric is missing', () => {
      const message =
        'the HPA was unable to compute the replica count: unable to get metric tomcat_sessions_active_current_sessions: Service on namespace sample-service/unable to fetch metrics from custom metrics API: the server could not find the metric tomcat_sessions_active_current_sessions for services';
      const hpa = v1Autoscaler(
        JSON.stringify([
          {
            type: 'AbleToScale',
            status: 'True',
            reason: 'SucceededGetScale',
            message: "the HPA controller was able to get the target's current scale",
          },
          { type: 'ScalingActive', status: 'False', reason: 'FailedGetObjectMetric', message },
        ]),
      );
      expect(objectHealth(hpa)).toEqual({ status: 'Degraded', message });
    });

    it('hpa-v1-progressing: Progressing when AbleToScale is not True', () => {
      const hpa = v1Autoscaler(
        JSON.stringify([
          {
            type: 'AbleToScale',
            status: 'False',
            reason: 'SucceededGetScale',
            message: "the HPA controller was not able to get the target's current scale",
          },
        ]),
      );
      expect(objectHealth(hpa)).toEqual({
        status: 'Progressing',
        message: 'Waiting to Autoscale',
      });
    });

    it('hpa-v1-progressing-with-no-annotations: Progressing', () => {
      expect(objectHealth(v1Autoscaler(undefined))).toEqual({
        status: 'Progressing',
        message: 'Waiting to Autoscale',
      });
    });
  });
});
