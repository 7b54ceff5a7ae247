import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { appliedFieldDifferences, appliedFieldsView } from '../../../api/contract/applied-fields';
import {
  b64,
  configMap,
  deployment,
  secret,
} from '../../../api/contract/testing/applied-field-cases';
import {
  base64,
  GENERATED_SECRET_VALUES,
  generatedPairs,
} from '../../../api/contract/testing/applied-field-pairs';
import { appliedFieldsDiff, manifestYaml, MAX_CUT_DOWN_LENGTH } from './applied-fields-diff';
import { parseManifest } from './manifest-differences';
import { CHANGED_SECRET_MASK, SECRET_MASK } from '../../../lib/mask-secrets';

/** `appliedFieldsDiff` of two objects sent as YAML, as the server sends manifests. */
function diffOf(applied: object, live: object | null) {
  const text = { desired: stringify(applied), live: live === null ? null : stringify(live) };
  return appliedFieldsDiff(text, {
    applied: parseManifest(text.desired),
    live: text.live === null ? null : parseManifest(text.live),
  });
}

function textsOf(applied: object, live: object | null) {
  const diff = diffOf(applied, live);
  if (!diff.ok) throw new Error(diff.reason);
  return diff.texts;
}

/** The lines of `right` that are not the line at the same place in `left`. */
function linesNotIn(left: string, right: string): string[] {
  const leftLines = left.split('\n');
  return right.split('\n').filter((line, index) => line !== leftLines[index]);
}

describe('manifestYaml', () => {
  it('writes both sides the same: the same text exactly when no applied field differs', () => {
    const disagreements: unknown[] = [];
    for (const { applied, live } of generatedPairs(1_500, 99)) {
      const view = appliedFieldsView(applied, live);
      const same = manifestYaml(view.applied) === manifestYaml(view.live);
      if (same !== (appliedFieldDifferences(applied, live).length === 0)) {
        disagreements.push({ applied, live });
      }
    }
    expect(disagreements.slice(0, 2)).toEqual([]);
  });

  it('writes manifests as the server does, so an untouched manifest reads the same', () => {
    const manifest = deployment({ container: { args: ['--port', '80'] } });
    expect(manifestYaml(manifest)).toBe(stringify(manifest, { lineWidth: 0 }));
  });
});

describe('appliedFieldsDiff', () => {
  it('gives the diff editor the same two texts exactly when no applied field differs', () => {
    const disagreements: unknown[] = [];
    for (const { applied, live } of generatedPairs(800, 5)) {
      const diff = diffOf(applied, live);
      const same = diff.ok && diff.texts.desired === diff.texts.live;
      if (same !== (appliedFieldDifferences(applied, live).length === 0)) {
        disagreements.push({ applied, live, diff });
      }
    }
    expect(disagreements.slice(0, 2)).toEqual([]);
  });

  it('a scaled Deployment: one line differs, and the live side names no server field', () => {
    const live = {
      ...deployment({
        replicas: 3,
        metadata: { uid: '3583e919', resourceVersion: '1427563', generation: 4 },
        spec: { progressDeadlineSeconds: 600 },
      }),
      status: { replicas: 3 },
    };
    const texts = textsOf(deployment({ replicas: 1 }), live);
    expect(linesNotIn(texts.desired, texts.live)).toEqual(['  replicas: 3']);
    expect(texts.live).not.toMatch(/uid|resourceVersion|generation|status|progressDeadline/);
  });

  it('a Secret rotated by hand: masked as in the full view, the changed key marked', () => {
    const texts = textsOf(
      secret({ data: { password: b64('hunter2') }, stringData: { token: 'tok_9f8e' } }),
      secret({ data: { password: b64('rotated'), token: b64('tok_9f8e') } }),
    );
    expect(texts.desired).toContain(`password: ${SECRET_MASK}\n`);
    expect(texts.live).toContain(`password: ${CHANGED_SECRET_MASK}\n`);
    expect(texts.live).toContain(`stringData:\n  token: ${SECRET_MASK}\n`);
    for (const value of ['hunter2', 'rotated', 'tok_9f8e']) {
      expect(`${texts.desired}${texts.live}`).not.toContain(value);
      expect(`${texts.desired}${texts.live}`).not.toContain(b64(value));
    }
  });

  it('never gives a generated Secret value out', () => {
    const values = GENERATED_SECRET_VALUES.flatMap((value) => [value, base64(value)]);
    for (const { applied, live } of generatedPairs(300, 3)) {
      const diff = diffOf(applied, live);
      const text = diff.ok ? `${diff.texts.desired}${diff.texts.live}` : '';
      for (const value of values) expect(text).not.toContain(value);
    }
  });

  it('a missing object: the applied manifest as the rule reads it, against nothing', () => {
    const texts = textsOf(configMap({ data: { mode: 'strict' } }, { uid: 'exported' }), null);
    expect(texts.live).toBe('');
    expect(texts.desired).toContain('mode: strict');
    expect(texts.desired).not.toContain('uid');
  });

  it('gives up, saying why, on a side that is not one YAML object', () => {
    const desired = stringify(configMap());
    const notYaml = appliedFieldsDiff(
      { desired, live: 'kind: [' },
      { applied: parseManifest(desired), live: null },
    );
    expect(notYaml).toEqual({
      ok: false,
      reason: 'the manifests could not be read as one YAML object each.',
    });
  });

  it('gives up on a manifest too large to cut down, before reading it', () => {
    const huge = 'x'.repeat(MAX_CUT_DOWN_LENGTH + 1);
    const tooLarge = appliedFieldsDiff(
      { desired: stringify(configMap()), live: huge },
      { applied: configMap(), live: configMap() },
    );
    expect(tooLarge).toEqual({
      ok: false,
      reason: 'the manifest is too large to cut down (over 5 MB).',
    });
  });
});
