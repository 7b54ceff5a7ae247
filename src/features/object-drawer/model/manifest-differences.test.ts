import { describe, expect, it } from 'vitest';
import { manifestDifferences, summarizeDifferences } from './manifest-differences';

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

  it('reports list length changes, missing fields and Secret keys without values', () => {
    const changed = live
      .replace('image: weaveworksdemos/payment:0.4.3', 'image: weaveworksdemos/payment:0.4.4')
      .replace('    app: payment\n', '');
    const differences = manifestDifferences(applied, changed, [
      { secret: 's', key: 'password', change: 'changed' },
    ]);
    expect(differences?.map((difference) => difference.path)).toEqual([
      'metadata.labels.app',
      'spec.replicas',
      'spec.template.spec.containers[0].image',
      'data.password',
    ]);
    expect(differences?.[0]?.detail).toBe('applied "payment", live not set');
    expect(differences?.[3]?.detail).toBe('value changed');
    expect(summarizeDifferences(differences)).toMatch(/^4 applied fields differ: .* and 1 more\.$/);
  });

  it('gives up (null) when a side is not YAML', () => {
    expect(manifestDifferences(applied, 'a: [')).toBeNull();
    expect(summarizeDifferences(null)).toMatch(/could not be compared/);
  });
});
