import { stringify } from 'yaml';
import { appliedFieldsView } from '../../../api/contract/applied-fields';
import { maskSecretManifests } from '../../../lib/mask-secrets';

/** The two texts of a diff: the applied manifest (left) and the live object (right). */
export interface DiffTexts {
  desired: string;
  live: string;
}

export type AppliedFieldsDiff =
  | { ok: true; texts: DiffTexts }
  /** Why the applied fields could not be told apart: the diff shows every field instead. */
  | { ok: false; reason: string };

/**
 * Past this, a side is not cut down (it would be parsed, rebuilt and written out again): the API
 * server stores objects of at most about 1.5 MB, so only something unusual gets here.
 */
export const MAX_CUT_DOWN_LENGTH = 5_000_000;

/** Deep equality of plain values, as parsed from YAML or JSON (so without cycles). */
function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) {
      return false;
    }
    return left.every((element, index) => sameValue(element, right[index]));
  }
  const leftEntries = Object.entries(left);
  if (leftEntries.length !== Object.keys(right).length) return false;
  const rightFields = new Map(Object.entries(right));
  return leftEntries.every(
    ([key, value]) => rightFields.has(key) && sameValue(value, rightFields.get(key)),
  );
}

/**
 * YAML as the server writes manifests (the `yaml` library, lines never folded), so a field that
 * is the same on both sides is the same lines on both sides.
 */
export function manifestYaml(value: Record<string, unknown>): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * The diff of only what was applied: the applied manifest and the live object cut down to the
 * fields it sets, by the contract's rule (`appliedFieldsView`), written out the same way and then
 * masked like every manifest text (the rule's view holds no Secret value: this is a second lock).
 * Give it both manifests as sent (the live one null for a missing object) and, parsed, the same.
 */
export function appliedFieldsDiff(
  text: { desired: string; live: string | null },
  parsed: { applied: Record<string, unknown> | null; live: Record<string, unknown> | null },
): AppliedFieldsDiff {
  if (Math.max(text.desired.length, text.live?.length ?? 0) > MAX_CUT_DOWN_LENGTH) {
    return {
      ok: false,
      reason: `the manifest is too large to cut down (over ${String(MAX_CUT_DOWN_LENGTH / 1_000_000)} MB).`,
    };
  }
  const { applied } = parsed;
  if (applied === null || (text.live !== null && parsed.live === null)) {
    return {
      ok: false,
      reason: 'the manifests could not be read as one YAML object each.',
    };
  }
  try {
    const view = appliedFieldsView(applied, parsed.live ?? {});
    const desired = manifestYaml(view.applied);
    // In sync, the two sides are one text: a 20,000-line manifest is written out once, not twice.
    const live = sameValue(view.applied, view.live) ? desired : manifestYaml(view.live);
    const masked = maskSecretManifests({ desired, live: parsed.live === null ? null : live });
    return { ok: true, texts: { desired: masked.desired ?? '', live: masked.live ?? '' } };
  } catch {
    // A manifest the rule cannot walk (aliases that loop back): nothing is lost, all is shown.
    return { ok: false, reason: 'the manifests could not be cut down to the applied fields.' };
  }
}
