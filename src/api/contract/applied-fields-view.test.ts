import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../mocks/kubernetes/types';
import {
  appliedFieldDifferences,
  appliedFieldsView,
  CHANGED_SECRET_VALUE,
  HIDDEN_SECRET_VALUE,
} from './applied-fields';
import { b64, CASES, configMap, deployment, secret } from './testing/applied-field-cases';
import { base64, GENERATED_SECRET_VALUES, generatedPairs } from './testing/applied-field-pairs';

describe('appliedFieldsView: equal sides exactly when no applied field differs', () => {
  it.each(CASES)('$name', ({ applied, live, differing }) => {
    const view = appliedFieldsView(applied, live);
    expect(isDeepStrictEqual(view.applied, view.live)).toBe(differing.length === 0);
  });

  it('holds for 3,000 generated pairs, about half of them differing', () => {
    let equal = 0;
    let differing = 0;
    const disagreements: unknown[] = [];
    for (const { applied, live } of generatedPairs(3_000)) {
      const view = appliedFieldsView(applied, live);
      const differences = appliedFieldDifferences(applied, live);
      const same = isDeepStrictEqual(view.applied, view.live);
      if (same !== (differences.length === 0)) {
        disagreements.push({ applied, live, view, differences });
      }
      if (same) equal += 1;
      else differing += 1;
    }
    // On failure, the first pairs themselves are the message.
    expect(disagreements.slice(0, 2)).toEqual([]);
    // The generator makes both kinds of pair in numbers, so the property is tested both ways.
    expect(equal).toBeGreaterThan(600);
    expect(differing).toBeGreaterThan(600);
  });

  it('never gives a Secret value out of any generated pair, nor does the rule', () => {
    const values = GENERATED_SECRET_VALUES.flatMap((value) => [value, base64(value)]);
    let secrets = 0;
    for (const { applied, live } of generatedPairs(3_000, 7)) {
      const text = JSON.stringify([
        appliedFieldsView(applied, live),
        appliedFieldDifferences(applied, live),
      ]);
      if (JSON.stringify([applied, live]).includes('"Secret"')) secrets += 1;
      for (const value of values) expect(text).not.toContain(value);
    }
    expect(secrets).toBeGreaterThan(300);
  });
});

describe('appliedFieldsView: the live object cut down to what was applied', () => {
  it('a Deployment scaled by hand: only replicas differs, server fields and defaults are gone', () => {
    const applied = deployment({ replicas: 1 });
    const live: KubeObject = {
      ...deployment({
        replicas: 3,
        container: {
          imagePullPolicy: 'IfNotPresent',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
        },
        pod: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30 },
        spec: { progressDeadlineSeconds: 600, strategy: { type: 'RollingUpdate' } },
        metadata: {
          uid: '3583e919',
          resourceVersion: '1427563',
          generation: 4,
          creationTimestamp: '2026-11-08T02:03:33Z',
          managedFields: [{ manager: 'octopus', operation: 'Apply' }],
          annotations: { 'deployment.kubernetes.io/revision': '3' },
        },
      }),
      status: { replicas: 3, availableReplicas: 3 },
    };
    const view = appliedFieldsView(applied, live);
    expect(view.applied).toEqual(applied);
    expect(view.live).toEqual(deployment({ replicas: 3 }));
  });

  it('a Service the API server filled in (clusterIP, type, protocol): nothing to show', () => {
    const applied: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'carts', namespace: 'shop' },
      spec: { selector: { app: 'carts' }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    const live: KubeObject = {
      ...applied,
      metadata: { ...applied.metadata, uid: 'c1', resourceVersion: '9' },
      spec: {
        clusterIP: '10.96.12.34',
        clusterIPs: ['10.96.12.34'],
        type: 'ClusterIP',
        sessionAffinity: 'None',
        ipFamilies: ['IPv4'],
        selector: { app: 'carts' },
        ports: [{ name: '', port: 80, protocol: 'TCP', targetPort: 8080 }],
      },
      status: { loadBalancer: {} },
    };
    const view = appliedFieldsView(applied, live);
    expect(view.live).toEqual(applied);
    expect(view.applied).toEqual(view.live);
  });

  it('a ConfigMap key added by hand in the cluster is not a difference, and not shown', () => {
    const view = appliedFieldsView(
      configMap({ data: { mode: 'strict' } }),
      configMap({ data: { added: 'by-hand', mode: 'strict' } }),
    );
    expect(view.live).toEqual(configMap({ data: { mode: 'strict' } }));
    expect(view.applied).toEqual(view.live);
  });

  it('a label only the cluster has is not shown', () => {
    const view = appliedFieldsView(
      deployment(),
      deployment({ metadata: { labels: { app: 'carts', 'added-by': 'hand' } } }),
    );
    expect(view.live).toEqual(deployment());
  });

  it('a Secret value changed by hand: hidden on both sides, marked changed live', () => {
    const view = appliedFieldsView(
      secret({ data: { password: b64('hunter2'), user: b64('admin') } }),
      secret({ data: { user: b64('admin'), password: b64('rotated'), added: b64('by-hand') } }),
    );
    expect(view.applied.data).toEqual({ password: HIDDEN_SECRET_VALUE, user: HIDDEN_SECRET_VALUE });
    expect(view.live.data).toEqual({ password: CHANGED_SECRET_VALUE, user: HIDDEN_SECRET_VALUE });
    const text = JSON.stringify(view);
    for (const value of ['hunter2', 'rotated', 'admin', 'by-hand']) {
      expect(text).not.toContain(b64(value));
    }
  });

  it('a Secret: stringData reads as stringData on both sides, a key missing live is not there', () => {
    const view = appliedFieldsView(
      secret({ stringData: { password: 'hunter2', 'tls.key': 'key' } }),
      {
        ...secret({ data: { password: b64('hunter2') } }),
        metadata: {
          name: 'db-credentials',
          namespace: 'shop',
          annotations: {
            'kubectl.kubernetes.io/last-applied-configuration':
              '{"stringData":{"password":"hunter2"}}',
          },
        },
      },
    );
    expect(view.applied.stringData).toEqual({
      password: HIDDEN_SECRET_VALUE,
      'tls.key': HIDDEN_SECRET_VALUE,
    });
    expect(view.live.stringData).toEqual({ password: HIDDEN_SECRET_VALUE });
    expect(view.live).not.toHaveProperty('data');
    expect(JSON.stringify(view)).not.toContain('hunter2');
  });

  it('a list element missing live: the live list is shown whole, as it is not the applied one', () => {
    const env = [
      { name: 'JAVA_OPTS', value: '-Xmx64m' },
      { name: 'ZIPKIN', value: 'zipkin:9411' },
    ];
    const liveEnv = [{ name: 'JAVA_OPTS', value: '-Xmx64m', valueFrom: null }];
    const view = appliedFieldsView(
      deployment({ container: { env } }),
      deployment({ container: { env: liveEnv, imagePullPolicy: 'Always' } }),
    );
    expect(view.applied).toEqual(deployment({ container: { env } }));
    // The container is cut down as usual; its env, which differs, is live's whole.
    expect(view.live).toEqual(deployment({ container: { env: liveEnv } }));
  });

  it('list elements of the applied length are cut down one by one', () => {
    const view = appliedFieldsView(
      deployment({ container: { ports: [{ containerPort: 80 }] } }),
      deployment({ container: { ports: [{ protocol: 'TCP', containerPort: 80 }] } }),
    );
    expect(view.live).toEqual(deployment({ container: { ports: [{ containerPort: 80 }] } }));
  });

  it('a number the cluster wrote back as text reads as the applied number', () => {
    const view = appliedFieldsView(
      deployment({ container: { resources: { requests: { cpu: 1 } } } }),
      deployment({ container: { resources: { requests: { cpu: '1', memory: '64Mi' } } } }),
    );
    expect(view.live).toEqual(deployment({ container: { resources: { requests: { cpu: 1 } } } }));
  });

  it('null and empty applied values the cluster does not set show on neither side', () => {
    const view = appliedFieldsView(
      configMap({ data: { mode: 'strict', gone: null }, binaryData: {} }, { labels: {} }),
      configMap({ data: { mode: 'strict', gone: 'set by a controller' } }),
    );
    expect(view.applied).toEqual(configMap({ data: { mode: 'strict' } }));
    expect(view.live).toEqual(view.applied);
  });

  it('an exported manifest loses its server metadata, tool annotations and status too', () => {
    const applied = {
      ...configMap(
        { data: { mode: 'strict' } },
        {
          uid: 'old',
          resourceVersion: '1',
          annotations: {
            'kubectl.kubernetes.io/last-applied-configuration': '{}',
            owner: 'shop-team',
          },
        },
      ),
      status: { phase: 'Old' },
    };
    const view = appliedFieldsView(applied, configMap({ data: { mode: 'lax' } }, { uid: 'new' }));
    expect(view.applied).toEqual(
      configMap({ data: { mode: 'strict' } }, { annotations: { owner: 'shop-team' } }),
    );
    expect(view.live).toEqual(configMap({ data: { mode: 'lax' } }));
  });

  it('keeps the manifest’s key order on the live side, whatever the cluster’s', () => {
    const applied = configMap({ data: { b: '2', a: '1' } });
    const live: KubeObject = {
      metadata: { namespace: 'shop', name: 'shop-config', uid: 'u' },
      data: { a: '1', b: '2' },
      kind: 'ConfigMap',
      apiVersion: 'v1',
    };
    const view = appliedFieldsView(applied, live);
    expect(Object.keys(view.live)).toEqual(['apiVersion', 'kind', 'metadata', 'data']);
    expect(Object.keys(view.live.data as object)).toEqual(['b', 'a']);
  });

  it('cuts down the objects of a List, and hides their Secret values', () => {
    const list = (items: KubeObject[]): KubeObject => ({
      apiVersion: 'v1',
      kind: 'List',
      metadata: { name: '' },
      items,
    });
    const view = appliedFieldsView(
      list([
        configMap({ data: { mode: 'strict' } }),
        secret({ data: { password: b64('hunter2') } }),
      ]),
      list([
        { ...configMap({ data: { mode: 'strict' } }, { uid: 'c1' }), status: { phase: 'x' } },
        secret({ data: { password: b64('rotated') } }),
      ]),
    );
    expect(view.live.items).toEqual([
      configMap({ data: { mode: 'strict' } }),
      secret({ data: { password: CHANGED_SECRET_VALUE } }),
    ]);
    const shorter = appliedFieldsView(
      list([secret({ data: { password: b64('hunter2') } })]),
      list([]),
    );
    expect(shorter.live.items).toEqual([]);
    expect(JSON.stringify([view, shorter])).not.toContain(b64('hunter2'));
  });
});
