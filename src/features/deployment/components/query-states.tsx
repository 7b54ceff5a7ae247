import {
  faArrowRotateRight,
  faSpinner,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { errorKind } from '../../../api/api-error';
import { describeFailure, type FailureSubject } from '../../../api/describe-failure';
import { Button } from '../../../components/button/button';
import { FailurePanel } from '../../../components/failure-panel/failure-panel';
import { StatePanel } from '../../../components/state-panel/state-panel';
import styles from './query-states.module.css';

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
