import { describe, expect, it } from 'vitest';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';
import { untypedObject } from './untyped-object';

/**
 * cert-manager's webhook APIService, after argoproj/argo-cd
 * gitops-engine/pkg/health/testdata/apiservice-v1-*.yaml (and the v1beta1 ones), with the
 * messages of argoproj/argo-cd resource_customizations/apiregistration.k8s.io/APIService/health_test.yaml.
 */
function certManagerWebhook(apiVersion: string, conditions?: unknown): KubeObject {
  return {
    apiVersion,
    kind: 'APIService',
    metadata: { name: 'v1beta1.admission.cert-manager.io', labels: { app: 'webhook' } },
    spec: {
      group: 'admission.cert-manager.io',
      groupPriorityMinimum: 1000,
      versionPriority: 15,
      service: { name: 'cert-manager-webhook', namespace: 'external-dns' },
      version: 'v1beta1',
    },
    ...(conditions === undefined ? {} : { status: { conditions } }),
  };
}

const passed = {
  type: 'Available',
  status: 'True',
  reason: 'Passed',
  message: 'all checks passed',
  lastTransitionTime: '2019-06-26T07:17:09Z',
};
const missingEndpoints = {
  type: 'Available',
  status: 'False',
  reason: 'MissingEndpoints',
  message: 'endpoints for service/cert-manager-webhook in "external-dns" have no addresses',
  lastTransitionTime: '2019-06-26T07:17:09Z',
};

describe('apiregistration.k8s.io/APIService', () => {
  it.each(['apiregistration.k8s.io/v1', 'apiregistration.k8s.io/v1beta1'])(
    'is Healthy with "reason: message" when Available (%s)',
    (apiVersion) => {
      expect(objectHealth(certManagerWebhook(apiVersion, [passed]))).toEqual({
        status: 'Healthy',
        message: 'Passed: all checks passed',
      });
    },
  );

  it.each(['apiregistration.k8s.io/v1', 'apiregistration.k8s.io/v1beta1'])(
    'is Progressing with "reason: message" when not Available (%s)',
    (apiVersion) => {
      expect(objectHealth(certManagerWebhook(apiVersion, [missingEndpoints]))).toEqual({
        status: 'Progressing',
        message:
          'MissingEndpoints: endpoints for service/cert-manager-webhook in "external-dns" have no addresses',
      });
    },
  );

  it('reads the first Available condition only', () => {
    const webhook = certManagerWebhook('apiregistration.k8s.io/v1', [missingEndpoints, passed]);
    expect(objectHealth(webhook)?.status).toBe('Progressing');
  });

  it('is Progressing "Waiting to be processed" without an Available condition', () => {
    expect(objectHealth(certManagerWebhook('apiregistration.k8s.io/v1'))).toEqual({
      status: 'Progressing',
      message: 'Waiting to be processed',
    });
    const other = { type: 'Discovered', status: 'True', reason: 'Found', message: 'found' };
    expect(objectHealth(certManagerWebhook('apiregistration.k8s.io/v1', [other]))).toEqual({
      status: 'Progressing',
      message: 'Waiting to be processed',
    });
  });

  it('keeps the separator when the condition has neither reason nor message', () => {
    const bare = { type: 'Available', status: 'True' };
    expect(objectHealth(certManagerWebhook('apiregistration.k8s.io/v1', [bare]))).toEqual({
      status: 'Healthy',
      message: ': ',
    });
  });

  it('is Progressing with nothing but its kind', () => {
    const apiService = untypedObject({
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
    });
    expect(objectHealth(apiService)).toEqual({
      status: 'Progressing',
      message: 'Waiting to be processed',
    });
  });

  it.each([
    ['status.conditions', passed],
    ['status.conditions.0.status', [{ ...passed, status: true }]],
  ])('is Unknown when %s has the wrong type', (field, conditions) => {
    const result = objectHealth(certManagerWebhook('apiregistration.k8s.io/v1', conditions));
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      `failed to convert unstructured APIService to typed: ${field}: `,
    );
  });

  it('has no health in another API group', () => {
    const apiService = { ...certManagerWebhook('example.com/v1', [passed]) };
    expect(objectHealth(apiService)).toBeNull();
  });
});
