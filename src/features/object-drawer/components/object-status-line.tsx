import type { ResourceDetail } from '../../../api/contract';
import {
  displayedSyncDefinition,
  healthStatusDefinitions,
  StatusBadge,
} from '../../../components/status';
import type { DisplayedSync } from '../../../lib/displayed-sync';
import styles from './object-status-line.module.css';

interface ObjectStatusLineProps {
  resource: ResourceDetail['Resource'];
  /** The sync to show: Orphaned or Deleting from the live status tree, else the object's. */
  sync: DisplayedSync;
}

/** Under the drawer's title: health and sync, each with its message when there is one. */
export function ObjectStatusLine({ resource, sync }: ObjectStatusLineProps) {
  return (
    <div className={styles.line}>
      <div className={styles.status}>
        <StatusBadge
          definition={healthStatusDefinitions[resource.HealthStatus]}
          variant="pill"
          describe
        />
        {resource.HealthStatusMessage && (
          <span className={styles.message}>{resource.HealthStatusMessage}</span>
        )}
      </div>
      <div className={styles.status}>
        <StatusBadge definition={displayedSyncDefinition(sync)} variant="pill" describe />
        {resource.SyncStatusMessage && (
          <span className={styles.message}>{resource.SyncStatusMessage}</span>
        )}
      </div>
    </div>
  );
}
