import { useNow } from '../../hooks/use-now';
import { formatExactTime, formatRelativeTime } from '../../lib/relative-time';

interface RelativeTimeProps {
  /** An ISO-8601 timestamp. */
  value: string;
  className?: string;
}

/**
 * "3 minutes ago", kept current, in a `<time>` element carrying the exact timestamp. Show the
 * exact time on hover and focus through whatever it sits in (a tooltip), or use `ExactTime`.
 */
export function RelativeTime({ value, className }: RelativeTimeProps) {
  const text = useNow((now) => formatRelativeTime(value, now));
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  );
}

/** The exact time, "21 Nov 2026, 11:59:40 UTC", in a `<time>` element. */
export function ExactTime({ value, className }: RelativeTimeProps) {
  return (
    <time dateTime={value} className={className}>
      {formatExactTime(value)}
    </time>
  );
}
