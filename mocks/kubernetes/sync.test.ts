import { describe, expect, it } from 'vitest';
import {
  appliedCartsDeployment,
  appliedFrontEndService,
  appliedUserDbSecret,
  liveCartsDeployment,
  liveFrontEndService,
  liveUserDbSecret,
  parseManifest,
  redisConfigMap,
  type Live,
} from './testing/fixtures';
import { compareApplied } from './sync';
import type { Deployment, KubeObject } from './types';

/** The first container of a Deployment's pod template, which every carts fixture has. */
function firstContainer(deployment: Live<Deployment>) {
  const container = deployment.spec?.template.spec?.containers[0];
  if (!container) throw new Error('fixture has no container');
  return container;
}

describe('compareApplied', () => {
  it('is InSync when live only adds defaults, status and server metadata', () => {
    expect(compareApplied(appliedCartsDeployment(), liveCartsDeployment())).toEqual({
      status: 'InSync',
      message: null,
      differences: [],
    });
  });

  it('is InSync for a Service the server filled in (clusterIP, protocol, policies)', () => {
    expect(compareApplied(appliedFrontEndService(), liveFrontEndService())).toEqual({
      status: 'InSync',
      message: null,
      differences: [],
    });
  });

  it('is OutOfSync with no differences when the object is missing', () => {
    expect(compareApplied(appliedCartsDeployment(), undefined)).toEqual({
      status: 'OutOfSync',
      message: 'Object is missing from the cluster',
      differences: [],
    });
  });

  it('reports a scaled replica count', () => {
    const live = liveCartsDeployment({ replicas: 3 });
    expect(compareApplied(appliedCartsDeployment(), live)).toEqual({
      status: 'OutOfSync',
      message: 'spec.replicas: applied 1, live 3',
      differences: [{ path: 'spec.replicas', applied: 1, live: 3 }],
    });
  });

  it('reports a changed image with its path in the container list', () => {
    const live = liveCartsDeployment({ image: 'weaveworksdemos/carts:0.4.7' });
    expect(compareApplied(appliedCartsDeployment(), live)).toEqual({
      status: 'OutOfSync',
      message:
        'spec.template.spec.containers[0].image: applied "weaveworksdemos/carts:0.4.8", live "weaveworksdemos/carts:0.4.7"',
      differences: [
        {
          path: 'spec.template.spec.containers[0].image',
          applied: 'weaveworksdemos/carts:0.4.8',
          live: 'weaveworksdemos/carts:0.4.7',
        },
      ],
    });
  });

  it('summarises several differences as the first "and N more"', () => {
    const live = liveCartsDeployment({ replicas: 2, image: 'weaveworksdemos/carts:0.4.7' });
    firstContainer(live).resources = {
      limits: { cpu: '500m', memory: '500Mi' },
      requests: { cpu: '100m', memory: '200Mi' },
    };
    const result = compareApplied(appliedCartsDeployment(), live);
    expect(result.status).toBe('OutOfSync');
    expect(result.message).toBe('spec.replicas: applied 1, live 2 (and 2 more)');
    expect(result.differences.map((difference) => difference.path)).toEqual([
      'spec.replicas',
      'spec.template.spec.containers[0].image',
      'spec.template.spec.containers[0].resources.limits.cpu',
    ]);
  });

  it('reports a field removed from the live object as not set', () => {
    const live = liveCartsDeployment();
    delete firstContainer(live).securityContext;
    const result = compareApplied(appliedCartsDeployment(), live);
    expect(result.message).toBe(
      'spec.template.spec.containers[0].securityContext: applied {4 fields}, live (not set)',
    );
    expect(result.differences).toEqual([
      {
        path: 'spec.template.spec.containers[0].securityContext',
        applied: firstContainer(appliedCartsDeployment()).securityContext,
        live: undefined,
      },
    ]);
  });

  it('requires lists to keep the applied length', () => {
    const live = liveCartsDeployment();
    const container = firstContainer(live);
    container.env = [...(container.env ?? []), { name: 'ZIPKIN', value: 'zipkin.jaeger:9411' }];
    const result = compareApplied(appliedCartsDeployment(), live);
    expect(result.message).toBe(
      'spec.template.spec.containers[0].env: applied [1 item], live [2 items]',
    );
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]?.path).toBe('spec.template.spec.containers[0].env');
  });

  it('compares list elements the same subset way', () => {
    const live = liveCartsDeployment();
    firstContainer(live).ports = [{ containerPort: 8080, protocol: 'TCP' }];
    expect(compareApplied(appliedCartsDeployment(), live).differences).toEqual([
      { path: 'spec.template.spec.containers[0].ports[0].containerPort', applied: 80, live: 8080 },
    ]);
  });

  it('quotes keys that are not plain names in paths', () => {
    const live = liveFrontEndService();
    const annotations = { ...live.metadata.annotations };
    delete annotations['prometheus.io/scrape'];
    live.metadata.annotations = annotations;
    expect(compareApplied(appliedFrontEndService(), live)).toEqual({
      status: 'OutOfSync',
      message: 'metadata.annotations["prometheus.io/scrape"]: applied "true", live (not set)',
      differences: [
        { path: 'metadata.annotations["prometheus.io/scrape"]', applied: 'true', live: undefined },
      ],
    });
  });

  it('reports a changed Service port', () => {
    const live = liveFrontEndService();
    const port = live.spec?.ports?.[0];
    if (!port) throw new Error('fixture has no port');
    port.targetPort = 8080;
    expect(compareApplied(appliedFrontEndService(), live)).toEqual({
      status: 'OutOfSync',
      message: 'spec.ports[0].targetPort: applied 8079, live 8080',
      differences: [{ path: 'spec.ports[0].targetPort', applied: 8079, live: 8080 }],
    });
  });

  it('reports a value of another shape', () => {
    const live: KubeObject = { ...liveFrontEndService(), spec: 'unexpected' };
    const result = compareApplied(appliedFrontEndService(), live);
    expect(result.differences).toEqual([
      { path: 'spec', applied: appliedFrontEndService().spec, live: 'unexpected' },
    ]);
    expect(result.message).toBe('spec: applied {3 fields}, live "unexpected"');
  });

  it('ignores server-set metadata and tool annotations even when the manifest has them', () => {
    const exported = appliedCartsDeployment();
    exported.metadata = {
      ...exported.metadata,
      uid: '00000000-0000-0000-0000-000000000000',
      resourceVersion: '1',
      generation: 9,
      creationTimestamp: '2020-01-01T00:00:00Z',
      selfLink: '/apis/apps/v1/namespaces/sock-shop/deployments/carts',
      managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }],
      ownerReferences: [{ apiVersion: 'v1', kind: 'Namespace', name: 'sock-shop', uid: 'x' }],
      deletionTimestamp: '2020-01-02T00:00:00Z',
      annotations: {
        'deployment.kubernetes.io/revision': '7',
        'kubectl.kubernetes.io/last-applied-configuration': '{}',
      },
    };
    exported.status = { replicas: 9, availableReplicas: 0 };
    expect(compareApplied(exported, liveCartsDeployment())).toEqual({
      status: 'InSync',
      message: null,
      differences: [],
    });
  });

  it('treats null and empty maps in the manifest as left out', () => {
    const applied: KubeObject = {
      ...redisConfigMap(),
      metadata: { ...redisConfigMap().metadata, labels: {}, annotations: {} },
      binaryData: null,
    };
    const live: KubeObject = {
      ...redisConfigMap(),
      metadata: { ...redisConfigMap().metadata, uid: 'c1', resourceVersion: '42' },
    };
    expect(compareApplied(applied, live).status).toBe('InSync');
  });

  it('reads a number as the quantity text the server returns', () => {
    const manifest = (cpu: string) => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis-leader
  namespace: guestbook
spec:
  replicas: 1
  selector:
    matchLabels: { app: redis, role: leader }
  template:
    metadata:
      labels: { app: redis, role: leader }
    spec:
      containers:
        - name: leader
          image: docker.io/redis:6.0.5
          resources:
            requests: { cpu: ${cpu}, memory: 100Mi }
          ports:
            - containerPort: 6379
`;
    const applied = parseManifest(manifest('1'));
    expect(compareApplied(applied, parseManifest(manifest('"1"'))).status).toBe('InSync');
    expect(compareApplied(applied, parseManifest(manifest('"2"'))).message).toBe(
      'spec.template.spec.containers[0].resources.requests.cpu: applied 1, live "2"',
    );
  });

  it('reports a ConfigMap value in full', () => {
    const live = redisConfigMap();
    live.data = { 'redis.conf': 'maxmemory 4mb\nmaxmemory-policy allkeys-lru\n' };
    expect(compareApplied(redisConfigMap(), live).differences).toEqual([
      {
        path: 'data["redis.conf"]',
        applied: 'maxmemory 2mb\nmaxmemory-policy allkeys-lru\n',
        live: 'maxmemory 4mb\nmaxmemory-policy allkeys-lru\n',
      },
    ]);
  });
});

describe('compareApplied: Secrets', () => {
  const password = 'f3elt-kn0b-wh1sk';
  const encoded = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('is InSync when stringData matches the base64 data the server stores', () => {
    const live = liveUserDbSecret({ username: encoded('user'), password: encoded(password) });
    expect(compareApplied(appliedUserDbSecret(password), live)).toEqual({
      status: 'InSync',
      message: null,
      differences: [],
    });
  });

  it('compares data as base64, ignoring line breaks in it', () => {
    const applied = liveUserDbSecret({
      password: `${encoded(password).slice(0, 8)}\n${encoded(password).slice(8)}`,
    });
    const live = liveUserDbSecret({ username: encoded('user'), password: encoded(password) });
    expect(compareApplied(applied, live).status).toBe('InSync');
  });

  it('reports a changed value as hidden, never the value itself', () => {
    const live = liveUserDbSecret({ username: encoded('user'), password: encoded('old-p4ss') });
    const result = compareApplied(appliedUserDbSecret(password), live);
    expect(result).toEqual({
      status: 'OutOfSync',
      message: 'stringData.password: applied (hidden), live (hidden)',
      differences: [
        { path: 'stringData.password', applied: '(hidden)', live: '(hidden)', secretValue: true },
      ],
    });
    const text = JSON.stringify(result);
    for (const secret of [password, encoded(password), 'old-p4ss', encoded('old-p4ss')]) {
      expect(text).not.toContain(secret);
    }
  });

  it('reports a missing key as not set, and a data key by its data path', () => {
    const applied = liveUserDbSecret({ 'tls.key': encoded('-----BEGIN PRIVATE KEY-----') });
    const live = liveUserDbSecret({ username: encoded('user') });
    expect(compareApplied(applied, live)).toEqual({
      status: 'OutOfSync',
      message: 'data["tls.key"]: applied (hidden), live (not set)',
      differences: [
        { path: 'data["tls.key"]', applied: '(hidden)', live: undefined, secretValue: true },
      ],
    });
  });

  it('still compares the other fields of a Secret', () => {
    const live = {
      ...liveUserDbSecret({ username: encoded('user'), password: encoded(password) }),
    };
    live.type = 'kubernetes.io/basic-auth';
    expect(compareApplied(appliedUserDbSecret(password), live).differences).toEqual([
      { path: 'type', applied: 'Opaque', live: 'kubernetes.io/basic-auth' },
    ]);
  });
});
