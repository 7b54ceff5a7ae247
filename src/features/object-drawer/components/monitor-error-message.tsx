import { faPlugCircleExclamation } from '@fortawesome/free-solid-svg-icons';
import type { MonitorError } from '../../../api/contract';
import { monitorErrorAdvice } from '../model/monitor-error-advice';
import { TabMessage } from './tab-message';
import styles from './tab-message.module.css';

interface MonitorErrorMessageProps {
  /** "events" or "logs": what could not be read. */
  what: string;
  error: MonitorError;
  onRetry: () => void;
}

/** A session the Kubernetes monitor answered with an error: its message, and what to do. */
export function MonitorErrorMessage({ what, error, onRetry }: MonitorErrorMessageProps) {
  return (
    <TabMessage
      icon={faPlugCircleExclamation}
      tone="danger"
      title={`The Kubernetes monitor could not read the ${what}`}
      onRetry={onRetry}
    >
      <p>{error.ErrorMessage ?? 'The monitor gave no reason.'}</p>
      <p className={styles.advice}>{monitorErrorAdvice(error.ErrorCode ?? '')}</p>
      {error.ErrorCode && <p className={styles.code}>Monitor error code: {error.ErrorCode}</p>}
    </TabMessage>
  );
}
