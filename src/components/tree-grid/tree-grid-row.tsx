import { faChevronRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { memo, type CSSProperties, type ReactNode } from 'react';
import type { TreeGridRow } from './tree-grid-keys';
import styles from './tree-grid.module.css';

interface TreeGridRowViewProps {
  row: TreeGridRow;
  /** 0-based among all rows; the row's aria-rowindex is this + 2 (the header is row 1). */
  index: number;
  /** Pixels from the top of the body (the rows are virtualized). */
  start: number;
  /** The one row in the tab order. */
  tabbable: boolean;
  current: boolean;
  /** The name of the row, for its expand button ("Expand carts"). */
  name: string;
  /** Draws the row's cells, one per column; only called when the row is drawn. */
  cells: () => readonly ReactNode[];
  /** Changes when `cells` would draw something else for the same row (not compared by identity). */
  cellsVersion: unknown;
  className: string | undefined;
  measure: (element: HTMLTableRowElement | null) => void;
  onToggle: (key: string, expanded: boolean) => void;
}

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const left = Object.entries(a);
  const right = new Map(Object.entries(b));
  if (left.length !== right.size) return false;
  return left.every(([name, value]) => right.has(name) && Object.is(value, right.get(name)));
}

function sameRow(prev: TreeGridRowViewProps, next: TreeGridRowViewProps): boolean {
  return (
    prev.index === next.index &&
    prev.start === next.start &&
    prev.tabbable === next.tabbable &&
    prev.current === next.current &&
    prev.name === next.name &&
    prev.cellsVersion === next.cellsVersion &&
    prev.className === next.className &&
    prev.measure === next.measure &&
    prev.onToggle === next.onToggle &&
    shallowEqual(prev.row, next.row)
  );
}

/**
 * One row of a tree grid. Memoised field by field: a poll that leaves a row's data alone (same
 * objects, same place) does not draw it again.
 */
export const TreeGridRowView = memo(function TreeGridRowView({
  row,
  index,
  start,
  tabbable,
  current,
  name,
  cells,
  className,
  measure,
  onToggle,
}: TreeGridRowViewProps) {
  const [first, ...rest] = cells();
  const style = { transform: `translateY(${String(start)}px)` } satisfies CSSProperties;
  const indent = {
    paddingInlineStart: `calc(${String(row.level - 1)} * var(--tree-grid-indent))`,
  } satisfies CSSProperties;
  return (
    <tr
      ref={measure}
      role="row"
      data-index={index}
      data-row-key={row.key}
      aria-rowindex={index + 2}
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-current={current ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      className={[styles.row, className].filter(Boolean).join(' ')}
      style={style}
    >
      <td role="gridcell" className={styles.cell}>
        <div className={styles.treeCell} style={indent}>
          {row.expandable ? (
            <button
              type="button"
              tabIndex={-1}
              className={styles.toggle}
              aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${name}`}
              onClick={() => onToggle(row.key, !row.expanded)}
            >
              <FontAwesomeIcon icon={faChevronRight} className={styles.chevron} />
            </button>
          ) : (
            <span className={styles.toggleSpacer} aria-hidden="true" />
          )}
          <div className={styles.treeContent}>{first}</div>
        </div>
      </td>
      {rest.map((cell, column) => (
        <td key={column} role="gridcell" className={styles.cell}>
          {cell}
        </td>
      ))}
    </tr>
  );
}, sameRow);
