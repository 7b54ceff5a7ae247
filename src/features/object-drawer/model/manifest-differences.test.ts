import { describe, expect, it } from 'vitest';
import { manifestDifferences, parseManifest, summarizeDifferences } from './manifest-differences';

const applied = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment
  labels:
    app: payment
    tier: backend
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: payment
          image: weaveworksdemos/payment:0.4.3
          ports:
            - containerPort: 80
`;

const live = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment
  labels:
    app: payment
    tier: backend
  annotations:
    deployment.kubernetes.io/revision: "3"
  uid: 3583e919
  resourceVersion: "1427563"
spec:
  progressDeadlineSeconds: 600
  replicas: 3
  template:
    spec:
      containers:
        - name: payment
          image: weaveworksdemos/payment:0.4.3
          imagePullPolicy: IfNotPresent
          ports:
            - containerPort: "80"
status:
  replicas: 3
`;

describe('manifestDifferences', () => {
  it('finds the applied field that changed, and nothing Kubernetes added', () => {
    const differences = manifestDifferences(applied, live);
    expect(differences).toEqual([{ path: 'spec.replicas', detail: 'applied 1, live 3' }]);
    expect(summarizeDifferences(differences)).toBe(
      '1 applied field differs: spec.replicas (applied 1, live 3).',
    );
  });

  it('says so when every applied field matches', () => {
    const differences = manifestDifferences(applied, applied);
    expect(differences).toEqual([]);
    expect(summarizeDifferences(differences)).toMatch(/^Every applied field matches/);
  });

  it('reports missing fields and changed values: three by name, the rest by count', () => {
    const changed = live
      .replace('image: weaveworksdemos/payment:0.4.3', 'image: weaveworksdemos/payment:0.4.4')
      .replace('containerPort: "80"', 'containerPort: "8080"')
      .replace('    app: payment\n', '');
    const differences = manifestDifferences(applied, changed);
    expect(differences?.map((difference) => difference.path)).toEqual([
      'metadata.labels.app',
      'spec.replicas',
      'spec.template.spec.containers[0].image',
      'spec.template.spec.containers[0].ports[0].containerPort',
    ]);
    expect(differences?.[0]?.detail).toBe('applied "payment", live not set');
    expect(differences?.[3]?.detail).toBe('applied 80, live "8080"');
    expect(summarizeDifferences(differences)).toMatch(/^4 applied fields differ: .* and 1 more\.$/);
  });

  it('names a differing Secret key, never its value, and ignores keys only the cluster has', () => {
    const secret = (data: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n${data}`;
    const b64 = (text: string) => btoa(text);
    const differences = manifestDifferences(
      secret(`  password: ${b64('hunter2')}\n  tls.key: ${b64('-----BEGIN KEY-----')}\n`),
      secret(`  password: ${b64('rotated')}\n  added: ${b64('by hand')}\n`),
    );
    expect(differences).toEqual([
      { path: 'data.password', detail: 'value changed' },
      { path: 'data["tls.key"]', detail: 'not in the cluster' },
    ]);
    const summary = summarizeDifferences(differences);
    for (const value of ['hunter2', 'rotated', 'BEGIN KEY', 'by hand']) {
      expect(summary).not.toContain(value);
      expect(summary).not.toContain(b64(value));
    }
  });

  it('gives up (null) when a side is not YAML', () => {
    expect(manifestDifferences(applied, 'a: [')).toBeNull();
    expect(summarizeDifferences(null)).toMatch(/could not be compared/);
  });
});

describe('parseManifest', () => {
  it('reads one YAML or JSON object', () => {
    expect(parseManifest('kind: ConfigMap\ndata:\n  a: "1"\n')).toEqual({
      kind: 'ConfigMap',
      data: { a: '1' },
    });
    expect(parseManifest('{"kind": "Secret"}')).toEqual({ kind: 'Secret' });
  });

  it('reads nothing that is not one object: not YAML, several documents, a list, a loop', () => {
    expect(parseManifest('a: [')).toBeNull();
    expect(parseManifest('kind: A\n---\nkind: B\n')).toBeNull();
    expect(parseManifest('- a\n- b\n')).toBeNull();
    expect(parseManifest('metadata: &self\n  owner: *self\n')).toBeNull();
    // Shared values are not loops.
    expect(parseManifest('a: &x [1]\nb: *x\n')).toEqual({ a: [1], b: [1] });
  });

  it('reads nothing with more aliases than a manifest needs (a billion laughs)', () => {
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const name of 'bcdefgh') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(parseManifest(laughs.join('\n'))).toBeNull();
  });
});
