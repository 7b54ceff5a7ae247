import type { IconDefinition } from '@fortawesome/fontawesome-svg-core';
import { faArrowRotateRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ReactNode } from 'react';
import { Button } from '../../../components/button/button';
import styles from './dashboard-notice.module.css';

interface DashboardNoticeProps {
  icon: IconDefinition;
  tone: 'warning' | 'danger';
  children: ReactNode;
  onRetry?: () => void;
}

/** A one-line notice above the grid: a refresh that failed, live status that did not load. */
export function DashboardNotice({ icon, tone, children, onRetry }: DashboardNoticeProps) {
  return (
    <div className={styles.notice} data-tone={tone} role="status">
      <FontAwesomeIcon icon={icon} className={styles.icon} />
      <div className={styles.text}>{children}</div>
      {onRetry && (
        <Button variant="secondary" className={styles.retry} onClick={onRetry}>
          <FontAwesomeIcon icon={faArrowRotateRight} />
          Retry
        </Button>
      )}
    </div>
  );
}
