import { Link, useSearchParams } from 'react-router';
import { StatusIcon, syncStatusDefinitions } from '../../../components/status';
import type { DisplaySyncStatus } from '../../../lib/displayed-sync';
import { writeLiveStatusSearch } from '../model/live-status-search';
import styles from './orphaned-objects-note.module.css';

interface OrphanedObjectsNoteProps {
  count: number;
  /** The Sync filter that lists them (Orphaned, and Deleting while one is being deleted). */
  sync: readonly DisplaySyncStatus[];
}

/**
 * "2 orphaned objects", as a link that filters the table to them (in the URL, replacing the
 * history entry like every filter), and how to delete them: in Octopus, since Periscope only
 * reads. Orphans do not count toward the application's health, so this is the one place the
 * summary says they are there.
 */
export function OrphanedObjectsNote({ count, sync }: OrphanedObjectsNoteProps) {
  const [searchParams] = useSearchParams();
  if (count === 0) return null;
  const one = count === 1;
  const search = writeLiveStatusSearch(searchParams, { filter: { sync: [...sync] } }).toString();
  return (
    <div className={styles.note} role="note" aria-label="Orphaned objects">
      <StatusIcon definition={syncStatusDefinitions.Orphaned} className={styles.icon} />
      <div className={styles.text}>
        <p>
          <Link to={{ search }} replace preventScrollReset className={styles.link}>
            {`${String(count)} orphaned ${one ? 'object' : 'objects'}`}
          </Link>
          {one
            ? ': Octopus no longer deploys it, and it keeps running until someone deletes it. It does not count toward the application’s health.'
            : ': Octopus no longer deploys them, and they keep running until someone deletes them. They do not count toward the application’s health.'}
        </p>
        <p className={styles.how}>
          To delete {one ? 'it' : 'them'}, open this application’s Live Status in Octopus, set the
          Sync status filter to Orphaned, then choose the row’s Resource actions → Review & delete
          (or Review & delete on the orphaned objects card, for several at once). It needs the
          DeployedResourceAdminister permission. Periscope only reads: it never deletes.
        </p>
      </div>
    </div>
  );
}
