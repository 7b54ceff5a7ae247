import { faTowerBroadcast } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { Switch } from '../../../components/switch/switch';
import { DASHBOARD_REFETCH_INTERVAL_MS } from '../../../api/queries/dashboard-queries';
import { Freshness } from '../../../components/freshness/freshness';
import type { LiveProgress } from '../hooks/use-dashboard-data';
import { describeLiveProgress } from '../model/live-progress';
import { useThrottledValue } from '../hooks/use-throttled-value';
import type { DashboardMode } from '../model/dashboard-model';
import styles from './dashboard-header.module.css';

interface DashboardHeaderProps {
  mode: DashboardMode;
  onLiveChange: (live: boolean) => void;
  /** When the dashboard last arrived (ms), 0 before it has. */
  updatedAt: number;
  isFetching: boolean;
  /** Set while live status is read cell by cell (a server without the summaries extension). */
  liveProgress: LiveProgress | null;
}

/** How often the progress line may change: it is a live region, read out on each change. */
const PROGRESS_THROTTLE_MS = 1_000;

/** A polite live region: how far cell-by-cell reading has got. */
function LiveProgressLine({ progress }: { progress: LiveProgress }) {
  const text = useThrottledValue(describeLiveProgress(progress), PROGRESS_THROTTLE_MS);
  return (
    <p className={styles.progress} role="status">
      <FontAwesomeIcon icon={faTowerBroadcast} className={styles.updatedIcon} aria-hidden="true" />
      {text}
    </p>
  );
}

/** The page title, and the Live status switch that swaps every cell. */
export function DashboardHeader({
  mode,
  onLiveChange,
  updatedAt,
  isFetching,
  liveProgress,
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
        <Freshness
          confirmedAt={updatedAt}
          pollIntervalMs={DASHBOARD_REFETCH_INTERVAL_MS}
          fetching={isFetching}
        />
        {live && liveProgress && liveProgress.total > 0 && (
          <LiveProgressLine progress={liveProgress} />
        )}
        <Switch checked={live} onCheckedChange={onLiveChange} aria-describedby={hintId}>
          Live status
        </Switch>
      </div>
    </div>
  );
}
