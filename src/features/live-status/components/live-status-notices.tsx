import { faArrowRotateRight, faTriangleExclamation } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { errorKind } from '../../../api/api-error';
import { Button } from '../../../components/button/button';
import { StatePanel } from '../../../components/state-panel/state-panel';
import { formatExactTime } from '../../../lib/relative-time';
import styles from './live-status-page.module.css';

/** The first load failed: what the server said, and Retry. */
export function LiveStatusError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <StatePanel
      icon={faTriangleExclamation}
      tone="danger"
      headingLevel={2}
      eyebrow={errorKind(error)}
      title="Live status could not be loaded"
      actions={
        <Button variant="primary" onClick={onRetry}>
          <FontAwesomeIcon icon={faArrowRotateRight} />
          Retry
        </Button>
      }
    >
      <p className={styles.errorMessage}>{error.message}</p>
    </StatePanel>
  );
}

interface RefreshFailedNoticeProps {
  error: Error;
  /** When the data on screen arrived (ms). */
  updatedAt: number;
  onRetry: () => void;
}

/** A poll failed while older data is on screen: say so, say why, offer Retry. */
export function RefreshFailedNotice({ error, updatedAt, onRetry }: RefreshFailedNoticeProps) {
  return (
    <div className={styles.notice} role="alert">
      <FontAwesomeIcon icon={faTriangleExclamation} className={styles.noticeIcon} />
      <p className={styles.noticeText}>
        <strong>Showing live status as of {formatExactTime(updatedAt)}: it may be stale.</strong>{' '}
        The latest refresh failed. {error.message}
      </p>
      <Button onClick={onRetry} className={styles.noticeRetry}>
        <FontAwesomeIcon icon={faArrowRotateRight} />
        Retry
      </Button>
    </div>
  );
}

/** While the first answer is on its way. */
export function LiveStatusLoading() {
  return (
    <div className={styles.loading} role="status">
      <span className={styles.skeleton} />
      <span className={styles.skeleton} />
      <span className={styles.skeleton} />
      <span className="visually-hidden">Loading live status…</span>
    </div>
  );
}
