import { beforeAll, describe, expect, it } from 'vitest';
import { demoPayloads } from '../testing/demo-payloads';
import { buildDashboardModel, indexLiveSummaries, type DashboardModel } from './dashboard-model';
import { countByStatus, filterDashboard, layoutGrid, noFilters } from './dashboard-view';

let model: DashboardModel;
let skeleton: DashboardModel;
beforeAll(async () => {
  const demo = await demoPayloads();
  model = buildDashboardModel(demo.dashboard, indexLiveSummaries(demo.summaries));
  skeleton = buildDashboardModel(demo.dashboard, undefined);
});

const names = (groups: ReturnType<typeof filterDashboard>) =>
  groups.flatMap((group) => group.rows.map(({ row }) => row.projectName));

describe('countByStatus', () => {
  it('counts every deployed cell once (tenants, not roll-ups), worst first', () => {
    const counts = countByStatus(model, 'live', 'ready');
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(49);
    expect(counts.map(({ key, count }) => [key, count])).toEqual([
      ['Failed', 1],
      ['TimedOut', 1],
      ['Degraded', 2],
      ['Missing', 1],
      ['Unknown', 1],
      ['OutOfSync', 1],
      ['Stale', 1],
      ['Canceled', 1],
      ['Progressing', 1],
      ['Waiting', 3],
      ['NotSupported', 3],
      ['Healthy', 33],
    ]);
  });

  it('counts task states in deployment mode', () => {
    expect(
      countByStatus(model, 'deployments', 'ready').map(({ key, count }) => [key, count]),
    ).toEqual([
      ['Failed', 1],
      ['TimedOut', 1],
      ['Canceled', 1],
      ['Executing', 2],
      ['Queued', 1],
      ['SuccessWithWarnings', 2],
      ['Success', 41],
    ]);
  });
});

describe('filterDashboard', () => {
  it('leaves everything without filters', () => {
    expect(names(filterDashboard(model, noFilters, 'live', 'ready'))).toHaveLength(12);
  });

  it('matches part of a project name, in any case', () => {
    const filters = { ...noFilters, query: '  Ca ' };
    expect(names(filterDashboard(model, filters, 'live', 'ready'))).toEqual(['carts', 'catalogue']);
  });

  it('keeps one project group', () => {
    const filters = { ...noFilters, groupId: 'ProjectGroups-3' };
    expect(names(filterDashboard(model, filters, 'live', 'ready'))).toEqual(['legacy-billing']);
  });

  it('keeps rows with a cell of the status, and only the tenants that have one', () => {
    const filters = { ...noFilters, status: 'Waiting' as const };
    const groups = filterDashboard(model, filters, 'live', 'ready');
    expect(names(groups)).toEqual(['front-end', 'queue-master', 'customer-portal']);
    const portal = groups[1]?.rows[0];
    expect(portal?.tenants.map((tenant) => tenant.tenantName)).toEqual(['Initech']);
  });

  it('combines the filters', () => {
    const filters = { query: 'portal', groupId: 'ProjectGroups-2', status: 'Degraded' as const };
    expect(names(filterDashboard(model, filters, 'live', 'ready'))).toEqual(['customer-portal']);
    expect(
      names(filterDashboard(model, { ...filters, status: 'Missing' }, 'live', 'ready')),
    ).toEqual([]);
  });
});

describe('layoutGrid', () => {
  const layout = (state: Partial<Parameters<typeof layoutGrid>[1]> = {}) =>
    layoutGrid(filterDashboard(model, noFilters, 'live', 'ready'), {
      collapsedGroups: new Set(),
      expandedProjects: new Map(),
      expandByDefault: false,
      ...state,
    }).map((entry) => (entry.kind === 'group' ? `# ${entry.group.name}` : entry.row.key));

  it('lists each group header, then its rows', () => {
    const entries = layout();
    expect(entries).toHaveLength(15);
    expect(entries[0]).toBe('# Sock Shop');
    expect(entries[9]).toBe('# Demos');
  });

  it('folds collapsed groups to their header', () => {
    expect(layout({ collapsedGroups: new Set(['ProjectGroups-1']) })).toEqual([
      '# Sock Shop',
      '# Demos',
      'Projects-9',
      'Projects-10',
      'Projects-11',
      '# Legacy',
      'Projects-12',
    ]);
  });

  it('adds tenant rows under an expanded tenanted project, and by default under a status filter', () => {
    const expanded = layout({ expandedProjects: new Map([['Projects-11', true]]) });
    expect(expanded.slice(12, 16)).toEqual([
      'Projects-11',
      'Projects-11|Tenants-1',
      'Projects-11|Tenants-2',
      'Projects-11|Tenants-3',
    ]);
    expect(layout({ expandByDefault: true })).toHaveLength(18);
    expect(
      layout({ expandByDefault: true, expandedProjects: new Map([['Projects-11', false]]) }),
    ).toHaveLength(15);
  });
});

describe('countByStatus while cells are read one by one', () => {
  it('counts the cells not read yet as such, not as loading', () => {
    const counts = countByStatus(skeleton, 'live', 'partial');
    const notRead = counts.find(({ key }) => key === 'Loading');
    expect(notRead?.definition.label).toBe('Not read yet');
    expect(
      countByStatus(skeleton, 'live', 'pending').find(({ key }) => key === 'Loading')?.definition
        .label,
    ).toBe('Loading live status');
  });
});
