import { describe, expect, it } from 'vitest';
import {
  catalogueRunningPod,
  liveUserDbSecret,
  ordersMigrationJob,
  redisConfigMap,
} from './testing/fixtures';
import { healthSeverity, objectHealth, worstHealth } from './health';
import { healthRules } from './health/health-rules';
import { untypedObject } from './health/untyped-object';
import type { KubeObject } from './types';

/*
 * The entry point: which rule an object goes to, and deletion, which comes before any rule. Each
 * rule has its own tests beside it, in health/<kind>-health.test.ts.
 */

describe('objectHealth: dispatch on API group and kind', () => {
  it('is null for a ConfigMap, a Secret and a custom resource', () => {
    expect(objectHealth(redisConfigMap())).toBeNull();
    expect(objectHealth(liveUserDbSecret({ username: 'dXNlcg==' }))).toBeNull();
    const certificate: KubeObject = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'guestbook-tls', namespace: 'guestbook' },
      spec: { secretName: 'guestbook-tls' },
    };
    expect(objectHealth(certificate)).toBeNull();
  });

  it('is null for a known kind name in another API group', () => {
    const foreign: KubeObject = { ...catalogueRunningPod(), apiVersion: 'example.com/v1' };
    expect(objectHealth(foreign)).toBeNull();
  });

  it('has a rule for every group and kind of the table, whatever the version', () => {
    for (const [group, rules] of Object.entries(healthRules)) {
      for (const kind of Object.keys(rules)) {
        const apiVersion = group === '' ? 'v1' : `${group}/v1`;
        expect(
          objectHealth(untypedObject({ apiVersion, kind })),
          `${group}/${kind}`,
        ).not.toBeNull();
      }
    }
  });

  it('reads an apiVersion that is not text as the core group, as Go does', () => {
    const pod = untypedObject({ ...catalogueRunningPod(), apiVersion: 1 });
    expect(objectHealth(pod)).toEqual({ status: 'Healthy', message: null });
  });

  it.each([
    ['an apiVersion with two slashes', { apiVersion: 'apps/v1/beta', kind: 'Deployment' }],
    ['a kind that is not text', { apiVersion: 'v1', kind: ['Pod'] }],
    ['no kind', { apiVersion: 'apps/v1', metadata: { name: 'carts' } }],
    ['a kind named after an object method', { apiVersion: 'v1', kind: 'constructor' }],
    ['a group named after an object method', { apiVersion: 'hasOwnProperty/v1', kind: 'Pod' }],
  ])('is null for %s', (_case, object) => {
    expect(objectHealth(untypedObject(object))).toBeNull();
  });

  it.each([null, 'Pod', 42, [catalogueRunningPod()]].map((value) => ({ value })))(
    'is null for $value, which is no object',
    ({ value }) => {
      expect(objectHealth(untypedObject(value))).toBeNull();
    },
  );
});

describe('objectHealth: pending deletion', () => {
  const deletedAt = '2024-05-14T10:02:11Z';

  it('is Progressing "Pending deletion" for any object being deleted, as in gitops-engine', () => {
    const configMap = redisConfigMap();
    const deleting: KubeObject = {
      ...configMap,
      metadata: { ...configMap.metadata, deletionTimestamp: deletedAt },
    };
    expect(objectHealth(deleting)).toEqual({ status: 'Progressing', message: 'Pending deletion' });
  });

  it('reads a timestamp with fractions of a second and an offset', () => {
    const configMap = redisConfigMap();
    const deleting: KubeObject = {
      ...configMap,
      metadata: { ...configMap.metadata, deletionTimestamp: '2024-05-14T12:02:11.482+02:00' },
    };
    expect(objectHealth(deleting)?.message).toBe('Pending deletion');
  });

  it("leaves a hook held by Argo CD's hook finalizer to its own rule", () => {
    const job = ordersMigrationJob({
      succeeded: 1,
      conditions: [{ type: 'Complete', status: 'True', reason: 'CompletionsReached' }],
    });
    const hook: KubeObject = {
      ...job,
      metadata: {
        ...job.metadata,
        deletionTimestamp: deletedAt,
        finalizers: ['argocd.argoproj.io/hook-finalizer'],
      },
    };
    expect(objectHealth(hook)).toEqual({ status: 'Healthy', message: null });
  });

  it('is still pending deletion with other finalizers', () => {
    const job = ordersMigrationJob({ active: 1 });
    const deleting: KubeObject = {
      ...job,
      metadata: {
        ...job.metadata,
        deletionTimestamp: deletedAt,
        finalizers: ['foregroundDeletion'],
      },
    };
    expect(objectHealth(deleting)).toEqual({ status: 'Progressing', message: 'Pending deletion' });
  });

  it.each(['', 'yesterday', '2024-05-14', 1715680931, true])(
    'ignores a deletionTimestamp it cannot read (%j), as Go does',
    (deletionTimestamp) => {
      const configMap = redisConfigMap();
      const pod = catalogueRunningPod();
      const deleting = (object: KubeObject) =>
        untypedObject({ ...object, metadata: { ...object.metadata, deletionTimestamp } });
      expect(objectHealth(deleting(configMap))).toBeNull();
      expect(objectHealth(deleting(pod))).toEqual({ status: 'Healthy', message: null });
    },
  );
});

describe('worstHealth and healthSeverity', () => {
  it('orders Healthy < Suspended < Progressing < Missing < Degraded < Unknown < Stale', () => {
    const ordered = Object.entries(healthSeverity)
      .sort(([, a], [, b]) => a - b)
      .map(([status]) => status);
    expect(ordered).toEqual([
      'Healthy',
      'Suspended',
      'Progressing',
      'Missing',
      'Degraded',
      'Unknown',
      'Stale',
    ]);
  });

  it('picks the worst status', () => {
    expect(worstHealth(['Healthy', 'Degraded', 'Progressing'])).toBe('Degraded');
    expect(worstHealth(['Suspended', 'Healthy'])).toBe('Suspended');
    expect(worstHealth(['Missing', 'Progressing'])).toBe('Missing');
    expect(worstHealth(['Degraded', 'Unknown'])).toBe('Unknown');
    expect(worstHealth(['Unknown', 'Stale', 'Healthy'])).toBe('Stale');
  });

  it('takes any iterable, and gives null for none', () => {
    expect(worstHealth(new Set(['Healthy', 'Progressing'] as const))).toBe('Progressing');
    expect(worstHealth([])).toBeNull();
  });
});
