import {
  faPlugCircleExclamation,
  faRotateRight,
  faStopwatch,
  faTriangleExclamation,
  type IconDefinition,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { formatSeconds } from '../../../api/api-error';
import { Button } from '../../../components/button/button';
import type { SessionFailure } from '../hooks/use-last-good-session';
import { monitorErrorAdvice } from '../model/monitor-error-advice';
import styles from './session-failure-alert.module.css';

type SessionKind = 'events' | 'logs';

/** How each session's reads are named: the session itself, and what it reads. */
const wording: Record<SessionKind, { session: string; items: string }> = {
  events: { session: 'events', items: 'events' },
  logs: { session: 'logs', items: 'log lines' },
};

const icons: Record<SessionFailure['kind'], IconDefinition> = {
  monitor: faPlugCircleExclamation,
  timeout: faStopwatch,
  request: faTriangleExclamation,
};

/** Which failure it was, in one sentence. */
function describeFailure(failure: SessionFailure, what: SessionKind): string {
  const { session, items } = wording[what];
  switch (failure.kind) {
    case 'monitor': {
      const { ErrorMessage, ErrorCode } = failure.error;
      const code = ErrorCode ? ` (${ErrorCode})` : '';
      return `The Kubernetes monitor could not read the ${items}: ${ErrorMessage ?? 'it gave no reason'}${code}`;
    }
    case 'timeout':
      return `The ${session} session did not complete within ${formatSeconds(failure.timeoutMs / 1000)}`;
    case 'request':
      return failure.message;
  }
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface SessionFailureAlertProps {
  what: SessionKind;
  failure: SessionFailure;
  /** When the rows still shown below were read (ms since the epoch). */
  readAt: number;
  onRetry: () => void;
  /** A new session is on its way: the Retry icon spins. */
  retrying: boolean;
}

/**
 * A refresh that failed, above the rows of the last read that succeeded: which failure it was,
 * when the rows shown were read, and a Retry that opens a new session.
 */
export function SessionFailureAlert({
  what,
  failure,
  readAt,
  onRetry,
  retrying,
}: SessionFailureAlertProps) {
  const readAtDate = new Date(readAt);
  return (
    <div className={styles.alert} role="alert">
      <FontAwesomeIcon icon={icons[failure.kind]} className={styles.icon} />
      <div className={styles.text}>
        <p className={styles.title}>{describeFailure(failure, what)}</p>
        {failure.kind === 'monitor' && (
          <p className={styles.advice}>{monitorErrorAdvice(failure.error.ErrorCode ?? '')}</p>
        )}
        <p>
          {`Showing the ${wording[what].items} read at `}
          <time dateTime={readAtDate.toISOString()}>{clockFormat.format(readAtDate)}</time>
          {', the last read that succeeded.'}
        </p>
      </div>
      <Button onClick={onRetry} className={styles.retry}>
        <FontAwesomeIcon icon={faRotateRight} spin={retrying} />
        Retry
      </Button>
    </div>
  );
}
