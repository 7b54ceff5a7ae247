import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import type { ResourceManifest } from '../../../api/contract';
import { liveResource } from '../../../api/testing/live-status-fixtures';
import { comparisonOf, compareManifestPair, pairKey } from './manifest-pair';

const own = { left: { names: ['Production'] }, right: { names: ['Staging'] } };

function manifest(desired: string | null): ResourceManifest {
  return { LiveManifest: 'kind: Service', DesiredManifest: desired, Diff: null };
}

const service = (namespace: string, port: number) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: payment\n  namespace: ${namespace}\nspec:\n  ports:\n    - name: http\n      port: ${String(port)}\n`;

describe('compareManifestPair', () => {
  it('compares the applied manifests, never the live ones', () => {
    expect(
      compareManifestPair(
        manifest(service('shop-production', 80)),
        manifest(service('shop-staging', 80)),
        own,
      ),
    ).toEqual({ status: 'same' });
    expect(
      compareManifestPair(
        manifest(service('shop-production', 80)),
        manifest(service('shop-staging', 8080)),
        own,
      ),
    ).toEqual({
      status: 'differ',
      differences: [{ path: 'spec.ports[http].port', left: 80, right: 8080 }],
    });
  });

  it('says which side has no applied manifest, or one that is not YAML', () => {
    const good = manifest(service('a', 80));
    expect(compareManifestPair(manifest(null), good, own)).toEqual({
      status: 'no-manifest',
      side: 'left',
    });
    expect(compareManifestPair(good, manifest(null), own)).toEqual({
      status: 'no-manifest',
      side: 'right',
    });
    expect(compareManifestPair(good, manifest('kind: [oops'), own)).toEqual({
      status: 'unreadable',
      side: 'right',
    });
  });
});

describe('pairKey', () => {
  const side = (environmentId: string, generation: string) => ({
    ids: { spaceId: 'Spaces-1', projectId: 'Projects-5', environmentId, tenantId: null },
    own: { names: [] },
    generation,
  });
  const object = {
    key: 'Service/payment',
    kind: 'Service',
    name: 'payment',
    presence: 'both' as const,
    statusDiffers: false,
    left: {
      resource: liveResource({ Name: 'payment' }),
      ref: { machineId: 'M4', resourceId: 'r4' },
      target: null,
      descendants: 0,
    },
    right: {
      resource: liveResource({ Name: 'payment' }),
      ref: { machineId: 'M3', resourceId: 'r3' },
      target: null,
      descendants: 0,
    },
  };

  it('names both objects and each side’s latest deployment, so a new deployment compares again', () => {
    const key = pairKey(object, side('E4', 'Deployments-1'), side('E3', 'Deployments-2'));
    expect(key).toBe('E4//M4:r4@Deployments-1|E3//M3:r3@Deployments-2');
    expect(pairKey(object, side('E4', 'Deployments-9'), side('E3', 'Deployments-2'))).not.toBe(key);
    expect(
      pairKey({ ...object, right: { ...object.right, ref: null } }, side('E4', ''), side('E3', '')),
    ).toBeNull();
  });
});

describe('comparisonOf', () => {
  const labels = { left: 'Production', right: 'Staging' };

  it('says why a comparison failed, and whether asking again may help', () => {
    const notFound = new ApiError({
      kind: 'http',
      status: 404,
      path: '/api/Spaces-1/x/manifest',
      message: 'The server could not find this (404)',
    });
    expect(comparisonOf({ ok: false, error: notFound }, labels)).toEqual({
      status: 'failed',
      reason: 'Object not found',
      retryable: true,
    });
    expect(
      comparisonOf(
        { ok: false, error: new ApiError({ kind: 'timeout', path: '/x', message: 'Too slow' }) },
        labels,
      ),
    ).toEqual({
      status: 'failed',
      reason: 'timeout: Too slow',
      retryable: true,
    });
    expect(
      comparisonOf({ ok: true, value: { status: 'no-manifest', side: 'right' } }, labels),
    ).toEqual({
      status: 'failed',
      reason: 'Octopus has no applied manifest for it in Staging',
      retryable: false,
    });
    expect(comparisonOf({ ok: true, value: { status: 'same' } }, labels)).toEqual({
      status: 'same',
    });
  });
});
