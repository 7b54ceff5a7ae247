import type { CellModel } from './dashboard-model';
import type { GridEntry } from './dashboard-view';

/** A range of indexes, both ends included. */
export interface IndexRange {
  first: number;
  last: number;
}

/** The cells on screen and those rendered around them, by key, each in reading order. */
export interface ViewportCells {
  visible: string[];
  near: string[];
}

function cellsOf(entry: GridEntry, column: number): readonly CellModel[] {
  if (entry.kind === 'group') return [];
  const { row } = entry;
  if (row.kind === 'tenanted') return row.rollups[column]?.tenants.map(({ cell }) => cell) ?? [];
  const cell = row.cells[column];
  return cell ? [cell] : [];
}

/**
 * Which cells the user sees: those in the rows on screen (`visibleRows`) and the environment
 * columns scrolled into view (`visibleColumns`; null means all), and which are near: the other
 * rows rendered around them (`renderedRows`, the virtualizer's overscan) and the columns beside.
 * A tenanted project's roll-up counts every tenant's cell: its worst status is what it shows.
 */
export function viewportCells(
  entries: readonly GridEntry[],
  columnCount: number,
  renderedRows: IndexRange | null,
  visibleRows: IndexRange | null,
  visibleColumns: IndexRange | null,
): ViewportCells {
  const visible: string[] = [];
  const near: string[] = [];
  if (renderedRows === null) return { visible, near };
  const seen = new Set<string>();
  const last = Math.min(renderedRows.last, entries.length - 1);
  const isVisible = (index: number, column: number) =>
    visibleRows !== null &&
    index >= visibleRows.first &&
    index <= visibleRows.last &&
    (visibleColumns === null || (column >= visibleColumns.first && column <= visibleColumns.last));
  // Visible first: a cell both in a roll-up near the screen and in a tenant row on it is visible.
  for (const pass of [true, false]) {
    for (let index = Math.max(0, renderedRows.first); index <= last; index++) {
      const entry = entries[index];
      if (!entry) continue;
      for (let column = 0; column < columnCount; column++) {
        if (isVisible(index, column) !== pass) continue;
        for (const cell of cellsOf(entry, column)) {
          if (seen.has(cell.key)) continue;
          seen.add(cell.key);
          (pass ? visible : near).push(cell.key);
        }
      }
    }
  }
  return { visible, near };
}
