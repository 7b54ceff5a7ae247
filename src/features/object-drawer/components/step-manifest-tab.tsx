import {
  faFileCircleQuestion,
  faTriangleExclamation,
  faUserSecret,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { objectQueries } from '../../../api/queries/object-queries';
import { YamlViewer } from '../../../components/yaml-viewer/yaml-viewer';
import { usePreloadMonaco } from '../../../components/yaml-viewer/use-monaco';
import { manifestFileName } from '../model/download-text';
import { errorMessage } from '../model/error-message';
import { maskSecretManifests } from '../../../lib/mask-secrets';
import type { StepObjectTarget } from '../object-drawer-target';
import { ManifestActions } from './manifest-actions';
import styles from './manifest-tab.module.css';
import { TabLoading, TabMessage } from './tab-message';
import toolbar from './toolbar.module.css';

/**
 * The manifest a deployment step applied for one of its objects (Secret values masked). Objects
 * the step did not apply itself (ReplicaSets, Pods) have none, and the tab says so.
 */
export default function StepManifestTab({ target }: { target: StepObjectTarget }) {
  const { object } = target;
  usePreloadMonaco();
  const manifest = useQuery({
    ...objectQueries.stepManifest(target),
    enabled: object.ManifestAvailable,
  });
  const text = useMemo(
    () =>
      manifest.data
        ? maskSecretManifests({ live: manifest.data.AppliedManifest, desired: null })
        : null,
    [manifest.data],
  );
  const objectTitle = `${object.Kind} ${object.Name}`;

  if (!object.ManifestAvailable) {
    return (
      <TabMessage icon={faFileCircleQuestion} title="No manifest of its own">
        <p>
          {`Objects created by other objects, such as ReplicaSets or Pods from Deployments, have no viewable manifest: the step did not apply this ${object.Kind}, so there is no manifest to show.`}
        </p>
      </TabMessage>
    );
  }
  if (manifest.isPending) return <TabLoading>Loading the applied manifest…</TabLoading>;
  if (manifest.isError) {
    return (
      <TabMessage
        icon={faTriangleExclamation}
        tone="danger"
        title="The applied manifest could not be loaded"
        onRetry={() => void manifest.refetch()}
      >
        <p>{errorMessage(manifest.error)}</p>
      </TabMessage>
    );
  }
  if (!text) return null;

  return (
    <div className={styles.tab}>
      <div className={toolbar.toolbar}>
        <p className={styles.note}>{`The manifest step “${target.stepName}” applied.`}</p>
        <span className={toolbar.spacer} />
        <ManifestActions
          text={text.live}
          fileName={manifestFileName(object.Kind, object.Name)}
          what="applied manifest"
        />
      </div>
      {text.masked && (
        <p className={styles.note}>
          <FontAwesomeIcon icon={faUserSecret} /> Secret values are masked.
        </p>
      )}
      <YamlViewer
        value={text.live ?? ''}
        label={`Applied manifest of ${objectTitle}`}
        className={styles.editor}
      />
    </div>
  );
}
