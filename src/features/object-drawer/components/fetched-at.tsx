import { RelativeTime } from '../../../components/relative-time/relative-time';
import styles from './toolbar.module.css';

interface FetchedAtProps {
  /** `dataUpdatedAt` of the query; 0 before the first answer. */
  updatedAt: number;
  fetching: boolean;
}

/** "Fetched 2 minutes ago", or "Refreshing…" while a new answer is on its way. */
export function FetchedAt({ updatedAt, fetching }: FetchedAtProps) {
  if (fetching && updatedAt > 0) {
    return (
      <span className={styles.note} role="status">
        Refreshing…
      </span>
    );
  }
  if (updatedAt === 0) return null;
  return (
    <span className={styles.note}>
      Fetched <RelativeTime value={new Date(updatedAt).toISOString()} />
    </span>
  );
}
