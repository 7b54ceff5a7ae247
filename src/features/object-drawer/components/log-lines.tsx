import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { LogLine } from '../../../api/contract';
import styles from './log-lines.module.css';

const LINE_HEIGHT_PX = 20;
/** `2026-11-21T11:59:40.000Z` and the gap after it, in characters. */
const TIMESTAMP_CHARS = 26;
const TAB_SIZE = 4;

/** The longest line, in monospace characters: unwrapped, it sets how far the log scrolls sideways. */
function longestLine(lines: readonly LogLine[]): number {
  let longest = 0;
  for (const line of lines) {
    let length = line.Message.length;
    for (const character of line.Message) if (character === '\t') length += TAB_SIZE - 1;
    if (length > longest) longest = length;
  }
  return longest;
}

interface LogLinesProps {
  lines: readonly LogLine[];
  /** The region's accessible name ("Log of container carts in Pod carts-4hp…"). */
  label: string;
  showTimestamps: boolean;
  wrap: boolean;
}

/**
 * Log lines in a monospace, scrollable region that renders only the lines in view, so 10,000
 * lines cost what 50 do. It starts at the end, where the newest lines are. Text only, never HTML.
 */
export function LogLines({ lines, label, showTimestamps, wrap }: LogLinesProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const longest = useMemo(() => longestLine(lines), [lines]);
  const width = wrap
    ? undefined
    : `calc(${String(longest + (showTimestamps ? TIMESTAMP_CHARS : 0))}ch + 2 * var(--space-3))`;
  // TanStack Virtual keeps its state outside React; this component never memoises around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT_PX,
    overscan: 30,
    // Unwrapped, every line is one line high; wrapped, each is measured once rendered.
    ...(wrap ? {} : { measureElement: () => LINE_HEIGHT_PX }),
  });

  // A new log (another container, a refresh) opens at its end.
  useLayoutEffect(() => {
    if (lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
  }, [lines, virtualizer]);

  // Switching wrapping changes every line's height: measure again.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [wrap, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className={[styles.scroller, wrap && styles.wrap].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      // A scrollable region must be focusable, or the keyboard cannot scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <div className={styles.canvas} style={{ height: virtualizer.getTotalSize(), width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index];
          if (!line) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={wrap ? virtualizer.measureElement : undefined}
              className={styles.line}
              style={{ transform: `translateY(${String(item.start)}px)` }}
            >
              {showTimestamps && <span className={styles.timestamp}>{line.Timestamp}</span>}
              <span className={styles.text}>{line.Message}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
