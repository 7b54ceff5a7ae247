import type { GridEntry } from './dashboard-view';

/** An item the virtualizer placed: its index in the grid entries and its vertical extent. */
export interface PlacedItem {
  index: number;
  start: number;
  end: number;
}

/** A row to render, or empty space standing in for rows that are not rendered. */
export type SegmentPart =
  { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

/**
 * The rendered rows of one project group: one `<tbody>`, keyed by the group, so a row never
 * changes parent (and is never remounted, nor loses focus) while the grid scrolls.
 */
export interface GroupSegment {
  kind: 'group';
  key: string;
  groupId: string;
  /** The index of the group's header entry. */
  headerIndex: number;
  /**
   * `in-place`: the header is in the rendered range. `carried`: it is not, but rows of the group
   * are, so it is rendered anyway (it sticks to the top while they scroll by).
   */
  header: 'in-place' | 'carried';
  parts: SegmentPart[];
}

/** Empty space between groups (or above the first, below the last). */
export interface SpacerSegment {
  kind: 'spacer';
  key: string;
  height: number;
}

export type GridSegment = GroupSegment | SpacerSegment;

function groupIdOf(entry: GridEntry): string {
  return entry.kind === 'group' ? entry.group.id : entry.groupId;
}

/**
 * Splits the virtualizer's rendered items into one `<tbody>` per project group, with spacers
 * for the rows left out, so the table keeps its full height and every group stays a labelled
 * row group. A group whose header scrolled away while some of its rows are still rendered carries
 * its header along (and the space before it shrinks by the header's height).
 */
export function segmentGrid(
  entries: readonly GridEntry[],
  items: readonly PlacedItem[],
  options: { paddingStart: number; totalSize: number; groupHeaderHeight: number },
): GridSegment[] {
  const segments: GridSegment[] = [];
  let cursor = options.paddingStart;
  let current: GroupSegment | undefined;

  for (const item of items) {
    const entry = entries[item.index];
    if (!entry) continue;
    const groupId = groupIdOf(entry);
    let gap = item.start - cursor;

    if (current?.groupId !== groupId) {
      let headerIndex = item.index;
      while (headerIndex > 0 && entries[headerIndex]?.kind !== 'group') headerIndex--;
      const header = entry.kind === 'group' ? 'in-place' : 'carried';
      if (header === 'carried') gap -= options.groupHeaderHeight;
      if (gap > 0) segments.push({ kind: 'spacer', key: `spacer|${groupId}`, height: gap });
      current = { kind: 'group', key: groupId, groupId, headerIndex, header, parts: [] };
      segments.push(current);
    } else if (gap > 0) {
      current.parts.push({ kind: 'gap', key: `gap|${item.index}`, height: gap });
    }

    if (entry.kind !== 'group') current.parts.push({ kind: 'row', index: item.index });
    cursor = item.end;
  }

  const rest = options.totalSize - cursor;
  if (rest > 0) segments.push({ kind: 'spacer', key: 'spacer|end', height: rest });
  return segments;
}
