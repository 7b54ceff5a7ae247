import type { GridEntry } from './dashboard-view';

/** An item the virtualizer placed: its index in the grid entries and its vertical extent. */
export interface PlacedItem {
  index: number;
  start: number;
  end: number;
}

/** A run of rendered rows of one project group: one `<tbody>`. */
export interface GroupSegment {
  kind: 'group';
  key: string;
  groupId: string;
  /** The index of the group's header entry. */
  headerIndex: number;
  /**
   * `in-place`: the header is in the rendered range. `carried`: it is not, but its rows are, so
   * it is rendered anyway (it sticks to the top while they scroll). `none`: an earlier segment of
   * the same group already rendered it.
   */
  header: 'in-place' | 'carried' | 'none';
  /** The row entries (not the header) to render, in order. */
  rows: number[];
}

/** Empty space standing in for rows that are not rendered. */
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
 * Splits the virtualizer's rendered items into `<tbody>` segments, one per project group, with
 * spacers for the rows left out, so that the table keeps its full height and every group stays
 * a labelled row group. A group whose header scrolled away but whose rows are still rendered
 * carries its header along (and the spacer before it shrinks by the header's height).
 */
export function segmentGrid(
  entries: readonly GridEntry[],
  items: readonly PlacedItem[],
  options: { paddingStart: number; totalSize: number; groupHeaderHeight: number },
): GridSegment[] {
  const segments: GridSegment[] = [];
  const headerRendered = new Set<string>();
  let cursor = options.paddingStart;
  let current: GroupSegment | undefined;

  const spacer = (height: number, at: number) => {
    if (height > 0) segments.push({ kind: 'spacer', key: `spacer|${at}`, height });
  };

  for (const item of items) {
    const entry = entries[item.index];
    if (!entry) continue;
    const groupId = groupIdOf(entry);
    let gap = item.start - cursor;

    if (entry.kind === 'group') {
      spacer(gap, item.index);
      current = {
        kind: 'group',
        key: `${groupId}|${item.index}`,
        groupId,
        headerIndex: item.index,
        header: 'in-place',
        rows: [],
      };
      headerRendered.add(groupId);
      segments.push(current);
      cursor = item.end;
      continue;
    }

    if (current?.groupId === groupId && gap <= 0) {
      current.rows.push(item.index);
      cursor = item.end;
      continue;
    }

    let headerIndex = item.index;
    while (headerIndex > 0 && entries[headerIndex]?.kind !== 'group') headerIndex--;
    const carry = !headerRendered.has(groupId);
    if (carry) {
      gap -= options.groupHeaderHeight;
      headerRendered.add(groupId);
    }
    spacer(gap, item.index);
    current = {
      kind: 'group',
      key: `${groupId}|${item.index}`,
      groupId,
      headerIndex,
      header: carry ? 'carried' : 'none',
      rows: [item.index],
    };
    segments.push(current);
    cursor = item.end;
  }

  spacer(options.totalSize - cursor, entries.length);
  return segments;
}
