import { useMemo } from 'react';
import type { ResourceManifest } from '../../../api/contract';
import { appliedFieldsDiff, type DiffTexts } from '../model/applied-fields-diff';
import {
  fieldDifferences,
  parseManifest,
  summarizeDifferences,
} from '../model/manifest-differences';
import { maskSecretManifests, type MaskedManifests } from '../../../lib/mask-secrets';

export interface ManifestDiff {
  /** "1 applied field differs: spec.replicas (applied 1, live 3)."; `differs` when any does. */
  summary: { text: string; differs: boolean };
  /** What the diff editor shows, Secret values masked. */
  texts: DiffTexts;
  /** `applied-fields`: only what the manifest sets; `all-fields`: the live object whole. */
  shows: 'applied-fields' | 'all-fields';
  /** Why only the applied fields were asked for but every field is shown; null otherwise. */
  fallback: string | null;
}

interface ManifestDiffOptions {
  /** The diff is on screen: nothing is parsed or cut down before. */
  enabled: boolean;
  /** Show every field of the live object, as the server sent it. */
  serverFields: boolean;
}

/**
 * The Manifest tab's diff: its summary and its two texts. Computed only while the diff is shown,
 * and each part only once for a manifest: both manifests are parsed once for the summary and the
 * cut-down view, and flipping "Show server-set fields" parses nothing again (a 20,000-line
 * manifest takes a noticeable moment to parse and write out).
 */
export function useManifestDiff(
  manifest: ResourceManifest | undefined,
  masked: MaskedManifests | null,
  { enabled, serverFields }: ManifestDiffOptions,
): ManifestDiff | null {
  const desired = manifest?.DesiredManifest ?? null;
  const live = manifest?.LiveManifest ?? null;
  const serverDiff = manifest?.Diff ?? null;

  // Read from the manifests as sent: the rule compares Secret values as stored and never gives
  // one out, so neither the summary nor the cut-down view holds a value.
  const parsed = useMemo(
    () =>
      enabled && desired !== null
        ? {
            applied: parseManifest(desired),
            live: live === null ? null : parseManifest(live),
          }
        : null,
    [enabled, desired, live],
  );

  const summary = useMemo(() => {
    if (parsed === null) return null;
    if (live === null) {
      return {
        text: 'The object is missing from the cluster: nothing that was applied is there.',
        differs: true,
      };
    }
    const differences =
      parsed.applied === null || parsed.live === null
        ? null
        : fieldDifferences(parsed.applied, parsed.live);
    return { text: summarizeDifferences(differences), differs: differences?.length !== 0 };
  }, [parsed, live]);

  const appliedFields = useMemo(
    () =>
      parsed === null || desired === null || serverFields
        ? null
        : appliedFieldsDiff({ desired, live }, parsed),
    [parsed, desired, live, serverFields],
  );

  // The server's own diff sides (`Diff.Left`, `Diff.Right`) when it sends them; else the
  // manifests whole. Masked only when shown: a 20,000-line manifest is not masked for nothing.
  const wantsAllFields = !appliedFields?.ok;
  const allFields = useMemo(() => {
    if (!enabled || !wantsAllFields) return null;
    if (serverDiff?.Left == null || serverDiff.Right == null) return masked;
    return maskSecretManifests({ live: serverDiff.Right, desired: serverDiff.Left });
  }, [enabled, wantsAllFields, serverDiff, masked]);

  if (summary === null) return null;
  if (appliedFields?.ok) {
    return { summary, texts: appliedFields.texts, shows: 'applied-fields', fallback: null };
  }
  return {
    summary,
    texts: { desired: allFields?.desired ?? '', live: allFields?.live ?? '' },
    shows: 'all-fields',
    fallback: appliedFields?.ok === false ? appliedFields.reason : null,
  };
}
