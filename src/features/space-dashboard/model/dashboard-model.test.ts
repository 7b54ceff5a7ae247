import { replaceEqualDeep } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveStatusSummarySchema, type LiveStatusSummaries } from '../../../api/contract';
import type { CellRead } from '../../../api/endpoints/live-status-summaries-scheduler';
import { demoPayloads, type DemoPayloads } from '../testing/demo-payloads';
import {
  buildDashboardModel,
  cellKey,
  cellsInGridOrder,
  createLiveModel,
  indexLiveSummaries,
  type DashboardModel,
  type ProjectRow,
} from './dashboard-model';

let demo: DemoPayloads;
let model: DashboardModel;
beforeAll(async () => {
  demo = await demoPayloads();
  model = buildDashboardModel(demo.dashboard, indexLiveSummaries(demo.summaries));
});

function row(name: string): ProjectRow {
  const found = model.groups.flatMap((group) => group.rows).find((r) => r.projectName === name);
  if (!found) throw new Error(`No row ${name}`);
  return found;
}

describe('buildDashboardModel', () => {
  it('lays the demo world out as groups of projects across environments, in the space’s order', () => {
    expect(model.environments.map((environment) => environment.name)).toEqual([
      'Development',
      'Test',
      'Staging',
      'Production',
    ]);
    expect(model.groups.map((group) => [group.name, group.rows.map((r) => r.projectName)])).toEqual(
      [
        [
          'Sock Shop',
          [
            'front-end',
            'carts',
            'catalogue',
            'orders',
            'payment',
            'shipping',
            'user',
            'queue-master',
          ],
        ],
        ['Demos', ['guestbook', 'nightly-reports', 'customer-portal']],
        ['Legacy', ['legacy-billing']],
      ],
    );
    expect(model.projectCount).toBe(12);
  });

  it('gives each deployed cell its deployment and live status, and never-deployed cells null', () => {
    const carts = row('carts');
    if (carts.kind !== 'project') throw new Error('carts is untenanted');
    const production = carts.cells[3];
    expect(production?.deployment).toMatchObject({
      releaseVersion: '0.4.6',
      state: 'Success',
      timeKind: 'completed',
    });
    expect(production?.live).toEqual({
      status: 'Degraded',
      health: 'Degraded',
      sync: 'InSync',
      syncMessage: null,
      orphanCount: 0,
      lastUpdated: null,
    });

    // catalogue in Staging still runs an object 0.3.4 stopped deploying: Healthy all the same.
    const catalogue = row('catalogue');
    expect(catalogue.kind === 'project' && catalogue.cells[2]?.live).toMatchObject({
      status: 'Healthy',
      orphanCount: 1,
    });

    const nightly = row('nightly-reports');
    expect(nightly.kind === 'project' && nightly.cells[1]).toBeNull();

    const frontEnd = row('front-end');
    expect(frontEnd.kind === 'project' && frontEnd.cells[3]?.deployment).toMatchObject({
      state: 'Executing',
      timeKind: 'started',
    });
  });

  it('keeps when a Stale application last reported, and drops that ticking time elsewhere', () => {
    const guestbook = row('guestbook');
    expect(guestbook.kind === 'project' && guestbook.cells[2]?.live).toMatchObject({
      status: 'Stale',
      lastUpdated: '2026-11-21T11:46:00.000Z',
    });
    expect(guestbook.kind === 'project' && guestbook.cells[3]?.live?.lastUpdated).toBeNull();
  });

  it('rolls a tenanted project up per environment, with a row per tenant', () => {
    const portal = row('customer-portal');
    if (portal.kind !== 'tenanted') throw new Error('customer-portal is tenanted');
    expect(portal.tenants.map((tenant) => tenant.tenantName)).toEqual([
      'Acme Corp',
      'Globex',
      'Initech',
    ]);
    expect(portal.rollups.map((rollup) => rollup?.tenants.map((t) => t.tenantName))).toEqual([
      ['Acme Corp'],
      ['Acme Corp', 'Globex'],
      ['Acme Corp', 'Initech'],
      ['Acme Corp', 'Globex', 'Initech'],
    ]);
    const globex = portal.tenants[1];
    expect(globex?.cells[0]).toBeNull();
    expect(globex?.cells[3]?.key).toBe(cellKey('Projects-11', 'Environments-4', 'Tenants-2'));
    // The roll-up holds the very cells of the tenant rows.
    expect(portal.rollups[3]?.tenants[1]?.cell).toBe(globex?.cells[3]);
  });

  it('reads cells without live status as such', () => {
    const withoutLive = buildDashboardModel(demo.dashboard, undefined);
    const carts = withoutLive.groups[0]?.rows[1];
    expect(carts?.kind === 'project' && carts.cells[3]?.live).toBeNull();
  });

  it('puts projects of a group the dashboard does not list under "Other projects"', () => {
    const [first] = demo.dashboard.Projects;
    if (!first) throw new Error('The demo world has projects');
    const orphan = {
      ...demo.dashboard,
      Projects: [{ ...first, ProjectGroupId: 'ProjectGroups-99' }],
    };
    const built = buildDashboardModel(orphan, undefined);
    expect(built.groups.map((group) => group.name)).toEqual(['Other projects']);
  });
});

describe('stable identity across polls', () => {
  it('indexes the same live statuses to an equal value when only LastUpdated ticked', () => {
    const ticked: LiveStatusSummaries = {
      Summaries: demo.summaries.Summaries.map((entry) => ({
        ...entry,
        Summary: {
          ...entry.Summary,
          LastUpdated: entry.Summary.Status === 'Stale' ? entry.Summary.LastUpdated : 'later',
        },
      })),
    };
    const before = indexLiveSummaries(demo.summaries);
    expect(replaceEqualDeep(before, indexLiveSummaries(ticked))).toBe(before);
  });

  it('keeps every unchanged cell, row and group the same object when one cell changes', async () => {
    const later = await demoPayloads({ atSeconds: 90 });
    const next = replaceEqualDeep(
      model,
      buildDashboardModel(later.dashboard, indexLiveSummaries(later.summaries)),
    );

    expect(next).not.toBe(model);
    const [sockShop, demos, legacy] = next.groups;
    // 90 s on, front-end has finished and queue-master has started; Legacy has not moved.
    expect(legacy).toBe(model.groups[2]);
    const frontEnd = sockShop?.rows[0];
    expect(frontEnd).not.toBe(model.groups[0]?.rows[0]);
    expect(frontEnd?.kind === 'project' && frontEnd.cells[3]?.live?.status).toBe('Healthy');
    // Its other cells, and the other rows, are untouched objects.
    const before = model.groups[0]?.rows[0];
    if (frontEnd?.kind !== 'project' || before?.kind !== 'project') throw new Error('untenanted');
    expect(frontEnd.cells[0]).toBe(before.cells[0]);
    expect(sockShop?.rows[1]).toBe(model.groups[0]?.rows[1]);
    expect(demos?.rows[0]).toBe(model.groups[1]?.rows[0]);
    expect(next.environments).toBe(model.environments);
  });
});

describe('live status read cell by cell', () => {
  const reads = (entries: [string, CellRead][]): ReadonlyMap<string, CellRead> => new Map(entries);
  const summaryOf = (status: 'Healthy' | 'Degraded') =>
    liveStatusSummarySchema.parse({
      Status: status,
      HealthStatus: status,
      SyncStatus: 'InSync',
      SyncStatusMessage: null,
      LastUpdated: '2026-11-21T10:00:00.000Z',
    });
  const read = (status: 'Healthy' | 'Degraded', readAt = 1): CellRead => ({
    summary: summaryOf(status),
    readAt,
    error: null,
  });

  it('lists every deployed cell in the grid’s reading order', () => {
    const skeleton = buildDashboardModel(demo.dashboard, undefined);
    const cells = cellsInGridOrder(skeleton);
    expect(cells).toHaveLength(demo.dashboard.Items.length);
    const frontEnd = row('front-end');
    if (frontEnd.kind !== 'project') throw new Error('front-end is untenanted');
    const deployed = frontEnd.cells.flatMap((cell) => (cell ? [cell.key] : []));
    expect(cells.slice(0, deployed.length).map((cell) => cell.key)).toEqual(deployed);
  });

  it('patches only the rows whose cells were read, and keeps everything else the same object', () => {
    const skeleton = buildDashboardModel(demo.dashboard, undefined);
    const live = createLiveModel(skeleton);
    expect(live.apply(reads([]))).toBe(skeleton);

    const carts = skeleton.groups[0]?.rows[1];
    if (carts?.projectName !== 'carts') throw new Error('carts is the second row');
    const cartsProduction = carts.kind === 'project' ? carts.cells[3] : null;
    if (!cartsProduction) throw new Error('carts is deployed to Production');
    const first = live.apply(reads([[cartsProduction.key, read('Degraded')]]));
    expect(first).not.toBe(skeleton);
    const [sockShop] = first.groups;
    const cartsRow = sockShop?.rows[1];
    expect(cartsRow?.kind === 'project' && cartsRow.cells[3]?.live?.status).toBe('Degraded');
    expect(cartsRow?.kind === 'project' && cartsRow.cells[2]).toBe(
      carts.kind === 'project' && carts.cells[2],
    );
    expect(sockShop?.rows[0]).toBe(skeleton.groups[0]?.rows[0]);
    expect(first.groups[1]).toBe(skeleton.groups[1]);

    // A refresh that reads the same status changes nothing; a failure is kept with the summary.
    expect(live.apply(reads([[cartsProduction.key, read('Degraded', 2)]]))).toBe(first);
    const failed = live.apply(
      reads([[cartsProduction.key, { ...read('Degraded', 2), error: 'Timed out' }]]),
    );
    const failedRow = failed.groups[0]?.rows[1];
    expect(failedRow?.kind === 'project' && failedRow.cells[3]).toMatchObject({
      live: { status: 'Degraded' },
      liveError: 'Timed out',
    });
    // A cell that left the reads goes back to not read.
    const forgotten = live.apply(reads([]));
    const forgottenRow = forgotten.groups[0]?.rows[1];
    expect(forgottenRow?.kind === 'project' && forgottenRow.cells[3]).toMatchObject({
      live: null,
      liveError: null,
    });
  });

  it('updates a tenanted project’s tenant row and its roll-up together', () => {
    const skeleton = buildDashboardModel(demo.dashboard, undefined);
    const portal = skeleton.groups
      .flatMap((group) => group.rows)
      .find((r) => r.kind === 'tenanted');
    if (portal?.kind !== 'tenanted') throw new Error('The demo world has a tenanted project');
    const tenantCell = portal.tenants[0]?.cells.find((cell) => cell !== null);
    if (!tenantCell) throw new Error('Its first tenant is deployed');
    const next = createLiveModel(skeleton).apply(reads([[tenantCell.key, read('Degraded')]]));
    const patched = next.groups.flatMap((group) => group.rows).find((r) => r.key === portal.key);
    if (patched?.kind !== 'tenanted') throw new Error('Still tenanted');
    const inRow = patched.tenants[0]?.cells.find((cell) => cell?.key === tenantCell.key);
    const inRollup = patched.rollups
      .flatMap((rollup) => rollup?.tenants ?? [])
      .find(({ cell }) => cell.key === tenantCell.key)?.cell;
    expect(inRow?.live?.status).toBe('Degraded');
    expect(inRollup).toBe(inRow);
  });
});
