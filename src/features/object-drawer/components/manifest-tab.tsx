import {
  faLock,
  faMagnifyingGlass,
  faRotateRight,
  faTriangleExclamation,
  faUserSecret,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { describeFailure } from '../../../api/describe-failure';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { objectQueries } from '../../../api/queries/object-queries';
import { Button } from '../../../components/button/button';
import { FailureText, FailureWayOutAction } from '../../../components/failure-panel/failure-panel';
import { Switch } from '../../../components/switch/switch';
import { YamlViewer } from '../../../components/yaml-viewer/yaml-viewer';
import { usePreloadMonaco } from '../../../components/yaml-viewer/use-monaco';
import { useManifestDiff } from '../hooks/use-manifest-diff';
import { manifestFileName } from '../model/download-text';
import { errorMessage } from '../model/error-message';
import { maskSecretManifests } from '../../../lib/mask-secrets';
import { FetchedAt } from './fetched-at';
import { ManifestActions } from './manifest-actions';
import { ManifestDiffView } from './manifest-diff-view';
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
  /** In the diff, every field of the live object rather than only the applied ones. */
  showServerFields: boolean;
  onShowServerFieldsChange: (on: boolean) => void;
  /** Close the drawer: the way out when the object is not found or not allowed. */
  onClose?: () => void;
}

/**
 * The live manifest in a read-only editor, and with Show diff, the applied manifest (left)
 * against the live object (right) with a one-line summary: by default only the fields that were
 * applied, so the lines that differ are the drift; with "Show server-set fields", every field
 * the cluster sets too. Secret values are masked before the text reaches the editor, the
 * clipboard or a download. Loaded lazily with the editor.
 */
export default function ManifestTab({
  ids,
  kind,
  name,
  showDiff,
  onShowDiffChange,
  showServerFields,
  onShowServerFieldsChange,
  onClose,
}: ManifestTabProps) {
  usePreloadMonaco();
  const manifest = useQuery(objectQueries.manifest(ids));
  const reasonId = useId();
  const serverFieldsReasonId = useId();
  const viewId = useId();
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
  const canDiff = masked?.desired != null;
  const diffing = showDiff && canDiff;
  const diff = useManifestDiff(manifest.data, masked, {
    enabled: diffing,
    serverFields: showServerFields,
  });

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
  const serverFieldsReason = noDiffReason ? reasonId : serverFieldsReasonId;

  return (
    <div className={styles.tab}>
      <div className={toolbar.toolbar}>
        <Switch
          checked={diffing}
          onCheckedChange={onShowDiffChange}
          disabled={!canDiff}
          aria-describedby={noDiffReason ? reasonId : undefined}
        >
          Show diff
        </Switch>
        <Switch
          checked={diffing && showServerFields}
          onCheckedChange={onShowServerFieldsChange}
          disabled={!diff}
          aria-describedby={diff ? viewId : serverFieldsReason}
        >
          Show server-set fields
        </Switch>
        {!diff && !noDiffReason && (
          <span id={serverFieldsReasonId} className="visually-hidden">
            Turn on Show diff first: this switch chooses which fields of the live object the diff
            shows.
          </span>
        )}
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
      {diff ? (
        <ManifestDiffView diff={diff} objectTitle={objectTitle} descriptionId={viewId} />
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
