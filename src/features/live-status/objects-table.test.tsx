import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demo } from '../../../mocks/server/node';
import { apiPaths } from '../../api/contract';
import { paths } from '../../config/paths';
import { requestClose } from '../../test/dialog';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';
import {
  applicationLiveStatus,
  liveResource,
  machineStatus,
} from '../../api/testing/live-status-fixtures';

const startServer = setupSimulatedServer();
fakeLayoutSize();

const carts = paths.applicationLiveStatus(demo.degraded);

async function openCarts(path = carts) {
  const simulated = startServer();
  const view = renderApp(path);
  // The page's code loads lazily: the first time, on a busy machine, that takes over a second.
  const grid = await screen.findByRole('treegrid', { name: 'Objects' }, { timeout: 10_000 });
  return { ...view, simulated, grid };
}

const rowNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent ?? '');

const rowNamed = (grid: HTMLElement, name: string) => {
  const row = within(grid)
    .getAllByRole('row')
    .find((each) => within(each).queryAllByRole('gridcell')[0]?.textContent === name);
  if (!row) throw new Error(`No row named ${name}`);
  return row;
};

// Whole-app renders in jsdom: slow on a busy machine, not stuck.
describe('the objects table', { timeout: 20_000 }, () => {
  it('filters by name as you type, keeping the owners of matches, and writes the URL', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openCarts();

    await user.type(screen.getByRole('searchbox', { name: 'Filter objects by name' }), '-db');

    // The Deployment, its ReplicaSet and Pod, its two old ReplicaSets (kept at zero replicas, no
    // Pods), and the Service.
    const replicaSet = expect.stringMatching(/^carts-db-[a-z0-9]{10}$/) as unknown;
    await waitFor(() => {
      expect(rowNames(grid)).toEqual([
        'carts-db',
        replicaSet,
        expect.stringMatching(/^carts-db-[a-z0-9]{10}-[a-z0-9]{5}$/),
        replicaSet,
        replicaSet,
        'carts-db',
      ]);
    });
    expect(router.state.location.search).toBe('?q=-db');
    expect(screen.getByText('6 of 15 objects match')).toHaveAttribute('role', 'status');
  });

  it('filters by facet, each option with its count, and "problems only"', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openCarts();

    const kind = screen.getByRole('group', { name: 'Kind' });
    const service = within(kind).getByRole('checkbox', { name: 'Service 2 objects' });
    await user.click(service);
    await waitFor(() => {
      expect(rowNames(grid)).toEqual(['carts', 'carts-db']);
    });
    expect(router.state.location.search).toBe('?kind=Service');
    await user.click(service);

    await user.click(screen.getByRole('switch', { name: /Problems only/ }));
    await waitFor(() => {
      expect(rowNames(grid)).toEqual([
        'carts',
        expect.stringMatching(/^carts-/),
        expect.stringMatching(/^carts-.+-/),
      ]);
    });
    expect(router.state.location.search).toBe('?problems=1');
    const health = screen.getByRole('group', { name: 'Health' });
    expect(within(health).getByRole('checkbox', { name: 'Degraded 2 objects' })).toBeVisible();
    expect(within(health).getByRole('checkbox', { name: 'Healthy 0 objects' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
  });

  it('reads filters and sorting from the URL, and sorts by a column header', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openCarts(`${carts}?kind=Service&sort=name&dir=desc`);

    expect(rowNames(grid)).toEqual(['carts-db', 'carts']);
    const nameHeader = within(grid).getByRole('columnheader', { name: 'Name' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(nameHeader).getByRole('button'));
    expect(router.state.location.search).toBe('?kind=Service');
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(grid).getByRole('button', { name: /Health/ }));
    expect(router.state.location.search).toBe('?kind=Service&sort=health&dir=asc');
  });

  it('is navigated with the keyboard as a treegrid, and opens the drawer with Enter', async () => {
    const user = userEvent.setup();
    const { grid, router } = await openCarts();
    const first = rowNamed(grid, 'carts');
    expect(first).toHaveAttribute('tabindex', '0');

    act(() => {
      first.focus();
    });
    await user.keyboard('{ArrowLeft}');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowRight}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    // Row 0 is the header; the Deployment's first child follows it, and that child's first.
    const row = (index: number) => within(grid).getAllByRole('row').at(index);
    const replicaSet = row(2);
    expect(replicaSet).toHaveFocus();
    expect(replicaSet).toHaveAttribute('aria-level', '2');
    expect(replicaSet).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}');
    expect(row(3)).toHaveFocus();
    expect(row(3)).toHaveAttribute('aria-level', '3');
    await user.keyboard('{ArrowLeft}');
    expect(replicaSet).toHaveFocus();
    await user.keyboard('{End}');
    expect(row(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();

    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    expect(router.state.location.search).toMatch(/^\?object=Machines-4%3A/);
    // In the drawer's header, and again in its Summary.
    expect(
      within(dialog).getAllByText('Deployment "carts" exceeded its progress deadline')[0],
    ).toBeVisible();
    expect(first).toHaveAttribute('aria-current', 'true');

    // Escape, as the browser delivers it to a modal dialog.
    requestClose(dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.search).toBe('');
    await waitFor(() => {
      expect(first).toHaveFocus();
    });
  });

  it('opens the drawer from a click on a name, and from the URL after a reload', async () => {
    const user = userEvent.setup();
    const { grid, router, unmount } = await openCarts();
    const [deploymentLink] = within(grid).getAllByRole('link', { name: 'carts-db' });
    await user.click(deploymentLink ?? grid);
    expect(await screen.findByRole('dialog', { name: 'Deployment carts-db' })).toBeVisible();
    const search = router.state.location.search;
    expect(search).toMatch(/^\?object=Machines-4%3A/);
    unmount();

    const { router: reloaded } = renderApp(`${carts}${search}`);
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts-db' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(reloaded.state.location.search).toBe('');
  });

  it('keeps expansion and focus across polls, updating rows in place', async () => {
    const user = userEvent.setup();
    const { grid, queryClient, simulated } = await openCarts();
    const deployment = rowNamed(grid, 'carts');
    await user.click(within(deployment).getByRole('button', { name: 'Collapse carts' }));
    const service = rowNamed(grid, 'carts-db');
    act(() => {
      service.focus();
    });

    simulated.advanceSeconds(30);
    await act(() => queryClient.refetchQueries());

    expect(rowNamed(grid, 'carts')).toBe(deployment);
    expect(deployment).toHaveAttribute('aria-expanded', 'false');
    expect(service).toHaveFocus();
  });

  it('groups objects by deployment target when there are several', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () =>
        HttpResponse.json(
          applicationLiveStatus([
            machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-1' })]),
            machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-2' })], {
              MachineId: 'Machines-2',
              Status: 'Degraded',
            }),
          ]),
        ),
      ),
      // The targets' names come from their own endpoint.
      http.get(`*${apiPaths.machine}`, ({ params }) => {
        const names: Record<string, string> = {
          'Machines-1': 'eu-cluster',
          'Machines-2': 'us-cluster',
        };
        const id = String(params.machineId);
        return HttpResponse.json({ Id: id, Name: names[id] ?? id });
      }),
    );
    renderApp(carts);
    const grid = await screen.findByRole('treegrid', { name: 'Objects' });

    await waitFor(() => {
      expect(rowNames(grid)).toEqual(['eu-cluster1 object', 'web', 'us-cluster1 object', 'web']);
    });
    const us = within(grid).getAllByRole('row')[3];
    expect(us).toHaveAttribute('aria-level', '1');
    expect(us).toHaveAttribute('aria-expanded', 'true');
    expect(within(us ?? grid).getByText('Deployment target')).toBeVisible();
    expect(within(grid).getAllByRole('row')[4]).toHaveAttribute('aria-level', '2');
  });

  it('shows the known limitations until dismissed, for good', async () => {
    const user = userEvent.setup();
    await openCarts();
    const note = screen.getByRole('complementary', { name: 'What live status does not show' });
    expect(within(note).getByText(/Skipped steps/)).toBeVisible();
    expect(within(note).getByText(/Script steps/)).toBeVisible();
    expect(within(note).getByText(/Runbooks/)).toBeVisible();

    await user.click(within(note).getByRole('button', { name: /Dismiss/ }));
    expect(
      screen.queryByRole('complementary', { name: 'What live status does not show' }),
    ).toBeNull();
    expect(localStorage.getItem('periscope.liveStatus.limitationsDismissed')).toBe('yes');
  });
});
