import { LAST_DELETION_FAILED } from '../../../components/status';
import { ExactTime, RelativeTime } from '../../../components/relative-time/relative-time';
import type { DisplayedSync } from '../../../lib/displayed-sync';
import styles from './summary.module.css';

/**
 * Under an orphan's sync in the drawer's summary: since when Octopus no longer deploys it, that
 * it keeps running, whether its last deletion failed, and where it is deleted (in Octopus:
 * Periscope only reads). Nothing for an object that is not orphaned.
 */
export function OrphanNote({ sync }: { sync: DisplayedSync }) {
  if (sync.status === 'Deleting') {
    return (
      <p className={styles.message}>
        Octopus is deleting this orphaned object. It leaves live status once the Kubernetes monitor
        reports it gone.
      </p>
    );
  }
  if (sync.status !== 'Orphaned') return null;
  return (
    <>
      <p className={styles.message}>
        {sync.orphanedAt === null ? (
          'Orphaned'
        ) : (
          <>
            Orphaned since <ExactTime value={sync.orphanedAt} /> (
            <RelativeTime value={sync.orphanedAt} />)
          </>
        )}
        : Octopus no longer deploys this object. It keeps running until someone deletes it in
        Octopus (Live Status, the row’s Resource actions, Review & delete); Periscope only reads.
      </p>
      {sync.lastDeletionFailed && <p className={styles.message}>{LAST_DELETION_FAILED}.</p>}
    </>
  );
}
