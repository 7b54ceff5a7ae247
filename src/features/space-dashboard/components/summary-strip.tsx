import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { memo } from 'react';
import { StatusIcon, statusToneClass } from '../../../components/status';
import { useTooltip } from '../../../components/tooltip/use-tooltip';
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

interface CountButtonProps {
  statusCount: StatusCount;
  pressed: boolean;
  onSelect: (status: StatusKey | null) => void;
}

/** One status and its count: a toggle that filters the grid, explained on hover and focus. */
function CountButton({ statusCount, pressed, onSelect }: CountButtonProps) {
  const { key, count, definition } = statusCount;
  const tooltip = useTooltip(
    `${definition.description}. ${pressed ? 'Show all cells again' : 'Show only these cells'}.`,
  );
  return (
    <button
      type="button"
      className={[styles.count, statusToneClass(definition.tone)].join(' ')}
      aria-pressed={pressed}
      onClick={() => onSelect(pressed ? null : key)}
      {...tooltip}
    >
      <StatusIcon definition={definition} />
      <span className={styles.label}>{definition.label}</span>{' '}
      <span className={styles.number}>{count.toLocaleString('en')}</span>
    </button>
  );
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
  const heading = mode === 'live' ? 'Cells by live status' : 'Cells by deployment state';
  return (
    <section className={styles.strip} aria-label={heading}>
      <ul className={styles.list}>
        {counts.map((statusCount) => (
          <li key={statusCount.key}>
            <CountButton
              statusCount={statusCount}
              pressed={statusCount.key === active}
              onSelect={onSelect}
            />
          </li>
        ))}
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
