import { faHourglassHalf } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useSyncExternalStore } from 'react';
import { apiClient } from '../../api/client';
import type { RequestGate } from '../../api/request-gate';
import { useSecondsUntil } from '../../hooks/use-seconds-since';
import styles from './connection-banner.module.css';

interface RateLimitBannerProps {
  gate?: RequestGate;
}

/**
 * While the server's 429 holds every request (its `Retry-After`, see `request-gate.ts`): says so,
 * counting down, so that a page that stops refreshing for half a minute says why.
 */
export function RateLimitBanner({ gate = apiClient.gate }: RateLimitBannerProps) {
  const subscribe = useCallback(
    (listener: () => void) => gate.subscribe({ onPause: listener }),
    [gate],
  );
  const pausedUntil = useSyncExternalStore(
    subscribe,
    () => gate.pausedUntil,
    () => 0,
  );
  const seconds = useSecondsUntil(pausedUntil);
  if (seconds <= 0) return null;
  return (
    <div className={[styles.banner, styles.paused].join(' ')} role="status">
      <FontAwesomeIcon icon={faHourglassHalf} className={styles.icon} />
      <p className={styles.text}>
        <strong>Paused: the server asked Periscope to slow down (429).</strong> Every request waits;
        they resume in {seconds} s. Everything on the page stays as it was.
      </p>
    </div>
  );
}
