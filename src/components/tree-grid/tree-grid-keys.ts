/** Where a row sits in a tree grid: what keyboard navigation needs to know about it. */
export interface TreeGridRow {
  /** Unique among the rows and stable across updates. */
  key: string;
  /** 1 for top-level rows. */
  level: number;
  /** How many siblings the row has, itself included, and its 1-based place among them. */
  setSize: number;
  posInSet: number;
  parentKey: string | null;
  /** Has children to show. */
  expandable: boolean;
  expanded: boolean;
}

export type TreeGridAction =
  | { type: 'move'; index: number }
  | { type: 'toggle'; key: string; expanded: boolean }
  | { type: 'activate'; key: string };

/**
 * What a key press on row `index` does, as the WAI-ARIA treegrid pattern has it: Up and Down move
 * between rows; Right opens a closed row, or moves into an open one; Left closes an open row, or
 * moves to its parent; Home and End go to the first and last row; Page Up and Page Down move a
 * page; Enter activates the row. Null for keys the grid leaves alone.
 */
export function treeGridKeyAction(
  rows: readonly TreeGridRow[],
  index: number,
  key: string,
  pageSize: number,
  indexOfKey: (key: string) => number | undefined,
): TreeGridAction | null {
  const row = rows[index];
  if (!row) return rows.length > 0 ? { type: 'move', index: 0 } : null;
  const last = rows.length - 1;
  const move = (to: number): TreeGridAction => ({
    type: 'move',
    index: Math.min(Math.max(to, 0), last),
  });
  switch (key) {
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'PageDown':
      return move(index + Math.max(1, pageSize));
    case 'PageUp':
      return move(index - Math.max(1, pageSize));
    case 'ArrowRight':
      if (!row.expandable) return null;
      if (!row.expanded) return { type: 'toggle', key: row.key, expanded: true };
      return rows[index + 1]?.parentKey === row.key ? move(index + 1) : null;
    case 'ArrowLeft': {
      if (row.expandable && row.expanded) return { type: 'toggle', key: row.key, expanded: false };
      const parent = row.parentKey === null ? undefined : indexOfKey(row.parentKey);
      return parent === undefined ? null : move(parent);
    }
    case 'Enter':
      return { type: 'activate', key: row.key };
    default:
      return null;
  }
}
