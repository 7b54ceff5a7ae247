import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  Scalar,
  visit,
  type Document,
  type YAMLMap,
} from 'yaml';
import { storedSecretValues } from '../api/contract/applied-fields';
import { CHANGED_SECRET_MASK, SECRET_MASK } from './secret-mask';

export { CHANGED_SECRET_MASK, SECRET_MASK };

/** Shown instead of a manifest that looks like a Secret but cannot be read safely. */
export const UNREADABLE_SECRET_NOTICE =
  '# This manifest looks like a Kubernetes Secret, but it could not be read as YAML,\n' +
  '# so it is hidden rather than risk showing a secret value.\n';

/** A Secret key whose value differs between what was applied and what is live. */
export interface SecretKeyChange {
  /** `metadata.name` of the Secret, for a manifest that holds several. */
  secret: string;
  key: string;
  /** `added`: only live has it; `removed`: only the applied manifest has it. */
  change: 'changed' | 'added' | 'removed';
}

export interface MaskedManifests {
  live: string | null;
  desired: string | null;
  /** True when a Secret was found (so values were masked) or a manifest was hidden. */
  masked: boolean;
  /** Keys whose values differ, found by comparing the real values before masking. */
  secretChanges: SecretKeyChange[];
}

/** Cheap test before any parsing: a 20,000-line ConfigMap is never parsed for nothing. */
const SECRET_KIND = /["']?\bkind["']?\s*:\s*["']?Secret(?![\w-])/;

export function mightHoldSecret(text: string | null | undefined): boolean {
  return typeof text === 'string' && SECRET_KIND.test(text);
}

const VALUE_FIELDS = ['data', 'stringData'] as const;
/** Annotations that copy the whole object, values included. */
const COPYING_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'];

interface ParsedManifest {
  documents: Document.Parsed[];
  secrets: YAMLMap[];
}

function isSecretMap(node: unknown): node is YAMLMap {
  return isMap(node) && node.get('kind') === 'Secret';
}

/** The Secret objects of a document: the document itself, or the items of a `List`. */
function secretsOf(document: Document.Parsed): YAMLMap[] {
  const root = document.contents;
  if (isSecretMap(root)) return [root];
  if (!isMap(root)) return [];
  const items = root.get('items');
  return isSeq(items) ? items.items.filter(isSecretMap) : [];
}

function parse(text: string): ParsedManifest | null {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return null;
  if (documents.some((document) => document.errors.length > 0)) return null;
  return { documents, secrets: documents.flatMap(secretsOf) };
}

function nameOf(secret: YAMLMap, index: number): string {
  const metadata = secret.get('metadata');
  const name = isMap(metadata) ? metadata.get('name') : undefined;
  return typeof name === 'string' ? name : `#${String(index)}`;
}

function scalarText(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  return JSON.stringify(node);
}

/**
 * Each key's value as Kubernetes stores it, read by the contract's rule (`storedSecretValues`,
 * the one the sync status and the diff summary use): `data` as base64, `stringData` on top.
 */
function storedValues(secret: YAMLMap): Map<string, string> {
  const plain: Record<string, Record<string, string>> = {};
  for (const field of VALUE_FIELDS) {
    const map = secret.get(field, true);
    if (!isMap(map)) continue;
    plain[field] = Object.fromEntries(
      map.items.map((pair) => [scalarText(pair.key), scalarText(pair.value)]),
    );
  }
  const values = new Map<string, string>();
  for (const [key, { encoded }] of storedSecretValues(plain)) values.set(key, encoded);
  return values;
}

function compareSecrets(
  name: string,
  desired: YAMLMap | undefined,
  live: YAMLMap | undefined,
): SecretKeyChange[] {
  if (!desired || !live) return [];
  const applied = storedValues(desired);
  const current = storedValues(live);
  const changes: SecretKeyChange[] = [];
  for (const [key, value] of applied) {
    const liveValue = current.get(key);
    if (liveValue === undefined) changes.push({ secret: name, key, change: 'removed' });
    else if (liveValue !== value) changes.push({ secret: name, key, change: 'changed' });
  }
  for (const key of current.keys()) {
    if (!applied.has(key)) changes.push({ secret: name, key, change: 'added' });
  }
  return changes;
}

/** Replaces every value of a Secret in place, and drops its comments (they may quote values). */
function maskSecret(secret: YAMLMap, changedKeys: ReadonlySet<string>): void {
  visit(secret, (_key, node) => {
    if (node && typeof node === 'object') {
      if ('commentBefore' in node) node.commentBefore = null;
      if ('comment' in node) node.comment = null;
    }
  });
  for (const field of VALUE_FIELDS) {
    const map = secret.get(field, true);
    if (map === undefined) continue;
    if (!isMap(map)) {
      secret.set(field, new Scalar(SECRET_MASK));
      continue;
    }
    for (const pair of map.items) {
      const key = scalarText(pair.key);
      pair.value = new Scalar(changedKeys.has(key) ? CHANGED_SECRET_MASK : SECRET_MASK);
    }
  }
  const metadata = secret.get('metadata', true);
  const annotations = isMap(metadata) ? metadata.get('annotations', true) : undefined;
  if (isMap(annotations)) {
    for (const pair of annotations.items) {
      if (COPYING_ANNOTATIONS.includes(scalarText(pair.key))) pair.value = new Scalar(SECRET_MASK);
    }
  }
}

function stringify(parsed: ParsedManifest): string {
  return parsed.documents.map((document) => document.toString({ lineWidth: 0 })).join('');
}

/**
 * Masks every value under `data` and `stringData` of every Secret in the live and applied
 * manifests, before the text goes anywhere (an editor, the DOM, the clipboard, a download). The
 * real values are compared first, so a live value that is not the applied one is masked as
 * `CHANGED_SECRET_MASK` and the diff still shows which keys changed, never to what. Manifests
 * without a Secret are returned untouched (and not even parsed). A manifest that looks like a
 * Secret but cannot be parsed is replaced by a notice: hiding it is the only safe choice.
 */
export function maskSecretManifests(manifests: {
  live: string | null;
  desired: string | null;
}): MaskedManifests {
  const { live, desired } = manifests;
  if (!mightHoldSecret(live) && !mightHoldSecret(desired)) {
    return { live, desired, masked: false, secretChanges: [] };
  }
  const parsedLive = live === null ? null : parse(live);
  const parsedDesired = desired === null ? null : parse(desired);
  const liveUnreadable = live !== null && parsedLive === null;
  const desiredUnreadable = desired !== null && parsedDesired === null;

  const liveSecrets = new Map(
    (parsedLive?.secrets ?? []).map((secret, index) => [nameOf(secret, index), secret]),
  );
  const desiredSecrets = new Map(
    (parsedDesired?.secrets ?? []).map((secret, index) => [nameOf(secret, index), secret]),
  );
  const secretChanges = [...desiredSecrets].flatMap(([name, secret]) =>
    compareSecrets(name, secret, liveSecrets.get(name)),
  );
  for (const [name, secret] of liveSecrets) {
    const changed = new Set(
      secretChanges
        .filter((change) => change.secret === name && change.change === 'changed')
        .map((change) => change.key),
    );
    maskSecret(secret, changed);
  }
  for (const secret of desiredSecrets.values()) maskSecret(secret, new Set());

  const output = (
    text: string | null,
    parsed: ParsedManifest | null,
    unreadable: boolean,
    secrets: ReadonlyMap<string, YAMLMap>,
  ): string | null => {
    if (text === null) return null;
    if (unreadable || !parsed) return UNREADABLE_SECRET_NOTICE;
    // No Secret on this side: leave its text as it came. Both sides go through the same
    // serializer only when both hold a Secret, so their formatting still lines up in a diff.
    return secrets.size === 0 ? text : stringify(parsed);
  };

  return {
    live: output(live, parsedLive, liveUnreadable, liveSecrets),
    desired: output(desired, parsedDesired, desiredUnreadable, desiredSecrets),
    masked: liveSecrets.size + desiredSecrets.size > 0 || liveUnreadable || desiredUnreadable,
    secretChanges,
  };
}

/** One manifest on its own (a child's live manifest, what a step applied): masked the same way. */
export function maskSecretManifest(text: string): string {
  return maskSecretManifests({ live: text, desired: null }).live ?? '';
}
