import { describe, expect, it } from 'vitest';
import {
  CHANGED_SECRET_MASK,
  maskSecretManifest,
  maskSecretManifests,
  mightHoldSecret,
  SECRET_MASK,
  UNREADABLE_SECRET_NOTICE,
} from './mask-secrets';

const PASSWORD = 'hunter2-correct-horse';
const NEW_PASSWORD = 'rotated-by-hand-42';
const API_TOKEN = 'tok_live_9f8e7d6c5b4a';
const b64 = (value: string) => btoa(value);

/** Every secret this file uses, plain and base64, as it could leak. */
const SECRETS = [PASSWORD, NEW_PASSWORD, API_TOKEN].flatMap((value) => [value, b64(value)]);

function expectNoSecret(text: string | null) {
  for (const secret of SECRETS) expect(text ?? '').not.toContain(secret);
}

function secret({
  password = PASSWORD,
  extra = '',
  stringData = '',
}: { password?: string; extra?: string; stringData?: string } = {}) {
  return [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: db-credentials',
    '  namespace: shop',
    'type: Opaque',
    'data:',
    `  password: ${b64(password)}`,
    `  token: ${b64(API_TOKEN)}`,
    extra,
    stringData,
  ]
    .filter(Boolean)
    .join('\n');
}

describe('maskSecretManifests', () => {
  it('masks every value under data, on both sides, and keeps the keys', () => {
    const masked = maskSecretManifests({ live: secret(), desired: secret() });
    expectNoSecret(masked.live);
    expectNoSecret(masked.desired);
    expect(masked.live).toContain(`password: ${SECRET_MASK}`);
    expect(masked.live).toContain(`token: ${SECRET_MASK}`);
    expect(masked.desired).toContain(`password: ${SECRET_MASK}`);
    expect(masked.masked).toBe(true);
    expect(masked.secretChanges).toEqual([]);
    // Everything that is not a value is still there.
    expect(masked.live).toContain('name: db-credentials');
    expect(masked.live).toContain('type: Opaque');
  });

  it('still tells which values changed: compared before masking, marked on the live side', () => {
    const masked = maskSecretManifests({
      live: secret({ password: NEW_PASSWORD }),
      desired: secret(),
    });
    expectNoSecret(masked.live);
    expectNoSecret(masked.desired);
    expect(masked.secretChanges).toEqual([
      { secret: 'db-credentials', key: 'password', change: 'changed' },
    ]);
    expect(masked.live).toContain(`password: ${CHANGED_SECRET_MASK}`);
    expect(masked.live).toContain(`token: ${SECRET_MASK}\n`);
    expect(masked.desired).toContain(`password: ${SECRET_MASK}\n`);
    // So a line diff of the masked texts shows exactly the changed key.
    const liveLines = masked.live?.split('\n') ?? [];
    const desiredLines = masked.desired?.split('\n') ?? [];
    const differing = liveLines.filter((line, index) => line !== desiredLines[index]);
    expect(differing).toEqual([`  password: ${CHANGED_SECRET_MASK}`]);
  });

  it('reports keys added in the cluster and keys missing from it', () => {
    const masked = maskSecretManifests({
      live: secret({ extra: `  added: ${b64(API_TOKEN)}` }),
      desired: secret({ extra: `  removed: ${b64(PASSWORD)}` }),
    });
    expectNoSecret(masked.live);
    expectNoSecret(masked.desired);
    expect(masked.secretChanges).toEqual(
      expect.arrayContaining([
        { secret: 'db-credentials', key: 'removed', change: 'removed' },
        { secret: 'db-credentials', key: 'added', change: 'added' },
      ]),
    );
  });

  it('masks stringData too, and compares it with the base64 data Kubernetes stores', () => {
    const desired = secret({ stringData: `stringData:\n  password: ${NEW_PASSWORD}` });
    const live = secret({ password: NEW_PASSWORD });
    const masked = maskSecretManifests({ live, desired });
    expectNoSecret(masked.live);
    expectNoSecret(masked.desired);
    expect(masked.desired).toContain(`stringData:\n  password: ${SECRET_MASK}`);
    // stringData wins over data in Kubernetes: the live value is the applied one.
    expect(masked.secretChanges).toEqual([]);
  });

  it('reads stringData that is not ASCII as the UTF-8 bytes Kubernetes stores', () => {
    // `Y2Fmw6k=` is the base64 of the UTF-8 bytes of "café".
    const desired = secret({ stringData: 'stringData:\n  greeting: café' });
    const live = secret({ extra: '  greeting: Y2Fmw6k=' });
    const masked = maskSecretManifests({ live, desired });
    expect(masked.secretChanges).toEqual([]);
    expect(masked.live).not.toContain(CHANGED_SECRET_MASK);
  });

  it('drops comments and the last-applied annotation, which can quote values', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db-credentials',
      '  annotations:',
      `    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"${b64(PASSWORD)}"}}'`,
      `# the old password was ${PASSWORD}`,
      'data:',
      `  password: ${b64(PASSWORD)} # ${API_TOKEN}`,
    ].join('\n');
    const masked = maskSecretManifest(text);
    expectNoSecret(masked);
    expect(masked).toContain(`kubectl.kubernetes.io/last-applied-configuration: ${SECRET_MASK}`);
  });

  it('finds Secrets in multi-document streams, Lists and JSON', () => {
    const stream = `${secret()}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  color: blue\n`;
    const list = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: b64(PASSWORD) } },
      ],
    });
    const json = JSON.stringify({
      kind: 'Secret',
      metadata: { name: 'j' },
      stringData: { t: API_TOKEN },
    });
    for (const text of [stream, list, json]) expectNoSecret(maskSecretManifest(text));
    // Values of other kinds are data, not secrets: left alone.
    expect(maskSecretManifest(stream)).toContain('color: blue');
  });

  it('leaves manifests without a Secret untouched, without parsing them', () => {
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  password: not-a-secret # really\n';
    expect(mightHoldSecret(configMap)).toBe(false);
    const masked = maskSecretManifests({ live: configMap, desired: configMap });
    expect(masked.live).toBe(configMap);
    expect(masked.desired).toBe(configMap);
    expect(masked.masked).toBe(false);
  });

  it('hides a manifest that looks like a Secret but cannot be parsed', () => {
    const broken = `kind: Secret\ndata:\n  password: ${b64(PASSWORD)}\n  - : [oops`;
    const masked = maskSecretManifests({ live: broken, desired: null });
    expect(masked.live).toBe(UNREADABLE_SECRET_NOTICE);
    expect(masked.masked).toBe(true);
    expectNoSecret(masked.live);
  });

  it('keeps null sides null (a missing object, a child without an applied manifest)', () => {
    const masked = maskSecretManifests({ live: null, desired: secret() });
    expect(masked.live).toBeNull();
    expectNoSecret(masked.desired);
  });
});
