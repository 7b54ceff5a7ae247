import { defaultRangeExtractor, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { treeGridKeyAction, type TreeGridRow } from './tree-grid-keys';

export interface TreeGridHandle {
  /**
   * Makes a row the grid's tab stop, scrolls it into view and focuses it; a row not shown now
   * (under a closed parent, filtered away) focuses the current tab stop instead.
   */
  focusRow: (key: string) => void;
}

/** A scroll area that has not been laid out (jsdom, a hidden tab) is read as this tall. */
const UNMEASURED_HEIGHT = 800;
const PAGE_SIZE = 10;

interface TreeGridOptions {
  rows: readonly TreeGridRow[];
  estimateRowHeight: number;
  onToggle: (key: string, expanded: boolean) => void;
  onActivate: ((key: string) => void) | undefined;
  activateOnSpace: boolean;
  ref: Ref<TreeGridHandle> | undefined;
}

/**
 * The tree grid's behaviour: which rows are drawn (virtualized), which row is the tab stop
 * (roving tabindex, kept rendered even when scrolled away), the keys, and focus that follows
 * the keys and survives updates.
 */
export function useTreeGrid({
  rows,
  estimateRowHeight,
  onToggle,
  onActivate,
  activateOnSpace,
  ref,
}: TreeGridOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const hadFocus = useRef(false);
  const pendingFocus = useRef<string | null>(null);
  const [active, setActive] = useState<{ key: string; index: number } | null>(null);

  const indexOfKey = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  // The tab stop: the active row, or the row now where it was when it went away.
  const activeIndex = active
    ? (indexOfKey.get(active.key) ?? Math.min(active.index, rows.length - 1))
    : 0;

  // The virtualizer is a mutable instance: this component reads it on every render, on purpose.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { ...rect, height: UNMEASURED_HEIGHT }),
      ),
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || activeIndex >= rows.length || indexes.includes(activeIndex)) {
        return indexes;
      }
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
  });

  const focusIndex = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      pendingFocus.current = row.key;
      setActive({ key: row.key, index });
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [rows, virtualizer],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusRow: (key) => {
        focusIndex(indexOfKey.get(key) ?? activeIndex);
      },
    }),
    [indexOfKey, focusIndex, activeIndex],
  );

  // After each render: focus the row a key press moved to, or put focus back on the tab stop
  // if the focused row was filtered away or removed by an update.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const key = pendingFocus.current ?? (hadFocus.current ? rows[activeIndex]?.key : undefined);
    if (key === undefined) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (pendingFocus.current === null && !lost) return;
    const element = body.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.metaKey) return;
    if (event.ctrlKey && event.key !== 'Home' && event.key !== 'End') return;
    const onRow =
      event.target instanceof HTMLElement && event.target.getAttribute('role') === 'row';
    if (event.key === 'Enter' && !onRow) return;
    // Space on a row of a grid whose rows are picked: the same as Enter.
    const key = activateOnSpace && onRow && event.key === ' ' ? 'Enter' : event.key;
    const action = treeGridKeyAction(rows, activeIndex, key, PAGE_SIZE, (rowKey) =>
      indexOfKey.get(rowKey),
    );
    if (!action) return;
    event.preventDefault();
    if (action.type === 'move') focusIndex(action.index);
    else if (action.type === 'toggle') onToggle(action.key, action.expanded);
    else onActivate?.(action.key);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const row = event.target.closest<HTMLElement>('[data-row-key]');
    hadFocus.current = row !== null;
    const key = row?.dataset.rowKey;
    const index = key === undefined ? undefined : indexOfKey.get(key);
    if (key !== undefined && index !== undefined && key !== active?.key) {
      setActive({ key, index });
    }
  };
  const onBlur = (event: FocusEvent<HTMLTableElement>) => {
    // A row removed while focused (filtered away, gone from the cluster) also blurs.
    hadFocus.current =
      bodyRef.current?.contains(event.relatedTarget) === true || !event.target.isConnected;
  };

  return {
    scrollRef,
    bodyRef,
    virtualizer,
    activeIndex,
    tableHandlers: { onKeyDown, onFocus, onBlur },
  };
}
