import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import { useDelegatedTooltips } from '../../../components/tooltip/use-delegated-tooltips';
import { describeCell, describeRollup } from '../model/cell-display';
import type { GridEntry } from '../model/dashboard-view';
import { segmentGrid, type GroupSegment } from '../model/grid-segments';
import { viewportCells, type IndexRange, type ViewportCells } from '../model/grid-viewport';
import { CellTooltip, RollupTooltip } from './cell-tooltip';
import { useDelegatedNavigation } from '../hooks/use-delegated-navigation';
import { useFillViewport } from '../hooks/use-fill-viewport';
import { CELL_LINK_SELECTOR } from './dashboard-cell';
import { GroupHeaderRow, ProjectGridRow, TenantGridRow, type RowContext } from './grid-rows';
import styles from './dashboard-grid.module.css';

/** Fixed heights (dashboard-grid.module.css repeats them): rows are never measured, so scrolling is cheap. */
export const GRID_HEAD_HEIGHT = 40;
export const GRID_GROUP_HEIGHT = 36;
export const GRID_ROW_HEIGHT = 54;
/** Column widths: the table scrolls sideways rather than squeeze environments below this. */
const PROJECT_COLUMN_WIDTH = 232;
const MIN_ENVIRONMENT_WIDTH = 152;
/** Rows rendered beyond each edge of the visible ones. */
const OVERSCAN = 8;
/** Rows kept rendered either side of the one holding focus. */
const FOCUS_MARGIN = 2;

interface DashboardGridProps extends RowContext {
  entries: readonly GridEntry[];
  onToggleGroup: (groupId: string) => void;
  onToggleTenants: (projectId: string, expanded: boolean) => void;
  /** Told which cells are on screen, and which are rendered around them, whenever that changes. */
  onViewportChange?: ((viewport: ViewportCells) => void) | undefined;
}

function sameRange(a: IndexRange | null, b: IndexRange | null): boolean {
  return a === b || (a !== null && b !== null && a.first === b.first && a.last === b.last);
}

/**
 * The environment columns scrolled into view, right of the pinned project column; null when the
 * scroller has no width to measure (all of them count).
 */
function measureVisibleColumns(scroller: HTMLElement): IndexRange | null {
  const headers = scroller.querySelectorAll<HTMLElement>('thead th[data-environment-column]');
  if (scroller.clientWidth === 0 || headers.length === 0) return null;
  const left = scroller.scrollLeft + PROJECT_COLUMN_WIDTH;
  const right = scroller.scrollLeft + scroller.clientWidth;
  let first = -1;
  let last = -1;
  headers.forEach((header, column) => {
    const start = header.offsetLeft;
    if (start + header.offsetWidth > left && start < right) {
      if (first === -1) first = column;
      last = column;
    }
  });
  return first === -1 ? null : { first, last };
}

/**
 * The environment columns in view, kept up to date as the grid scrolls sideways or resizes;
 * undefined until first measured.
 */
function useVisibleColumns(
  scrollRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  columnCount: number,
): IndexRange | null | undefined {
  const [columns, setColumns] = useState<IndexRange | null | undefined>(undefined);
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!enabled || !scroller) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = measureVisibleColumns(scroller);
      setColumns((previous) =>
        previous !== undefined && sameRange(previous, next) ? previous : next,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [scrollRef, enabled, columnCount]);
  return columns;
}

/**
 * The grid: a real table, environments across and projects down, grouped into one labelled
 * `<tbody>` per project group. Only the rows in view (and a few around them) are rendered; the
 * rest is empty space of the right height, so it scrolls through thousands of cells at the cost
 * of a few dozen rows. The row holding keyboard focus is always kept rendered.
 */
export function DashboardGrid({
  entries,
  onToggleGroup,
  onToggleTenants,
  onViewportChange,
  ...context
}: DashboardGridProps) {
  const { environments } = context;
  const idPrefix = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // By key, not index: filtering or expanding a project moves rows to other indexes.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const indexByKey = useMemo(
    () => new Map(entries.map((entry, index) => [entry.key, index])),
    [entries],
  );
  const focusedIndex = focusedKey === null ? undefined : indexByKey.get(focusedKey);

  // The focused row, and a couple either side, stay rendered wherever the grid scrolls: focus is
  // never lost to an unmounted row, and Tab always finds the next row before it scrolls in.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === undefined) return indexes;
      const kept = new Set(indexes);
      const first = Math.max(0, focusedIndex - FOCUS_MARGIN);
      const last = Math.min(range.count - 1, focusedIndex + FOCUS_MARGIN);
      for (let index = first; index <= last; index++) kept.add(index);
      return kept.size === indexes.length ? indexes : [...kept].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  // Before the virtualizer: its first measurement must see the scroller's final height.
  useFillViewport(scrollRef);
  useDelegatedNavigation(scrollRef, CELL_LINK_SELECTOR);

  const { mode, liveState } = context;
  const resolveTooltip = useCallback(
    (anchor: HTMLElement) => {
      const row = anchor.closest<HTMLElement>('tr[data-index]');
      const column = Number(anchor.closest<HTMLElement>('td[data-column]')?.dataset.column);
      const entry = entries[Number(row?.dataset.index)];
      if (!entry || entry.kind === 'group' || Number.isNaN(column)) return null;
      if (entry.row.kind === 'tenanted') {
        const rollup = entry.row.rollups[column];
        if (!rollup) return null;
        const display = describeRollup(rollup, mode, liveState);
        return () => (
          <RollupTooltip rollup={rollup} display={display} mode={mode} liveState={liveState} />
        );
      }
      const cell = entry.row.cells[column];
      if (!cell) return null;
      const display = describeCell(cell, mode, liveState);
      return () => <CellTooltip cell={cell} display={display} />;
    },
    [entries, mode, liveState],
  );
  useDelegatedTooltips(scrollRef, resolveTooltip);

  // We do not run the React Compiler; this component re-renders whenever the virtualizer does.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) =>
      entries[index]?.kind === 'group' ? GRID_GROUP_HEIGHT : GRID_ROW_HEIGHT,
    getItemKey: (index) => entries[index]?.key ?? index,
    paddingStart: GRID_HEAD_HEIGHT,
    scrollPaddingStart: GRID_HEAD_HEIGHT + GRID_GROUP_HEIGHT,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const visibleColumns = useVisibleColumns(
    scrollRef,
    onViewportChange !== undefined,
    environments.length,
  );
  const firstRendered = virtualItems[0]?.index ?? -1;
  const lastRendered = virtualItems.at(-1)?.index ?? -1;
  const firstVisible = virtualizer.range?.startIndex ?? -1;
  const lastVisible = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    // Not before the columns are measured: the first requests go to the cells really on screen.
    if (!onViewportChange || visibleColumns === undefined) return;
    onViewportChange(
      viewportCells(
        entries,
        environments.length,
        firstRendered === -1 ? null : { first: firstRendered, last: lastRendered },
        firstVisible === -1 ? null : { first: firstVisible, last: lastVisible },
        visibleColumns,
      ),
    );
  }, [
    onViewportChange,
    entries,
    environments.length,
    firstRendered,
    lastRendered,
    firstVisible,
    lastVisible,
    visibleColumns,
  ]);

  const segments = segmentGrid(entries, virtualItems, {
    paddingStart: GRID_HEAD_HEIGHT,
    totalSize: virtualizer.getTotalSize(),
    groupHeaderHeight: GRID_GROUP_HEIGHT,
  });
  const columnCount = environments.length + 1;

  const trackFocus = (event: FocusEvent<HTMLTableElement>) => {
    const row = event.target.closest<HTMLElement>('tr[data-index]');
    const key = row ? (entries[Number(row.dataset.index)]?.key ?? null) : null;
    if (key !== focusedKey) setFocusedKey(key);
  };
  const forgetFocus = (event: FocusEvent<HTMLTableElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setFocusedKey(null);
  };

  const headerId = (groupId: string) => `${idPrefix}-group-${groupId}`;

  const renderSegment = (segment: GroupSegment) => {
    const header = entries[segment.headerIndex];
    return (
      <tbody key={segment.key} aria-labelledby={headerId(segment.groupId)}>
        {header?.kind === 'group' && (
          <GroupHeaderRow
            group={header.group}
            headerId={headerId(segment.groupId)}
            projectCount={header.projectCount}
            collapsed={header.collapsed}
            columnCount={columnCount}
            rowIndex={segment.headerIndex + 2}
            entryIndex={segment.headerIndex}
            onToggle={onToggleGroup}
          />
        )}
        {segment.parts.map((part) => {
          if (part.kind === 'gap') {
            return (
              <tr key={part.key} className={styles.spacer} aria-hidden="true">
                <td colSpan={columnCount} style={{ height: part.height }} />
              </tr>
            );
          }
          const { index } = part;
          const entry = entries[index];
          if (!entry || entry.kind === 'group') return null;
          return entry.kind === 'project' ? (
            <ProjectGridRow
              key={entry.key}
              row={entry.row}
              expanded={entry.expanded}
              rowIndex={index + 2}
              entryIndex={index}
              onToggleTenants={onToggleTenants}
              {...context}
            />
          ) : (
            <TenantGridRow
              key={entry.key}
              row={entry.row}
              rowIndex={index + 2}
              entryIndex={index}
              {...context}
            />
          );
        })}
      </tbody>
    );
  };

  return (
    <div ref={scrollRef} className={styles.scroller}>
      <table
        className={styles.table}
        style={{ minWidth: PROJECT_COLUMN_WIDTH + environments.length * MIN_ENVIRONMENT_WIDTH }}
        aria-rowcount={entries.length + 1}
        onFocus={trackFocus}
        onBlur={forgetFocus}
      >
        <caption className="visually-hidden">
          Latest deployment of each project in each environment
        </caption>
        <colgroup>
          <col className={styles.projectColumn} />
          {environments.map((environment) => (
            <col key={environment.id} className={styles.environmentColumn} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={styles.corner}>
              Project
            </th>
            {environments.map((environment) => (
              <th
                key={environment.id}
                scope="col"
                className={styles.columnHeader}
                data-environment-column=""
              >
                {environment.name}
              </th>
            ))}
          </tr>
        </thead>
        {segments.map((segment) =>
          segment.kind === 'spacer' ? (
            <tbody key={segment.key} aria-hidden="true">
              <tr className={styles.spacer}>
                <td colSpan={columnCount} style={{ height: segment.height }} />
              </tr>
            </tbody>
          ) : (
            renderSegment(segment)
          ),
        )}
      </table>
    </div>
  );
}
