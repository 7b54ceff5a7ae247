import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dashboardSchema, type Dashboard } from '../../../api/contract';
import { buildDashboardModel, dashboardScopeNote } from './dashboard-model';

/** A capped, filtered dashboard as a real server sends it (see the fixture's source). */
function cappedDashboard(): Dashboard {
  const url = new URL(
    '../../../api/testing/octopus-fixtures/dashboard-capped.json',
    import.meta.url,
  );
  return dashboardSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

describe('the dashboard says when it may not show every project', () => {
  it('names the project limit when the server reached it', () => {
    const dashboard = cappedDashboard();
    const model = buildDashboardModel(dashboard, undefined);
    expect(model.scope).toEqual({ filtered: true, cappedAt: dashboard.ProjectLimit });
    expect(dashboardScopeNote(model.scope)).toMatch(
      /^The server shows at most 2 projects on its dashboard, so this space may have more/,
    );
  });

  it('says the server filtered it, when there is no limit reached', () => {
    const dashboard = { ...cappedDashboard(), ProjectLimit: 50 };
    const model = buildDashboardModel(dashboard, undefined);
    expect(model.scope).toEqual({ filtered: true, cappedAt: null });
    expect(dashboardScopeNote(model.scope)).toMatch(/^The server filtered this dashboard/);
  });

  it('says nothing for a whole, unfiltered dashboard', () => {
    const dashboard = { ...cappedDashboard(), ProjectLimit: null, IsFiltered: false };
    const model = buildDashboardModel(dashboard, undefined);
    expect(model.scope).toEqual({ filtered: false, cappedAt: null });
    expect(dashboardScopeNote(model.scope)).toBeNull();
  });
});
