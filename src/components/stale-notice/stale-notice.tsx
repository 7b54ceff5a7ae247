import { faArrowRotateRight, faCircleExclamation } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { describeFailure, type FailureSubject } from '../../api/describe-failure';
import { formatExactTime } from '../../lib/relative-time';
import { Button } from '../button/button';
import styles from './stale-notice.module.css';

interface StaleNoticeProps {
  /** What is shown ("the objects", "the task log"). */
  what: string;
  /** When the data shown was fetched; 0 when none ever was. */
  updatedAt: number;
  error: Error;
  onRetry: () => void;
  /** What was asked for: a 403 or 404 of it is said in its own words. */
  subject?: FailureSubject;
}

/** The last good data stays on screen; this says it is stale, why, and offers to retry. */
export function StaleNotice({ what, updatedAt, error, onRetry, subject }: StaleNoticeProps) {
  const failure = subject ? describeFailure(error, subject) : null;
  return (
    <div className={styles.notice} role="status">
      <FontAwesomeIcon icon={faCircleExclamation} className={styles.noticeIcon} />
      <p className={styles.noticeText}>
        {updatedAt > 0
          ? `Showing ${what} as of ${formatExactTime(updatedAt)}: the latest refresh failed.`
          : `Periscope could not load ${what}.`}{' '}
        {failure ? (
          <>
            <strong>{failure.title}.</strong> {failure.detail}{' '}
            {failure.serverMessage && <q>{failure.serverMessage}</q>} {failure.advice}
          </>
        ) : (
          error.message
        )}
      </p>
      <Button onClick={onRetry} className={styles.noticeRetry}>
        <FontAwesomeIcon icon={faArrowRotateRight} />
        Retry
      </Button>
    </div>
  );
}
