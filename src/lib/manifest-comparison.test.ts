import { describe, expect, it } from 'vitest';
import { HIDDEN_SECRET_VALUE } from '../api/contract/applied-fields';
import {
  compareAppliedManifests,
  describeFieldDifference,
  readManifest,
  type ManifestFieldDifference,
  type OwnValues,
} from './manifest-comparison';

const production: OwnValues = { names: ['Production', 'production'] };
const staging: OwnValues = { names: ['Staging', 'staging'] };
const sides = { left: 'Production', right: 'Staging' };

/** Production on the left, Staging on the right, as the comparison page reads them. */
function compare(left: string, right: string, own = { left: production, right: staging }) {
  const leftManifest = readManifest(left);
  const rightManifest = readManifest(right);
  if (!leftManifest || !rightManifest) throw new Error('A test manifest is not YAML');
  return compareAppliedManifests(leftManifest, rightManifest, own);
}

function described(differences: readonly ManifestFieldDifference[]): string[] {
  return differences.map((difference) => describeFieldDifference(difference, sides));
}

function payment({
  namespace,
  version,
  replicas,
  environmentLabel,
}: {
  namespace: string;
  version: string;
  replicas: number;
  environmentLabel: string;
}) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment
  namespace: ${namespace}
  labels:
    app: payment
    environment: ${environmentLabel}
    app.kubernetes.io/version: "${version}"
  annotations:
    octopus.com/environment: ${environmentLabel}
spec:
  replicas: ${String(replicas)}
  selector:
    matchLabels:
      name: payment
  template:
    metadata:
      labels:
        name: payment
        app.kubernetes.io/version: "${version}"
    spec:
      containers:
        - name: payment
          image: weaveworksdemos/payment:${version}
          env:
            - name: DECLINE_AMOUNT
              value: "105"
          ports:
            - name: http
              containerPort: 80
`;
}

const productionPayment = payment({
  namespace: 'sock-shop-production',
  version: '0.4.3',
  replicas: 2,
  environmentLabel: 'Production',
});
const stagingPayment = payment({
  namespace: 'sock-shop-staging',
  version: '0.4.4',
  replicas: 1,
  environmentLabel: 'staging',
});

describe('compareAppliedManifests', () => {
  it('finds nothing between a manifest and itself', () => {
    expect(compare(productionPayment, productionPayment)).toEqual([]);
  });

  it('lists the replicas and the version, with containers matched by name, and sets the environment aside', () => {
    expect(described(compare(productionPayment, stagingPayment))).toEqual([
      'metadata.labels["app.kubernetes.io/version"]: 0.4.3 vs 0.4.4',
      'spec.replicas: 2 vs 1',
      'spec.template.metadata.labels["app.kubernetes.io/version"]: 0.4.3 vs 0.4.4',
      'spec.template.spec.containers[payment].image: weaveworksdemos/payment:0.4.3 vs weaveworksdemos/payment:0.4.4',
    ]);
  });

  it('keeps both values of a difference, as they are', () => {
    const [, replicas] = compare(productionPayment, stagingPayment);
    expect(replicas).toEqual({ path: 'spec.replicas', left: 2, right: 1 });
  });

  it('sets aside the namespace, and any value that only names its own side', () => {
    const left = `kind: RoleBinding
metadata: { name: reader, namespace: team-production, labels: { env: PRODUCTION, tier: web } }
subjects:
  - { kind: ServiceAccount, name: reader, namespace: team-production }
`;
    const right = `kind: RoleBinding
metadata: { name: reader, namespace: team-staging, labels: { env: Staging, tier: web } }
subjects:
  - { kind: ServiceAccount, name: reader, namespace: team-staging }
`;
    expect(compare(left, right)).toEqual([]);
  });

  it('reads own values in any case, and from a tenant too', () => {
    const left =
      'kind: ConfigMap\nmetadata: { name: portal }\ndata: { TENANT: initech, REGION: eu }\n';
    const right =
      'kind: ConfigMap\nmetadata: { name: portal }\ndata: { TENANT: ACME-CORP, REGION: us }\n';
    const own = {
      left: { names: ['Production', 'Initech', 'initech'] },
      right: { names: ['Production', 'Acme Corp', 'acme-corp'] },
    };
    expect(described(compare(left, right, own))).toEqual(['data.REGION: eu vs us']);
  });

  it('still reports a value that names an environment other than its own side', () => {
    const left = 'kind: ConfigMap\nmetadata: { name: app }\ndata: { UPSTREAM: staging }\n';
    const right = 'kind: ConfigMap\nmetadata: { name: app }\ndata: { UPSTREAM: staging }\n';
    expect(compare(left, right)).toEqual([]);
    const pointsAtTest = 'kind: ConfigMap\nmetadata: { name: app }\ndata: { UPSTREAM: test }\n';
    expect(described(compare(left, pointsAtTest))).toEqual(['data.UPSTREAM: staging vs test']);
  });

  it('reports an environment label that one side does not have', () => {
    const left =
      'kind: Service\nmetadata: { name: payment, labels: { environment: production } }\n';
    const right = 'kind: Service\nmetadata: { name: payment }\n';
    expect(described(compare(left, right))).toEqual([
      'metadata.labels.environment: production vs not set',
    ]);
  });

  it('reports a field present on one side only, on either side', () => {
    const left = 'kind: Deployment\nmetadata: { name: a }\nspec: { replicas: 2, paused: true }\n';
    const right =
      'kind: Deployment\nmetadata: { name: a }\nspec: { replicas: 2, minReadySeconds: 10 }\n';
    expect(described(compare(left, right))).toEqual([
      'spec.paused: true vs not set',
      'spec.minReadySeconds: not set vs 10',
    ]);
  });

  it('matches named elements in any order and names them in the path', () => {
    const left = `kind: Deployment
metadata: { name: a }
spec:
  template:
    spec:
      containers:
        - { name: app, image: app:1, env: [{ name: A, value: "1" }, { name: B, value: "2" }] }
        - { name: proxy, image: envoy:1 }
`;
    const right = `kind: Deployment
metadata: { name: a }
spec:
  template:
    spec:
      containers:
        - { name: proxy, image: envoy:1 }
        - { name: app, image: app:1, env: [{ name: B, value: "3" }, { name: A, value: "1" }] }
        - { name: debug, image: busybox }
`;
    expect(described(compare(left, right))).toEqual([
      'spec.template.spec.containers[app].env[B].value: 2 vs 3',
      'spec.template.spec.containers[debug]: not set vs a map',
    ]);
  });

  it('compares lists without names element by element, and their lengths', () => {
    const left = 'kind: Job\nmetadata: { name: a }\nspec: { args: [--port, "80"] }\n';
    const right = 'kind: Job\nmetadata: { name: a }\nspec: { args: [--port, "8080", --debug] }\n';
    expect(described(compare(left, right))).toEqual([
      'spec.args[1]: 80 vs 8080',
      'spec.args[2]: not set vs --debug',
    ]);
  });

  it('quotes element names that are not plain', () => {
    const left =
      'kind: X\nmetadata: { name: a }\nitems: [{ name: "0", v: 1 }, { name: "my port", v: 1 }]\n';
    const right =
      'kind: X\nmetadata: { name: a }\nitems: [{ name: "0", v: 2 }, { name: "my port", v: 2 }]\n';
    expect(compare(left, right).map((difference) => difference.path)).toEqual([
      'items["0"].v',
      'items["my port"].v',
    ]);
  });

  it('reads a field not set, null, {} and [] as the same', () => {
    const left = 'kind: X\nmetadata: { name: a, labels: {} }\nspec: { a: null, b: [], c: {} }\n';
    const right = 'kind: X\nmetadata: { name: a }\nspec: {}\n';
    expect(compare(left, right)).toEqual([]);
  });

  it('reads a number and its decimal text as the same, but not text and a boolean', () => {
    const left = 'kind: X\nmetadata: { name: a }\nspec: { cpu: 1, flag: "true" }\n';
    const right = 'kind: X\nmetadata: { name: a }\nspec: { cpu: "1", flag: true }\n';
    expect(described(compare(left, right))).toEqual(['spec.flag: true vs true']);
  });

  it('leaves out status, server-set metadata and tool annotations', () => {
    const left = `kind: Service
metadata:
  name: a
  uid: 1111
  resourceVersion: "10"
  annotations: { kubectl.kubernetes.io/last-applied-configuration: "{}" }
status: { loadBalancer: {} }
`;
    const right = `kind: Service
metadata:
  name: a
  uid: 2222
  resourceVersion: "99"
status: { loadBalancer: { ingress: [{ ip: 10.0.0.1 }] } }
`;
    expect(compare(left, right)).toEqual([]);
  });

  it('names a differing Secret value by its key only, and never carries the value', () => {
    const left = `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop-production }
type: Opaque
data:
  password: ${btoa('hunter2-production')}
  user: ${btoa('shop')}
stringData:
  token: tok_live_1
`;
    const right = `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop-staging }
type: Opaque
stringData:
  password: hunter2-staging
  user: shop
  extra: x-only-here
`;
    const differences = compare(left, right);
    expect(described(differences)).toEqual([
      'data.password: value differs',
      'stringData.token: only in Production',
      'stringData.extra: only in Staging',
    ]);
    expect(differences[0]).toEqual({
      path: 'data.password',
      left: HIDDEN_SECRET_VALUE,
      right: HIDDEN_SECRET_VALUE,
      secretValue: true,
    });
    const text = JSON.stringify(differences);
    for (const secret of ['hunter2', 'tok_live_1', 'x-only-here', btoa('hunter2-production')]) {
      expect(text).not.toContain(secret);
    }
  });

  it('compares a Secret in a List as an object, and hides one that only one side has', () => {
    const secret = (password: string) =>
      `{ apiVersion: v1, kind: Secret, metadata: { name: s }, stringData: { password: ${password} } }`;
    const left = `apiVersion: v1\nkind: List\nmetadata: { name: l }\nitems: [${secret('one-secret')}]\n`;
    const right = `apiVersion: v1\nkind: List\nmetadata: { name: l }\nitems: [${secret('two-secret')}, ${secret('three-secret')}]\n`;
    const differences = compare(left, right);
    expect(described(differences)).toEqual([
      'items[0].stringData.password: value differs',
      'items[1]: not set vs a map',
    ]);
    expect(JSON.stringify(differences)).not.toMatch(/one-secret|two-secret|three-secret/);
  });

  it('is symmetric: swapping the sides swaps the values', () => {
    const forward = compare(productionPayment, stagingPayment);
    const backward = compare(stagingPayment, productionPayment, {
      left: staging,
      right: production,
    });
    expect(backward).toEqual(
      forward.map(({ path, left, right }) => ({ path, left: right, right: left })),
    );
  });
});

describe('describeFieldDifference', () => {
  it('shows lists and maps by their shape, and long or odd text quoted or cut', () => {
    const long = 'x'.repeat(100);
    expect(
      described([
        { path: 'a', left: [1, 2], right: { b: 1 } },
        { path: 'b', left: '', right: ' padded' },
        { path: 'c', left: long, right: null },
      ]),
    ).toEqual(['a: a list of 2 vs a map', 'b: "" vs " padded"', `c: ${'x'.repeat(79)}… vs null`]);
  });
});

describe('readManifest', () => {
  it('reads one YAML map, and nothing else', () => {
    expect(readManifest('kind: Service\nmetadata: { name: a }\n')).toEqual({
      kind: 'Service',
      metadata: { name: 'a' },
    });
    expect(readManifest('kind: [unclosed')).toBeNull();
    expect(readManifest('- a\n- b\n')).toBeNull();
  });
});
