import type { ResourceDetail } from '../../../api/contract';
import {
  healthStatusDefinitions,
  StatusBadge,
  syncStatusDefinitions,
} from '../../../components/status';
import styles from './object-status-line.module.css';

/** Under the drawer's title: health and sync, each with its message when there is one. */
export function ObjectStatusLine({ resource }: { resource: ResourceDetail['Resource'] }) {
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
        <StatusBadge
          definition={syncStatusDefinitions[resource.SyncStatus]}
          variant="pill"
          describe
        />
        {resource.SyncStatusMessage && (
          <span className={styles.message}>{resource.SyncStatusMessage}</span>
        )}
      </div>
    </div>
  );
}
