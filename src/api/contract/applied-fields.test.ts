import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../mocks/kubernetes/types';
import { appliedFieldDifferences, HIDDEN_SECRET_VALUE } from './applied-fields';
import { b64, CASES, configMap, deployment, secret } from './testing/applied-field-cases';

describe('appliedFieldDifferences', () => {
  it.each(CASES)('$name', ({ applied, live, differing }) => {
    expect(appliedFieldDifferences(applied, live).map((difference) => difference.path)).toEqual(
      differing,
    );
  });

  it('reports the values, and a field the cluster does not set as undefined', () => {
    const applied = deployment({ container: { securityContext: { runAsNonRoot: true } } });
    expect(appliedFieldDifferences(applied, deployment({ replicas: 3 }))).toEqual([
      { path: 'spec.replicas', applied: 1, live: 3 },
      {
        path: 'spec.template.spec.containers[0].securityContext',
        applied: { runAsNonRoot: true },
        live: undefined,
      },
    ]);
  });

  it('never gives a Secret value, only that it differs', () => {
    const differences = appliedFieldDifferences(
      secret({ data: { password: b64('hunter2') }, stringData: { token: 'tok_9f8e' } }),
      secret({ data: { password: b64('rotated') } }),
    );
    expect(differences).toEqual([
      {
        path: 'data.password',
        applied: HIDDEN_SECRET_VALUE,
        live: HIDDEN_SECRET_VALUE,
        secretValue: true,
      },
      {
        path: 'stringData.token',
        applied: HIDDEN_SECRET_VALUE,
        live: undefined,
        secretValue: true,
      },
    ]);
  });

  it('compares the items of a List as objects, Secrets included, and hides their values', () => {
    const list = (items: KubeObject[]): KubeObject => ({
      apiVersion: 'v1',
      kind: 'List',
      metadata: { name: '' },
      items,
    });
    const applied = list([secret({ data: { password: b64('hunter2') } }), configMap()]);
    const live = list([
      {
        ...secret({ data: { password: b64('rotated') } }),
        metadata: { name: 'db-credentials', uid: 'u1' },
      },
      configMap({}, { resourceVersion: '7' }),
    ]);
    const differences = appliedFieldDifferences(applied, live);
    expect(differences.map((difference) => difference.path)).toEqual([
      'items[0].metadata.namespace',
      'items[0].data.password',
    ]);
    const shorter = appliedFieldDifferences(applied, list([configMap()]));
    expect(shorter.map((difference) => difference.path)).toEqual(['items']);
    const text = JSON.stringify([differences, shorter]);
    for (const value of ['hunter2', 'rotated']) expect(text).not.toContain(b64(value));
  });
});
