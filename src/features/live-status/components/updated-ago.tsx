import { faArrowsRotate } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { applicationStatusDefinitions, StatusBadge } from '../../../components/status';
import { formatExactTime } from '../../../lib/relative-time';
import { useSecondsSince } from '../../../hooks/use-seconds-since';
import { formatAge } from '../../../lib/format-age';
import { STALE_AFTER_SECONDS } from '../model/stale-after';
import styles from './application-summary.module.css';

interface UpdatedAgoProps {
  /** When the monitor last reported (the summary's LastUpdated); null if it never has. */
  lastUpdated: string | null;
  /** A poll is in flight. */
  isFetching: boolean;
}

/** "Updated 4 s ago", ticking every second, and marked Stale past 10 minutes. */
export function UpdatedAgo({ lastUpdated, isFetching }: UpdatedAgoProps) {
  const seconds = useSecondsSince(lastUpdated);
  if (lastUpdated === null || seconds === null) {
    return <span className={styles.muted}>Never updated</span>;
  }
  const stale = seconds >= STALE_AFTER_SECONDS;
  return (
    <span className={styles.updated}>
      <FontAwesomeIcon
        icon={faArrowsRotate}
        spin={isFetching}
        className={styles.updatedIcon}
        aria-hidden="true"
      />
      <time dateTime={lastUpdated} title={formatExactTime(lastUpdated)}>
        Updated {formatAge(seconds)}
      </time>
      {stale && <StatusBadge definition={applicationStatusDefinitions.Stale} variant="pill" />}
    </span>
  );
}
