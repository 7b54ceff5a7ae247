import { faArrowRotateRight, faPlugCircleXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { connection as appConnection, type ConnectionMonitor } from '../../api/connection';
import { Button } from '../../components/button/button';
import { RelativeTime } from '../../components/relative-time/relative-time';
import { formatClockTime, formatExactTime } from '../../lib/relative-time';
import { useBrowserOnline } from '../../hooks/use-browser-online';
import styles from './connection-banner.module.css';

interface ConnectionBannerProps {
  monitor?: ConnectionMonitor;
}

/**
 * "Offline: showing data from 14:32:05" while the browser has no network or the server does not
 * answer. Every page keeps what it shows (TanStack Query keeps the last data of a failing query),
 * polls resume by themselves when the network is back, and the banner goes with the first answer.
 */
export function ConnectionBanner({ monitor = appConnection }: ConnectionBannerProps) {
  const online = useBrowserOnline();
  const state = useSyncExternalStore(monitor.subscribe, monitor.getSnapshot, monitor.getSnapshot);
  const queryClient = useQueryClient();
  if (online && state.unreachableSince === null) return null;

  const { confirmedAt } = state;
  const why = online
    ? `${state.unreachableReason ?? 'Could not reach the server'}. Periscope keeps trying.`
    : 'The browser has no network connection. Periscope asks again as soon as it is back.';
  return (
    <div className={styles.banner} role="status">
      <FontAwesomeIcon icon={faPlugCircleXmark} className={styles.icon} />
      <p className={styles.text}>
        <strong>
          {confirmedAt === null ? (
            'Offline: no data has arrived yet'
          ) : (
            <>
              Offline: showing data from{' '}
              <time
                dateTime={new Date(confirmedAt).toISOString()}
                title={formatExactTime(confirmedAt)}
              >
                {formatClockTime(confirmedAt)}
              </time>
            </>
          )}
        </strong>
        {confirmedAt !== null && (
          <span className={styles.ago}>
            {' ('}
            <RelativeTime value={new Date(confirmedAt).toISOString()} />)
          </span>
        )}
        . {why} Everything on the page stays as it was.
      </p>
      {online && (
        <Button
          className={styles.retry}
          onClick={() => void queryClient.refetchQueries({ type: 'active' })}
        >
          <FontAwesomeIcon icon={faArrowRotateRight} />
          Try now
        </Button>
      )}
    </div>
  );
}
