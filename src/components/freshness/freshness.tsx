import { faArrowsRotate, faClockRotateLeft } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useOffline } from '../../hooks/use-offline';
import { useSecondsSince } from '../../hooks/use-seconds-since';
import { formatAge } from '../../lib/format-age';
import { formatExactTime } from '../../lib/relative-time';
import { notCurrentAfterMs } from './not-current';
import styles from './freshness.module.css';

interface FreshnessProps {
  /** When the server last confirmed the data on screen (a query's `dataUpdatedAt`); 0 for never. */
  confirmedAt: number;
  /** How often the data is asked for; false when it is not polled. */
  pollIntervalMs: number | false;
  /** A request for it is in flight. */
  fetching: boolean;
  className?: string;
}

/**
 * When the data on screen was last confirmed by the server, "Checked 4 s ago", ticking; and, once
 * it is well past its polling interval (`notCurrentAfterMs`), "Not current: last checked 3 min
 * ago", so that nobody mistakes old data for the present during an incident. While the browser or
 * the server is offline, polled data says so at once: "Offline: last checked 12 s ago".
 */
export function Freshness({ confirmedAt, pollIntervalMs, fetching, className }: FreshnessProps) {
  const seconds = useSecondsSince(confirmedAt === 0 ? null : confirmedAt);
  const offline = useOffline();
  if (seconds === null) return null;
  // Offline, polled data stops being current at once: the next poll cannot happen.
  const current =
    seconds * 1000 < notCurrentAfterMs(pollIntervalMs) && !(offline && pollIntervalMs !== false);
  const label = current
    ? 'Checked'
    : offline
      ? 'Offline: last checked'
      : 'Not current: last checked';
  const interval =
    pollIntervalMs === false
      ? 'It is not asked again.'
      : `It is asked every ${String(pollIntervalMs / 1000)} s.`;
  return (
    <span
      className={[styles.freshness, current ? '' : styles.notCurrent, className ?? '']
        .filter(Boolean)
        .join(' ')}
      data-current={current}
      title={`Last confirmed by the server at ${formatExactTime(confirmedAt)}. ${interval}`}
    >
      <FontAwesomeIcon
        icon={current ? faArrowsRotate : faClockRotateLeft}
        spin={current && fetching}
        className={styles.icon}
        aria-hidden="true"
      />
      <time dateTime={new Date(confirmedAt).toISOString()}>{`${label} ${formatAge(seconds)}`}</time>
    </span>
  );
}
