import { useEffect, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { TreeGridRow } from './tree-grid-keys';
import { TreeGridRowView } from './tree-grid-row';
import styles from './tree-grid.module.css';
import { useTreeGrid, type TreeGridHandle } from './use-tree-grid';

export type { TreeGridRow } from './tree-grid-keys';
export type { TreeGridHandle } from './use-tree-grid';

export interface TreeGridColumn {
  id: string;
  /** The header cell's content: a label, or a sort button. */
  header: ReactNode;
  /** A CSS grid track: `minmax(14rem, 2fr)`, `8rem`. */
  width: string;
  /** `aria-sort` on the header; leave out on columns that cannot sort. */
  sort?: 'ascending' | 'descending' | 'none';
}

interface TreeGridProps<Row extends TreeGridRow> {
  /** The accessible name ("Objects"). */
  label: string;
  columns: readonly TreeGridColumn[];
  rows: readonly Row[];
  /** One node per column; the first is drawn after the row's indent and expand button. */
  renderCells: (row: Row) => readonly ReactNode[];
  /** The row's name, for its expand button's label. */
  rowName: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** The row shown as current (`aria-current`), e.g. the one whose details are open. */
  currentKey?: string | null;
  onToggle: (key: string, expanded: boolean) => void;
  /** Enter on a row (and Space, with `activateOnSpace`). */
  onActivate?: (key: string) => void;
  /** Space on a row activates it too: for a grid whose rows are picked (one is selected). */
  activateOnSpace?: boolean;
  /** The rows in view changed: the first and last index on screen (for work to do there first). */
  onRangeChange?: (first: number, last: number) => void;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  estimateRowHeight?: number;
  ref?: Ref<TreeGridHandle>;
}

/**
 * A tree grid (`role="treegrid"` on a real table): rows nest by `aria-level`, open and close with
 * `aria-expanded`, and only the rows in view are in the DOM (TanStack Virtual), so thousands of
 * rows stay fast. One row is in the tab order (roving tabindex), the keys are the WAI-ARIA
 * treegrid's, and the focused row is always kept rendered, so focus survives scrolling, updates
 * and rows coming and going.
 */
export function TreeGrid<Row extends TreeGridRow>({
  label,
  columns,
  rows,
  renderCells,
  rowName,
  rowClassName,
  currentKey = null,
  onToggle,
  onActivate,
  activateOnSpace = false,
  onRangeChange,
  empty,
  estimateRowHeight = 44,
  ref,
}: TreeGridProps<Row>) {
  const { scrollRef, bodyRef, virtualizer, activeIndex, tableHandlers } = useTreeGrid({
    rows,
    estimateRowHeight,
    onToggle,
    onActivate,
    activateOnSpace,
    ref,
  });
  const items = virtualizer.getVirtualItems();
  const firstInView = virtualizer.range?.startIndex ?? 0;
  const lastInView = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    onRangeChange?.(firstInView, lastInView);
  }, [onRangeChange, firstInView, lastInView]);
  const tableStyle: CSSProperties & Record<'--tree-grid-template', string> = {
    '--tree-grid-template': columns.map((column) => column.width).join(' '),
  };

  return (
    <div ref={scrollRef} className={styles.scroller}>
      <table
        // The WAI-ARIA treegrid pattern's own example is a table with role="treegrid".
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
        role="treegrid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        className={styles.table}
        style={tableStyle}
        {...tableHandlers}
      >
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <thead role="rowgroup" className={styles.head}>
          <tr role="row" aria-rowindex={1} className={styles.headRow}>
            {columns.map((column) => (
              <th
                key={column.id}
                role="columnheader"
                aria-sort={column.sort}
                className={styles.headCell}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {/* Explicit: the rows are laid out by CSS, which must not cost them their roles. */}
        {/* eslint-disable-next-line jsx-a11y/no-redundant-roles */}
        <tbody
          ref={bodyRef}
          role="rowgroup"
          className={styles.body}
          style={{ height: rows.length > 0 ? virtualizer.getTotalSize() : undefined }}
        >
          {rows.length === 0 && (
            <tr role="row" className={styles.emptyRow}>
              <td role="gridcell" className={styles.empty}>
                {empty}
              </td>
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <TreeGridRowView
                key={row.key}
                row={row}
                index={item.index}
                start={item.start}
                tabbable={item.index === activeIndex}
                current={row.key === currentKey}
                name={rowName(row)}
                cells={() => renderCells(row)}
                cellsVersion={renderCells}
                className={rowClassName?.(row)}
                measure={virtualizer.measureElement}
                onToggle={onToggle}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
