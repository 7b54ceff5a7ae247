import { describe, expect, it } from 'vitest';
import { guestbookIngress } from '../testing/fixtures';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';

describe('networking.k8s.io/Ingress and extensions/Ingress', () => {
  it('is Progressing for an Ingress without an address, Healthy with one', () => {
    expect(objectHealth(guestbookIngress())).toEqual({ status: 'Progressing', message: null });
    expect(objectHealth(guestbookIngress({ address: '34.120.8.19' }))).toEqual({
      status: 'Healthy',
      message: null,
    });
  });

  it('judges an extensions/v1beta1 Ingress the same way', () => {
    const legacy: KubeObject = { ...guestbookIngress(), apiVersion: 'extensions/v1beta1' };
    expect(objectHealth(legacy)).toEqual({ status: 'Progressing', message: null });
  });

  it.each([
    ['no status', undefined],
    ['a status that is not an object', 'pending'],
    ['a load balancer that is not an object', { loadBalancer: ['34.120.8.19'] }],
    ['addresses that are not a list', { loadBalancer: { ingress: '34.120.8.19' } }],
  ])('reads %s as no address: Progressing, never Unknown', (_case, status) => {
    expect(objectHealth({ ...guestbookIngress(), status })).toEqual({
      status: 'Progressing',
      message: null,
    });
  });

  it('is Healthy with any address entry, as it only counts them', () => {
    const ingress = { ...guestbookIngress(), status: { loadBalancer: { ingress: [{}] } } };
    expect(objectHealth(ingress)).toEqual({ status: 'Healthy', message: null });
  });
});
