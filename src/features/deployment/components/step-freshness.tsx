import { formatExactTime } from '../../../lib/relative-time';
import type { StepFreshness as Freshness } from '../model/step-summary';
import styles from './step-section.module.css';

/** **Live** while the step's stabilization period runs, **Snapshot taken at {time}** after. */
export function StepFreshness({ freshness }: { freshness: Freshness }) {
  switch (freshness.kind) {
    case 'live':
      return (
        <span className={styles.live}>
          <span className={styles.liveDot} aria-hidden="true" />
          Live
        </span>
      );
    case 'snapshot':
      return (
        <span className={styles.snapshot}>
          Snapshot taken at{' '}
          <time dateTime={freshness.takenAt}>{formatExactTime(freshness.takenAt)}</time>
        </span>
      );
    case 'snapshot-undated':
      return <span className={styles.snapshot}>Snapshot</span>;
  }
}
