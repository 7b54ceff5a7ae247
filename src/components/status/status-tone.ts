import type { StatusTone } from './status-definition';
import styles from './status-tone.module.css';

const toneClasses: Record<StatusTone, string | undefined> = {
  healthy: styles.healthy,
  progressing: styles.progressing,
  degraded: styles.degraded,
  missing: styles.missing,
  'out-of-sync': styles.outOfSync,
  unknown: styles.unknown,
  unavailable: styles.unavailable,
  waiting: styles.waiting,
  stale: styles.stale,
  'timed-out': styles.timedOut,
  neutral: styles.neutral,
};

/** The class that sets `--tone-fg`, `--tone-bg` and `--tone-border` for a tone. */
export function statusToneClass(tone: StatusTone): string {
  return toneClasses[tone] ?? '';
}
