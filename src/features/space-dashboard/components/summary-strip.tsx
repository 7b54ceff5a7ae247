import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { memo } from 'react';
import { StatusIcon, statusToneClass } from '../../../components/status';
import type { StatusKey } from '../model/cell-display';
import type { DashboardMode } from '../model/dashboard-model';
import type { StatusCount } from '../model/dashboard-view';
import styles from './summary-strip.module.css';

interface SummaryStripProps {
  counts: readonly StatusCount[];
  mode: DashboardMode;
  active: StatusKey | null;
  onSelect: (status: StatusKey | null) => void;
}

/**
 * How many cells show each status, worst first. Each count is a toggle button: pressing it
 * filters the grid to those cells, pressing it again (or Clear) shows everything.
 */
export const SummaryStrip = memo(function SummaryStrip({
  counts,
  mode,
  active,
  onSelect,
}: SummaryStripProps) {
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  const heading = mode === 'live' ? 'Cells by live status' : 'Cells by deployment state';
  return (
    <section className={styles.strip} aria-label={heading}>
      <p className={styles.total}>
        <span className={styles.totalCount}>{total}</span> {total === 1 ? 'cell' : 'cells'}
      </p>
      <ul className={styles.list}>
        {counts.map(({ key, count, definition }) => {
          const pressed = key === active;
          return (
            <li key={key}>
              <button
                type="button"
                className={[styles.count, statusToneClass(definition.tone)].join(' ')}
                aria-pressed={pressed}
                onClick={() => onSelect(pressed ? null : key)}
              >
                <StatusIcon definition={definition} />
                <span className={styles.label}>{definition.label}</span>{' '}
                <span className={styles.number}>{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {active !== null && (
        <button type="button" className={styles.clear} onClick={() => onSelect(null)}>
          <FontAwesomeIcon icon={faXmark} />
          Show all cells
        </button>
      )}
    </section>
  );
});
