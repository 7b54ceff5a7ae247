import { describe, expect, it } from 'vitest';
import { treeGridKeyAction, type TreeGridRow } from './tree-grid-keys';

const row = (
  key: string,
  level: number,
  parentKey: string | null,
  open?: boolean,
): TreeGridRow => ({
  key,
  level,
  setSize: 1,
  posInSet: 1,
  parentKey,
  expandable: open !== undefined,
  expanded: open ?? false,
});

// deployment (open) > replicaset (open) > pod; service (closed)
const rows = [
  row('deployment', 1, null, true),
  row('replicaset', 2, 'deployment', true),
  row('pod', 3, 'replicaset'),
  row('service', 1, null, false),
];
const indexOf = (key: string) => {
  const index = rows.findIndex((each) => each.key === key);
  return index < 0 ? undefined : index;
};
const press = (index: number, key: string) => treeGridKeyAction(rows, index, key, 10, indexOf);

describe('treeGridKeyAction', () => {
  it('moves up and down, stopping at the ends; Home and End jump', () => {
    expect(press(0, 'ArrowDown')).toEqual({ type: 'move', index: 1 });
    expect(press(3, 'ArrowDown')).toEqual({ type: 'move', index: 3 });
    expect(press(0, 'ArrowUp')).toEqual({ type: 'move', index: 0 });
    expect(press(2, 'Home')).toEqual({ type: 'move', index: 0 });
    expect(press(0, 'End')).toEqual({ type: 'move', index: 3 });
    expect(press(0, 'PageDown')).toEqual({ type: 'move', index: 3 });
  });

  it('Right opens a closed row, then enters its first child; does nothing on a leaf', () => {
    expect(press(3, 'ArrowRight')).toEqual({ type: 'toggle', key: 'service', expanded: true });
    expect(press(0, 'ArrowRight')).toEqual({ type: 'move', index: 1 });
    expect(press(2, 'ArrowRight')).toBeNull();
  });

  it('Left closes an open row, or goes to the parent', () => {
    expect(press(1, 'ArrowLeft')).toEqual({ type: 'toggle', key: 'replicaset', expanded: false });
    expect(press(2, 'ArrowLeft')).toEqual({ type: 'move', index: 1 });
    expect(press(3, 'ArrowLeft')).toBeNull();
  });

  it('Enter activates; other keys are left alone', () => {
    expect(press(2, 'Enter')).toEqual({ type: 'activate', key: 'pod' });
    expect(press(2, 'a')).toBeNull();
  });
});
