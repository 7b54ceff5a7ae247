import type { IconDefinition } from '@fortawesome/fontawesome-svg-core';
import { faRotateRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ReactNode } from 'react';
import { Button } from '../../../components/button/button';
import styles from './tab-message.module.css';

interface TabMessageProps {
  icon: IconDefinition;
  tone?: 'neutral' | 'danger';
  title: string;
  children?: ReactNode;
  /** Shown as a Retry button. */
  onRetry?: () => void;
  retryLabel?: string;
  /** Other ways out, after Retry (a link or a button). */
  actions?: ReactNode;
}

/**
 * A message in place of a tab's content: nothing to show, or what went wrong there and a way to
 * try again. Errors are announced (`role="alert"`); the rest of the drawer keeps working.
 */
export function TabMessage({
  icon,
  tone = 'neutral',
  title,
  children,
  onRetry,
  retryLabel = 'Retry',
  actions,
}: TabMessageProps) {
  return (
    <div
      className={[styles.message, tone === 'danger' && styles.danger].filter(Boolean).join(' ')}
      role={tone === 'danger' ? 'alert' : undefined}
    >
      <FontAwesomeIcon icon={icon} className={styles.icon} />
      <div className={styles.text}>
        <p className={styles.title}>{title}</p>
        {children}
        {(onRetry !== undefined || actions !== undefined) && (
          <div className={styles.actions}>
            {onRetry && (
              <Button onClick={onRetry}>
                <FontAwesomeIcon icon={faRotateRight} />
                {retryLabel}
              </Button>
            )}
            {actions}
          </div>
        )}
      </div>
    </div>
  );
}

/** The loading line of a tab: a polite live region, so screen readers hear it once. */
export function TabLoading({ children }: { children: ReactNode }) {
  return (
    <p className={styles.loading} role="status">
      {children}
    </p>
  );
}
