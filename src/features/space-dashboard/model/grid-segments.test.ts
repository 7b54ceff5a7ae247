import { describe, expect, it } from 'vitest';
import type { GroupModel, ProjectRowModel } from './dashboard-model';
import type { GridEntry } from './dashboard-view';
import { segmentGrid, type GridSegment, type PlacedItem } from './grid-segments';

const HEAD = 40;
const GROUP = 36;
const ROW = 54;

function group(id: string): GroupModel {
  return { id, name: id, rows: [] };
}
function projectRow(id: string): ProjectRowModel {
  return { kind: 'project', key: id, projectId: id, projectName: id, disabled: false, cells: [] };
}
const rowEntry = (id: string, groupId: string): GridEntry => ({
  kind: 'project',
  key: id,
  row: projectRow(id),
  groupId,
  expanded: false,
});

// Two groups of three rows: 0 A, 1 a1, 2 a2, 3 a3, 4 B, 5 b1, 6 b2, 7 b3.
const entries: GridEntry[] = [
  { kind: 'group', key: 'g|A', group: group('A'), projectCount: 3, collapsed: false },
  rowEntry('a1', 'A'),
  rowEntry('a2', 'A'),
  rowEntry('a3', 'A'),
  { kind: 'group', key: 'g|B', group: group('B'), projectCount: 3, collapsed: false },
  rowEntry('b1', 'B'),
  rowEntry('b2', 'B'),
  rowEntry('b3', 'B'),
];

const placed: PlacedItem[] = [];
let offset = HEAD;
for (const [index, entry] of entries.entries()) {
  const size = entry.kind === 'group' ? GROUP : ROW;
  placed.push({ index, start: offset, end: offset + size });
  offset += size;
}
const totalSize = offset;
const options = { paddingStart: HEAD, totalSize, groupHeaderHeight: GROUP };
const pick = (...indexes: number[]) => placed.filter((item) => indexes.includes(item.index));
const rows = (index: number) => ({ kind: 'row', index });

/** The height the segments lay out, the table head included. */
function height(segments: GridSegment[]): number {
  let total = HEAD;
  for (const segment of segments) {
    if (segment.kind === 'spacer') {
      total += segment.height;
      continue;
    }
    total += GROUP;
    for (const part of segment.parts) total += part.kind === 'gap' ? part.height : ROW;
  }
  return total;
}

describe('segmentGrid', () => {
  it('makes one tbody per group, keyed by the group, when everything is rendered', () => {
    expect(segmentGrid(entries, placed, options)).toEqual([
      {
        kind: 'group',
        key: 'A',
        groupId: 'A',
        headerIndex: 0,
        header: 'in-place',
        parts: [rows(1), rows(2), rows(3)],
      },
      {
        kind: 'group',
        key: 'B',
        groupId: 'B',
        headerIndex: 4,
        header: 'in-place',
        parts: [rows(5), rows(6), rows(7)],
      },
    ]);
  });

  it('carries a group header whose rows are in view, and shrinks the space above it', () => {
    expect(segmentGrid(entries, pick(2, 3, 4, 5), options)).toEqual([
      { kind: 'spacer', key: 'spacer|A', height: ROW },
      {
        kind: 'group',
        key: 'A',
        groupId: 'A',
        headerIndex: 0,
        header: 'carried',
        parts: [rows(2), rows(3)],
      },
      {
        kind: 'group',
        key: 'B',
        groupId: 'B',
        headerIndex: 4,
        header: 'in-place',
        parts: [rows(5)],
      },
      { kind: 'spacer', key: 'spacer|end', height: 2 * ROW },
    ]);
  });

  it('keeps a group’s key whichever of its rows comes first, so rows are never remounted', () => {
    const keys = (indexes: number[]) =>
      segmentGrid(entries, pick(...indexes), options)
        .filter((segment) => segment.kind === 'group')
        .map((segment) => segment.key);
    expect(keys([1, 2])).toEqual(['A']);
    expect(keys([2, 3])).toEqual(['A']);
    expect(keys([3, 4, 5])).toEqual(['A', 'B']);
  });

  it('leaves a gap row inside the group for a far-off (focused) row of the same group', () => {
    const [segment] = segmentGrid(entries, pick(1, 3), options);
    expect(segment).toMatchObject({
      key: 'A',
      parts: [rows(1), { kind: 'gap', key: 'gap|3', height: ROW }, rows(3)],
    });
  });

  it('keeps the table its full height, whatever is rendered', () => {
    for (const indexes of [[1, 2], [5, 6, 7], [3, 4], [2, 6], [1, 3, 7], [0]]) {
      expect(height(segmentGrid(entries, pick(...indexes), options))).toBe(totalSize);
    }
  });
});
