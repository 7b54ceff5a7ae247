import { describe, expect, it } from 'vitest';
import { liveFrontEndService } from '../testing/fixtures';
import { objectHealth } from '../health';
import { untypedObject } from './untyped-object';

describe('core/Service', () => {
  it('is Healthy for a NodePort or ClusterIP Service', () => {
    expect(objectHealth(liveFrontEndService())).toEqual({ status: 'Healthy', message: null });
    expect(objectHealth(liveFrontEndService({ type: 'ClusterIP' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('is Progressing for a LoadBalancer Service without an address', () => {
    expect(objectHealth(liveFrontEndService({ type: 'LoadBalancer' }))).toEqual({
      status: 'Progressing',
      message: null,
    });
  });

  it('is Healthy for a LoadBalancer Service with an address', () => {
    const service = liveFrontEndService({ type: 'LoadBalancer', ingressIp: '34.118.42.7' });
    expect(objectHealth(service)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Healthy with a host name for an address', () => {
    const service = {
      ...liveFrontEndService({ type: 'LoadBalancer' }),
      status: { loadBalancer: { ingress: [{ hostname: 'front-end.elb.amazonaws.com' }] } },
    };
    expect(objectHealth(service)).toEqual({ status: 'Healthy', message: null });
  });

  it('is Unknown when the load balancer addresses are not a list', () => {
    const service = {
      ...liveFrontEndService({ type: 'LoadBalancer' }),
      status: { loadBalancer: { ingress: '34.118.42.7' } },
    };
    const result = objectHealth(service);
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured Service to typed: status.loadBalancer.ingress: ',
    );
  });

  it('is Healthy with nothing but its kind: a Service without a type is no load balancer', () => {
    expect(objectHealth(untypedObject({ apiVersion: 'v1', kind: 'Service' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });
});
