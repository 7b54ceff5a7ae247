import {
  faArrowRotateRight,
  faCircleExclamation,
  faSpinner,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { isApiError } from '../../../api/api-error';
import { describeFailure, type FailureSubject } from '../../../api/describe-failure';
import { Button } from '../../../components/button/button';
import { FailurePanel } from '../../../components/failure-panel/failure-panel';
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
  /** What was asked for: a 403 or 404 of it gets its own title, words and way out. */
  subject?: FailureSubject;
}

/**
 * A load that failed with nothing to show instead: the server's words and a Retry button; or,
 * for a 403 or 404 of `subject`, what that means for it ("Task not found") and the way out.
 */
export function ErrorState({ title, error, onRetry, headingLevel = 2, subject }: ErrorStateProps) {
  const failure = subject ? describeFailure(error, subject) : null;
  if (failure) return <FailurePanel failure={failure} headingLevel={headingLevel} />;
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
