import {
  faArrowRotateRight,
  faCircleExclamation,
  faSpinner,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { isApiError } from '../../../api/api-error';
import { Button } from '../../../components/button/button';
import { StatePanel } from '../../../components/state-panel/state-panel';
import { formatExactTime } from '../../../lib/relative-time';
import styles from './query-states.module.css';

/** "HTTP 500", "network", "invalid body": what kind of failure, for the panel's eyebrow. */
export function errorKind(error: Error): string {
  if (!isApiError(error)) return error.name;
  return error.status === null ? error.kind.replace('-', ' ') : `HTTP ${error.status}`;
}

/** Something is on its way: a spinner and a sentence, announced politely. */
export function LoadingState({ children }: { children: string }) {
  return (
    <p className={styles.loading} role="status">
      <FontAwesomeIcon icon={faSpinner} spin className={styles.loadingIcon} />
      {children}
    </p>
  );
}

interface ErrorStateProps {
  title: string;
  error: Error;
  onRetry: () => void;
  headingLevel?: 1 | 2;
}

/** A load that failed with nothing to show instead: the server's words and a Retry button. */
export function ErrorState({ title, error, onRetry, headingLevel = 2 }: ErrorStateProps) {
  return (
    <StatePanel
      icon={faTriangleExclamation}
      tone="danger"
      headingLevel={headingLevel}
      eyebrow={errorKind(error)}
      title={title}
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

interface StaleNoticeProps {
  /** What is shown ("the objects", "the task log"). */
  what: string;
  /** When the data shown was fetched; 0 when none ever was. */
  updatedAt: number;
  error: Error;
  onRetry: () => void;
}

/** The last good data stays on screen; this says it is stale, why, and offers to retry. */
export function StaleNotice({ what, updatedAt, error, onRetry }: StaleNoticeProps) {
  return (
    <div className={styles.notice} role="status">
      <FontAwesomeIcon icon={faCircleExclamation} className={styles.noticeIcon} />
      <p className={styles.noticeText}>
        {updatedAt > 0
          ? `Showing ${what} as of ${formatExactTime(updatedAt)}: the latest refresh failed.`
          : `Periscope could not load ${what}.`}{' '}
        {error.message}
      </p>
      <Button onClick={onRetry} className={styles.noticeRetry}>
        <FontAwesomeIcon icon={faArrowRotateRight} />
        Retry
      </Button>
    </div>
  );
}
