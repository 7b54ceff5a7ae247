import {
  faLock,
  faMagnifyingGlass,
  faRotateRight,
  faTriangleExclamation,
  faUserSecret,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { describeFailure } from '../../../api/describe-failure';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { objectQueries } from '../../../api/queries/object-queries';
import { Button } from '../../../components/button/button';
import { FailureText, FailureWayOutAction } from '../../../components/failure-panel/failure-panel';
import { Switch } from '../../../components/switch/switch';
import type { DiffStats } from '../../../components/yaml-viewer/monaco-loader';
import { YamlDiffViewer, YamlViewer } from '../../../components/yaml-viewer/yaml-viewer';
import { usePreloadMonaco } from '../../../components/yaml-viewer/use-monaco';
import { manifestFileName } from '../model/download-text';
import { errorMessage } from '../model/error-message';
import { manifestDifferences, summarizeDifferences } from '../model/manifest-differences';
import { maskSecretManifests } from '../../../lib/mask-secrets';
import { FetchedAt } from './fetched-at';
import { ManifestActions } from './manifest-actions';
import styles from './manifest-tab.module.css';
import { TabLoading, TabMessage } from './tab-message';
import toolbar from './toolbar.module.css';

interface ManifestTabProps {
  ids: ResourceIds;
  /** The object's kind and name, once known: for labels and the download's file name. */
  kind: string | null;
  name: string | null;
  showDiff: boolean;
  onShowDiffChange: (on: boolean) => void;
  /** Close the drawer: the way out when the object is not found or not allowed. */
  onClose?: () => void;
}

function describeStats({ changes, linesAdded, linesRemoved }: DiffStats): string {
  if (changes === 0) return 'No line differs.';
  const lines = (count: number) => `${String(count)} ${count === 1 ? 'line' : 'lines'}`;
  return `Line by line: ${String(changes)} ${changes === 1 ? 'change' : 'changes'} (${lines(linesRemoved)} on the applied side, ${lines(linesAdded)} on the live side).`;
}

/**
 * The live manifest in a read-only editor, and with Show diff, the applied manifest (left)
 * against the live one (right) with a one-line summary. Secret values are masked before the
 * text reaches the editor, the clipboard or a download. Loaded lazily with the editor.
 */
export default function ManifestTab({
  ids,
  kind,
  name,
  showDiff,
  onShowDiffChange,
  onClose,
}: ManifestTabProps) {
  usePreloadMonaco();
  const manifest = useQuery(objectQueries.manifest(ids));
  const [stats, setStats] = useState<DiffStats | null>(null);
  const reasonId = useId();
  const objectTitle = kind !== null && name !== null ? `${kind} ${name}` : 'this object';

  const masked = useMemo(
    () =>
      manifest.data
        ? maskSecretManifests({
            live: manifest.data.LiveManifest,
            desired: manifest.data.DesiredManifest ?? null,
          })
        : null,
    [manifest.data],
  );
  // The server's own diff sides (`Diff.Left`, `Diff.Right`) leave out what it does not compare,
  // such as status and server-set metadata; without them, the whole live manifest is shown.
  // Read only when the diff is shown: a 20,000-line manifest is masked once, not twice, to open.
  const diffSides = useMemo(() => {
    const diff = manifest.data?.Diff;
    if (!showDiff || diff?.Left == null || diff.Right == null) return masked;
    return maskSecretManifests({ live: diff.Right, desired: diff.Left });
  }, [showDiff, manifest.data, masked]);
  const canDiff = masked?.desired != null;
  const diffing = showDiff && canDiff;
  // Read from the manifests as sent: the rule compares Secret values as stored and names a
  // differing one by its key only, so the summary holds no value.
  const summary = useMemo(() => {
    const desired = manifest.data?.DesiredManifest;
    if (!showDiff || desired == null) return null;
    const live = manifest.data?.LiveManifest ?? null;
    if (live === null) {
      return {
        text: 'The object is missing from the cluster: nothing that was applied is there.',
        differs: true,
      };
    }
    const differences = manifestDifferences(desired, live);
    return { text: summarizeDifferences(differences), differs: differences?.length !== 0 };
  }, [showDiff, manifest.data]);

  if (manifest.isPending) return <TabLoading>Loading the manifest…</TabLoading>;
  const failure = describeFailure(manifest.error, {
    kind: 'object',
    id: ids.resourceId,
    name: kind !== null && name !== null ? objectTitle : null,
  });
  if (failure) {
    return (
      <TabMessage
        icon={failure.status === 403 ? faLock : faMagnifyingGlass}
        tone="danger"
        title={failure.title}
        actions={<FailureWayOutAction wayOut={failure.wayOut} onClose={onClose} />}
      >
        <FailureText failure={failure} />
      </TabMessage>
    );
  }
  if (manifest.isError) {
    return (
      <TabMessage
        icon={faTriangleExclamation}
        tone="danger"
        title="The manifest could not be loaded"
        onRetry={() => void manifest.refetch()}
      >
        <p>{errorMessage(manifest.error)}</p>
      </TabMessage>
    );
  }
  if (!masked) return null;

  const noDiffReason = canDiff
    ? null
    : `Octopus did not apply this ${kind ?? 'object'}: it was created by another object (as a Deployment creates ReplicaSets and Pods), so there is no applied manifest to compare it with.`;
  const shown = masked.live ?? masked.desired;
  const what = masked.live === null ? 'applied manifest' : 'live manifest';

  return (
    <div className={styles.tab}>
      <div className={toolbar.toolbar}>
        <Switch
          checked={diffing}
          onCheckedChange={(on) => {
            setStats(null);
            onShowDiffChange(on);
          }}
          disabled={!canDiff}
          aria-describedby={noDiffReason ? reasonId : undefined}
        >
          Show diff
        </Switch>
        <span className={toolbar.spacer} />
        <FetchedAt updatedAt={manifest.dataUpdatedAt} fetching={manifest.isFetching} />
        <Button onClick={() => void manifest.refetch()} disabled={manifest.isFetching}>
          <FontAwesomeIcon icon={faRotateRight} spin={manifest.isFetching} />
          Refresh
        </Button>
        <ManifestActions
          text={shown}
          fileName={manifestFileName(kind ?? 'object', name ?? 'manifest')}
          what={what}
        />
      </div>
      {noDiffReason && (
        <p id={reasonId} className={styles.note}>
          No diff: {noDiffReason}
        </p>
      )}
      {masked.live === null && (
        <p className={styles.note}>
          This object is missing from the cluster, so it has no live manifest. Shown here is the
          manifest that was applied.
        </p>
      )}
      {masked.masked && (
        <p className={styles.note}>
          <FontAwesomeIcon icon={faUserSecret} /> Secret values are masked; a value that differs
          from the applied one is marked “(changed)”.
        </p>
      )}
      {diffing && masked.desired !== null ? (
        <>
          <p
            className={[styles.summary, summary?.differs && styles.differs]
              .filter(Boolean)
              .join(' ')}
            role="status"
          >
            {summary?.text} {stats && <span className={styles.stats}>{describeStats(stats)}</span>}
          </p>
          <div className={styles.sides} aria-hidden="true">
            <span>Applied (desired)</span>
            <span>Live</span>
          </div>
          <YamlDiffViewer
            original={diffSides?.desired ?? masked.desired}
            modified={diffSides?.live ?? masked.live ?? ''}
            originalLabel={`Applied manifest of ${objectTitle}`}
            modifiedLabel={`Live manifest of ${objectTitle}`}
            onDiffComputed={setStats}
            className={styles.editor}
          />
        </>
      ) : (
        <YamlViewer
          value={shown ?? ''}
          label={`${masked.live === null ? 'Applied' : 'Live'} manifest of ${objectTitle}`}
          className={styles.editor}
        />
      )}
    </div>
  );
}
