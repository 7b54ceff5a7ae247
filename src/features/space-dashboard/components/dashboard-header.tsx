import { faArrowsRotate } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { Switch } from '../../../components/switch/switch';
import { useNow } from '../../../hooks/use-now';
import { formatExactTime, formatRelativeTime } from '../../../lib/relative-time';
import type { DashboardMode } from '../model/dashboard-model';
import styles from './dashboard-header.module.css';

interface DashboardHeaderProps {
  mode: DashboardMode;
  onLiveChange: (live: boolean) => void;
  /** When the dashboard last arrived (ms), 0 before it has. */
  updatedAt: number;
  isFetching: boolean;
}

function UpdatedAt({ updatedAt, isFetching }: { updatedAt: number; isFetching: boolean }) {
  const text = useNow((now) => formatRelativeTime(updatedAt, Math.max(now, updatedAt)));
  if (updatedAt === 0) return null;
  return (
    <p className={styles.updated} title={formatExactTime(updatedAt)}>
      <FontAwesomeIcon
        icon={faArrowsRotate}
        spin={isFetching}
        className={styles.updatedIcon}
        aria-hidden="true"
      />
      Updated {text}
    </p>
  );
}

/** The page title, and the Live status switch that swaps every cell. */
export function DashboardHeader({
  mode,
  onLiveChange,
  updatedAt,
  isFetching,
}: DashboardHeaderProps) {
  const hintId = useId();
  const live = mode === 'live';
  return (
    <div className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>Dashboard</h1>
        <p className={styles.subtitle} id={hintId}>
          {live
            ? 'The live status of every project in every environment.'
            : 'The latest deployment of every project in every environment.'}
        </p>
      </div>
      <div className={styles.controls}>
        <UpdatedAt updatedAt={updatedAt} isFetching={isFetching} />
        <Switch checked={live} onCheckedChange={onLiveChange} aria-describedby={hintId}>
          Live status
        </Switch>
      </div>
    </div>
  );
}
