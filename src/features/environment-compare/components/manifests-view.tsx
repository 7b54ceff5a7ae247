import { faArrowRotateRight, faUserSecret } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { errorKind } from '../../../api/api-error';
import { describeFailure } from '../../../api/describe-failure';
import { objectQueries } from '../../../api/queries/object-queries';
import { Button } from '../../../components/button/button';
import { usePreloadMonaco } from '../../../components/yaml-viewer/use-monaco';
import { YamlDiffViewer, YamlViewer } from '../../../components/yaml-viewer/yaml-viewer';
import { maskSecretManifests } from '../../../lib/mask-secrets';
import type { CompareSideData } from '../hooks/use-compare-side';
import type { ComparedObject, SideObject } from '../model/comparison-rows';
import styles from './selected-object-panel.module.css';

/** One side's manifest query: the drawer's own options, so the answers are shared. */
function useSideManifest(
  spaceId: string,
  projectId: string,
  data: CompareSideData,
  object: SideObject | null,
) {
  const ref = object?.ref ?? null;
  return useQuery({
    ...objectQueries.manifest({
      spaceId,
      projectId,
      ...data.side,
      machineId: ref?.machineId ?? '',
      resourceId: ref?.resourceId ?? '',
    }),
    enabled: ref !== null,
  });
}

type ManifestQuery = ReturnType<typeof useSideManifest>;

function ManifestProblem({ query, label }: { query: ManifestQuery; label: string }) {
  if (!query.isError) return null;
  const failure = describeFailure(query.error, { kind: 'object', id: '' });
  return (
    <div className={styles.failed} role="alert">
      <p>
        The applied manifest in {label} could not be loaded:{' '}
        {failure?.title ?? `${errorKind(query.error)}: ${query.error.message}`}
      </p>
      <Button onClick={() => void query.refetch()}>
        <FontAwesomeIcon icon={faArrowRotateRight} />
        Retry
      </Button>
    </div>
  );
}

interface ManifestsViewProps {
  /** "Deployment payment". */
  title: string;
  object: ComparedObject;
  left: CompareSideData;
  right: CompareSideData;
  spaceId: string;
  projectId: string;
}

/**
 * Both applied manifests in Monaco's diff editor, the left side on the left, Secret values
 * masked before the text reaches the editor (a value that differs marked "(changed)"); or the
 * one side's manifest alone.
 */
export function ManifestsView({
  title,
  object,
  left,
  right,
  spaceId,
  projectId,
}: ManifestsViewProps) {
  usePreloadMonaco();
  const leftQuery = useSideManifest(spaceId, projectId, left, object.left);
  const rightQuery = useSideManifest(spaceId, projectId, right, object.right);
  const leftText = object.left ? (leftQuery.data?.DesiredManifest ?? null) : null;
  const rightText = object.right ? (rightQuery.data?.DesiredManifest ?? null) : null;
  const masked = useMemo(
    () => maskSecretManifests({ desired: leftText, live: rightText }),
    [leftText, rightText],
  );

  const loading =
    (object.left?.ref != null && leftQuery.isPending) ||
    (object.right?.ref != null && rightQuery.isPending);
  const only = object.presence === 'left' ? left : object.presence === 'right' ? right : null;
  const missing = [
    object.left && leftQuery.isSuccess && leftText === null ? left.label : null,
    object.right && rightQuery.isSuccess && rightText === null ? right.label : null,
  ].filter((label) => label !== null);

  return (
    <div className={styles.manifests}>
      <ManifestProblem query={leftQuery} label={left.label} />
      <ManifestProblem query={rightQuery} label={right.label} />
      {only && (
        <p className={styles.note}>
          Only in {only.label}: there is no applied manifest on the other side to compare it with.
        </p>
      )}
      {missing.map((label) => (
        <p key={label} className={styles.note}>
          Octopus has no applied manifest for {title} in {label}.
        </p>
      ))}
      {masked.masked && (
        <p className={styles.note}>
          <FontAwesomeIcon icon={faUserSecret} /> Secret values are masked; a value that differs
          between the sides is marked “(changed)” on the right.
        </p>
      )}
      {loading && (
        <p className={styles.note} role="status">
          Loading the applied manifests…
        </p>
      )}
      {loading ? null : masked.desired !== null && masked.live !== null ? (
        <>
          <div className={styles.sides} aria-hidden="true">
            <span>{left.label}</span>
            <span>{right.label}</span>
          </div>
          <YamlDiffViewer
            original={masked.desired}
            modified={masked.live}
            originalLabel={`Applied manifest of ${title} in ${left.label}`}
            modifiedLabel={`Applied manifest of ${title} in ${right.label}`}
            className={styles.editor}
          />
        </>
      ) : (
        (masked.desired ?? masked.live) !== null && (
          <YamlViewer
            value={masked.desired ?? masked.live ?? ''}
            label={`Applied manifest of ${title} in ${masked.desired !== null ? left.label : right.label}`}
            className={styles.editor}
          />
        )
      )}
    </div>
  );
}
