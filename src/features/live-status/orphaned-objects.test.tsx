import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demo } from '../../../mocks/server/node';
import { apiPaths } from '../../api/contract';
import orphansFromTheCli from '../../api/testing/octopus-fixtures/live-status-orphans.cli.json';
import { paths } from '../../config/paths';
import { definitionOf } from '../../test/definition-of';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';

const startServer = setupSimulatedServer();
fakeLayoutSize();

const { orphaned } = demo;
const catalogueInStaging = paths.applicationLiveStatus(orphaned);
const legacyConfig = orphaned.orphan.name;

async function openPage(scenario?: string, path = catalogueInStaging) {
  const simulated = startServer(scenario === undefined ? {} : { scenario });
  const view = renderApp(path);
  // The page's code loads lazily: the first time, on a busy machine, that takes over a second.
  const grid = await screen.findByRole('treegrid', { name: 'Objects' }, { timeout: 10_000 });
  return { ...view, simulated, grid };
}

const rowNamed = (grid: HTMLElement, name: string) => {
  const row = within(grid)
    .getAllByRole('row')
    .find((each) => within(each).queryAllByRole('gridcell')[0]?.textContent === name);
  if (!row) throw new Error(`No row named ${name}`);
  return row;
};

const rowNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent ?? '');

/** The sync cell: the fifth of a row (name, kind, namespace, health, sync, updated). */
const syncCell = (row: HTMLElement) => within(row).getAllByRole('gridcell')[4];

const syncFacet = () => screen.getByRole('group', { name: 'Sync' });

async function openDrawerOf(grid: HTMLElement, name: string) {
  await userEvent.setup().click(within(rowNamed(grid, name)).getByRole('link', { name }));
  return screen.findByRole('dialog', { name: `ConfigMap ${name}` });
}

// Whole-app renders in jsdom: slow on a busy machine, not stuck.
describe('orphaned objects on the live status page', { timeout: 20_000 }, () => {
  it('shows catalogue’s legacy ConfigMap in Staging as Orphaned, and the application Healthy', async () => {
    const { grid } = await openPage();

    const row = rowNamed(grid, legacyConfig);
    expect(within(row).getByText('ConfigMap')).toBeVisible();
    expect(syncCell(row)).toHaveTextContent(/^Orphaned$/);
    expect(within(row).getAllByRole('gridcell')[3]).toHaveTextContent(/^Healthy$/);
    // Orphans do not count toward the application's health or sync.
    expect(definitionOf('Health')).toHaveTextContent('Healthy');
    expect(definitionOf('Sync')).toHaveTextContent('In Sync');
    expect(
      within(syncFacet()).getByRole('checkbox', { name: 'Orphaned 1 object' }),
    ).not.toBeChecked();
    expect(within(syncFacet()).queryByRole('checkbox', { name: /^Deleting/ })).toBeNull();

    // Its sync says since when Octopus no longer deploys it, on hover.
    await userEvent.setup().hover(within(syncCell(row) ?? row).getByText('Orphaned'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /^Octopus no longer deploys this object \(since \d+ Nov 2026, .+\); it keeps running until someone deletes it in Octopus$/,
    );
  });

  it('says how many there are, as a link that filters the table to them, and how to delete them in Octopus', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openPage();

    const note = screen.getByRole('note', { name: 'Orphaned objects' });
    const link = within(note).getByRole('link', { name: '1 orphaned object' });
    expect(note).toHaveTextContent(
      'Octopus no longer deploys it, and it keeps running until someone deletes it',
    );
    expect(note).toHaveTextContent('set the Sync status filter to Orphaned');
    expect(note).toHaveTextContent('Resource actions → Review & delete');
    expect(note).toHaveTextContent('DeployedResourceAdminister permission');
    expect(note).toHaveTextContent('Periscope only reads: it never deletes.');

    await user.click(link);
    expect(router.state.location.search).toBe('?sync=Orphaned');
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => {
      expect(rowNames(grid)).toEqual([legacyConfig]);
    });
    expect(within(syncFacet()).getByRole('checkbox', { name: 'Orphaned 1 object' })).toBeChecked();
    expect(screen.getByText(/^1 of \d+ objects match$/)).toHaveAttribute('role', 'status');
  });

  it('says in the drawer’s summary since when it is orphaned, and that it keeps running', async () => {
    const { grid } = await openPage();

    const dialog = await openDrawerOf(grid, legacyConfig);
    const sync = await waitFor(() => {
      const value = definitionOf('Sync', dialog);
      expect(value).toHaveTextContent(/Orphaned since \d+ Nov 2026, /);
      return value;
    });
    expect(sync).toHaveTextContent('Octopus no longer deploys this object');
    expect(sync).toHaveTextContent('It keeps running until someone deletes it in Octopus');
    expect(sync).toHaveTextContent('Periscope only reads');
    expect(sync).not.toHaveTextContent('The last deletion failed');
  });

  it('shows Deleting while Octopus deletes it (orphan-deleting), in the table, the filter and the drawer', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openPage('orphan-deleting');

    expect(syncCell(rowNamed(grid, legacyConfig))).toHaveTextContent(/^Deleting$/);
    expect(within(syncFacet()).getByRole('checkbox', { name: 'Deleting 1 object' })).toBeVisible();
    expect(within(syncFacet()).queryByRole('checkbox', { name: /^Orphaned/ })).toBeNull();

    // Still an orphan until the monitor reports it gone: the link lists it.
    await user.click(screen.getByRole('link', { name: '1 orphaned object' }));
    expect(new URLSearchParams(router.state.location.search).get('sync')).toBe('Orphaned,Deleting');
    await waitFor(() => {
      expect(rowNames(grid)).toEqual([legacyConfig]);
    });

    const dialog = await openDrawerOf(grid, legacyConfig);
    await waitFor(() => {
      expect(definitionOf('Sync', dialog)).toHaveTextContent(
        'Octopus is deleting this orphaned object',
      );
    });
    expect(definitionOf('Sync', dialog)).toHaveTextContent(/^Deleting/);
  });

  it('says the last deletion failed (orphan-deletion-failed), in the row and the drawer', async () => {
    const { grid } = await openPage('orphan-deletion-failed');

    const cell = syncCell(rowNamed(grid, legacyConfig));
    expect(cell).toHaveTextContent('Orphaned');
    expect(cell).toHaveTextContent('The last deletion failed; see the task in Octopus');

    const dialog = await openDrawerOf(grid, legacyConfig);
    await waitFor(() => {
      expect(definitionOf('Sync', dialog)).toHaveTextContent(
        'The last deletion failed; see the task in Octopus.',
      );
    });
  });

  it('reads an orphan as the Octopus CLI’s fixture has it (no sync status, deletion Queued) as Deleting', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () => HttpResponse.json(orphansFromTheCli)),
    );
    renderApp(catalogueInStaging);
    const grid = await screen.findByRole('treegrid', { name: 'Objects' }, { timeout: 10_000 });

    expect(syncCell(rowNamed(grid, 'my-deployment'))).toHaveTextContent(/^Deleting$/);
    // Its summary's TotalOrphanCount says how many there are.
    expect(screen.getByRole('link', { name: '1 orphaned object' })).toBeVisible();
  });

  it('counts the orphans itself on a server that does not send TotalOrphanCount', async () => {
    const { TotalOrphanCount: _left, ...summary } = orphansFromTheCli.Summary;
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () =>
        HttpResponse.json({ ...orphansFromTheCli, Summary: summary }),
      ),
    );
    renderApp(catalogueInStaging);
    await screen.findByRole('treegrid', { name: 'Objects' }, { timeout: 10_000 });

    expect(screen.getByRole('link', { name: '1 orphaned object' })).toBeVisible();
  });

  it('says nothing of orphans where there are none', async () => {
    await openPage(undefined, paths.applicationLiveStatus(demo.degraded));
    expect(screen.queryByRole('link', { name: /orphaned object/ })).toBeNull();
  });
});
