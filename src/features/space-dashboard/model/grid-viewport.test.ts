import { beforeAll, describe, expect, it } from 'vitest';
import { demoPayloads } from '../testing/demo-payloads';
import { buildDashboardModel, type DashboardModel } from './dashboard-model';
import { filterDashboard, layoutGrid, noFilters, type GridEntry } from './dashboard-view';
import { viewportCells } from './grid-viewport';

let model: DashboardModel;
let entries: GridEntry[];
beforeAll(async () => {
  const demo = await demoPayloads();
  model = buildDashboardModel(demo.dashboard, undefined);
  entries = layoutGrid(filterDashboard(model, noFilters, 'live', 'partial'), {
    collapsedGroups: new Set(),
    expandedProjects: new Map(),
    expandByDefault: false,
  });
});

const indexOf = (name: string) =>
  entries.findIndex((entry) => entry.kind !== 'group' && entry.row.projectName === name);

describe('viewportCells', () => {
  it('takes the cells of the rows and columns on screen as visible, the rest rendered as near', () => {
    const carts = indexOf('carts');
    const { visible, near } = viewportCells(
      entries,
      4,
      { first: carts - 1, last: carts + 1 },
      { first: carts, last: carts },
      { first: 2, last: 3 },
    );
    expect(visible).toEqual(['Projects-2|Environments-3|', 'Projects-2|Environments-4|']);
    expect(near).toContain('Projects-2|Environments-1|');
    expect(near).toContain('Projects-1|Environments-4|');
    expect(near).not.toContain('Projects-2|Environments-3|');
    expect(near.length).toBeGreaterThan(4);
  });

  it('counts all columns when their widths are unknown, and nothing before the rows are', () => {
    const carts = indexOf('carts');
    const row = { first: carts, last: carts };
    expect(viewportCells(entries, 4, row, row, null).visible).toHaveLength(4);
    expect(viewportCells(entries, 4, null, null, null)).toEqual({ visible: [], near: [] });
  });

  it('reads every tenant behind a roll-up on screen', () => {
    const portal = entries.findIndex(
      (entry) => entry.kind === 'project' && entry.row.kind === 'tenanted',
    );
    const range = { first: portal, last: portal };
    const { visible } = viewportCells(entries, 4, range, range, null);
    const entry = entries[portal];
    const tenants =
      entry?.kind === 'project' && entry.row.kind === 'tenanted' ? entry.row.tenants : [];
    const expected = tenants.flatMap((tenant) =>
      tenant.cells.flatMap((cell) => (cell ? [cell.key] : [])),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect([...visible].sort()).toEqual([...expected].sort());
  });
});
