import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../../api/client';
import { clearUnknownEnumValues } from '../../api/contract';
import { forgetSummariesExtension } from '../../api/endpoints/live-status-summaries';
import { LIVE_STATUS_STORAGE_KEY } from '../../features/space-dashboard/hooks/use-live-status-mode';
import { paths } from '../../config/paths';
import { demo } from '../../../mocks/server/node';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';

// Waits are for the simulated server, which may be slow on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const startServer = setupSimulatedServer();
fakeLayoutSize();

afterEach(() => {
  clearUnknownEnumValues();
  // The app remembers a missing summaries extension until reload: each test is a new page load.
  forgetSummariesExtension(apiClient);
});

const grid = () => screen.getByRole('table', { name: /latest deployment of each project/i });
const cell = (name: string) => within(grid()).getByRole('link', { name });
const findCell = (name: string | RegExp) =>
  screen.findByRole('link', { name }, { timeout: 10_000 });
/** The row headers of project and tenant rows (group headers are row headers too). */
const rowHeaders = () =>
  within(grid())
    .getAllByRole('rowheader')
    .filter((header) => header.getAttribute('scope') === 'row')
    .map((header) => header.textContent);
const untenanted = Object.values(demo).filter((landmark) => landmark.tenantId === null);
const liveSwitch = () => screen.getByRole('switch', { name: 'Live status' });

/** Renders the dashboard and waits for its live status to arrive. */
async function openDashboard(path = '/') {
  const view = renderApp(path);
  await findCell(new RegExp(`^${demo.degraded.cell}: `));
  return view;
}

// The whole app renders against the simulated server: slower than a unit test on a busy machine.
describe('the space dashboard', { timeout: 20_000 }, () => {
  it('shows every project in every environment, grouped, with live status by default', async () => {
    startServer();
    await openDashboard();

    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(liveSwitch()).toHaveAttribute('aria-checked', 'true');
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Project', 'Development', 'Test', 'Staging', 'Production']);
    for (const group of ['Sock Shop', 'Demos', 'Legacy']) {
      expect(within(grid()).getByRole('rowgroup', { name: group })).toBeInTheDocument();
    }
    const sockShop = within(grid()).getByRole('rowgroup', { name: 'Sock Shop' });
    expect(
      within(sockShop)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Sock Shop 8 projects',
      'front-end',
      'carts',
      'catalogue',
      'orders',
      'payment',
      'shipping',
      'user',
      'queue-master',
    ]);

    // Every landmark of the demo world says what the story says it does (the tenants' are in
    // rows that start collapsed).
    for (const landmark of untenanted) {
      if ('liveCell' in landmark) expect(cell(landmark.liveCell)).toBeVisible();
    }
    expect(cell(demo.degraded.liveCell)).toHaveAttribute(
      'href',
      paths.applicationLiveStatus(demo.degraded),
    );
    // Each cell also says which release is there, and when it went out.
    expect(cell(demo.degraded.liveCell)).toHaveTextContent(demo.degraded.release);
    expect(cell(demo.degraded.liveCell)).toHaveTextContent('7 days ago');

    // Never deployed: visibly empty, no link.
    const nightly = within(grid()).getByRole('row', { name: /^nightly-reports/ });
    const [, testCell] = within(nightly).getAllByRole('cell');
    expect(testCell).toHaveTextContent('Not deployed');
    if (!testCell) throw new Error('nightly-reports has no Test cell');
    expect(within(testCell).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Default');
  });

  it('swaps every cell to the deployment state, without a request, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { server } = startServer();
    const { unmount } = await openDashboard();
    let requests = 0;
    server.events.on('request:start', () => requests++);

    await user.click(liveSwitch());

    expect(liveSwitch()).toHaveAttribute('aria-checked', 'false');
    for (const landmark of untenanted) {
      if ('deploymentCell' in landmark) expect(cell(landmark.deploymentCell)).toBeVisible();
    }
    expect(cell(demo.degraded.deploymentCell)).toHaveTextContent(demo.degraded.release);
    expect(cell(demo.degraded.deploymentCell)).toHaveAttribute(
      'href',
      paths.deployment(demo.degraded.deploymentId),
    );
    expect(requests).toBe(0);
    expect(localStorage.getItem(LIVE_STATUS_STORAGE_KEY)).toBe('off');

    // Back again, from the keyboard.
    liveSwitch().focus();
    await user.keyboard(' ');
    expect(liveSwitch()).toHaveAttribute('aria-checked', 'true');
    expect(cell(demo.degraded.liveCell)).toBeVisible();
    await user.keyboard('{Enter}');
    expect(liveSwitch()).toHaveAttribute('aria-checked', 'false');

    // A new visit starts where the last one left off.
    unmount();
    renderApp('/');
    expect(await findCell(demo.degraded.deploymentCell)).toBeVisible();
    expect(liveSwitch()).toHaveAttribute('aria-checked', 'false');
  });

  it('lets a live parameter in the URL override the stored choice', async () => {
    startServer();
    localStorage.setItem(LIVE_STATUS_STORAGE_KEY, 'off');
    const { router } = await openDashboard('/?live=1&world=demo');

    expect(liveSwitch()).toHaveAttribute('aria-checked', 'true');
    expect(cell(demo.degraded.liveCell)).toBeVisible();

    // Flipping the switch updates the link's parameter too, so the two never disagree.
    await userEvent.setup().click(liveSwitch());
    expect(new URLSearchParams(router.state.location.search).get('live')).toBe('0');
    expect(new URLSearchParams(router.state.location.search).get('world')).toBe('demo');
    expect(localStorage.getItem(LIVE_STATUS_STORAGE_KEY)).toBe('off');
  });

  it('shows a failed, cancelled or timed-out deployment over the live status, and says why', async () => {
    const user = userEvent.setup();
    startServer();
    await openDashboard();

    expect(cell(demo.timedOut.deploymentCell)).toBeVisible();
    expect(cell(demo.canceled.deploymentCell)).toBeVisible();
    const failed = cell(demo.failed.liveCell);
    // Still a live cell: it opens the application's live status page.
    expect(failed).toHaveAttribute('href', paths.applicationLiveStatus(demo.failed));

    await user.hover(failed);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('The latest deployment failed');
    expect(tooltip).toHaveTextContent('Live status: Unavailable');
    expect(tooltip).toHaveTextContent('your last deployment failed');
    expect(tooltip).toHaveTextContent(`Release ${demo.failed.release}`);
  });

  it('explains each status on focus, and keeps Stale, Unknown and NotSupported apart', async () => {
    startServer();
    await openDashboard();

    const focus = async (name: string) => {
      act(() => cell(name).focus());
      const tooltip = await screen.findByRole('tooltip');
      expect(cell(name)).toHaveAttribute('aria-describedby', tooltip.id);
      return tooltip;
    };

    expect(await focus(demo.stale.liveCell)).toHaveTextContent(
      /nothing has been received from the cluster for 10 minutes.*last update received 14 minutes ago/i,
    );
    expect(await focus(demo.unknown.liveCell)).toHaveTextContent(
      'We’re having trouble getting live status updates for this application',
    );
    expect(await focus(demo.outOfSync.liveCell)).toHaveTextContent(
      'spec.replicas: applied 2, live 3',
    );

    // No Kubernetes steps: the deployment state stays, with a quiet hint.
    const legacy = cell(demo.notSupported.liveCell);
    expect(legacy).toHaveTextContent('no live status');
    expect(await focus(demo.notSupported.liveCell)).toHaveTextContent(
      'Live status not available: This project has no monitored Kubernetes steps',
    );

    // The exact time is there too, and Escape closes the tooltip.
    expect(await focus(demo.degraded.liveCell)).toHaveTextContent(/13 Nov 2026/);
    await userEvent.setup().keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('mentions an application’s orphans in its cell’s tooltip, not in its status', async () => {
    startServer();
    await openDashboard();

    const orphaned = cell(demo.orphaned.liveCell);
    act(() => orphaned.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(
      '1 orphaned object: Octopus no longer deploys it. Orphans do not count toward the live status.',
    );
    act(() => cell(demo.healthy.liveCell).focus());
    await waitFor(() => {
      expect(screen.getByRole('tooltip')).not.toHaveTextContent('orphaned');
    });
  });

  it('rolls tenants up to the worst status, and expands to a row per tenant', async () => {
    const user = userEvent.setup();
    startServer();
    await openDashboard();

    expect(cell('customer-portal in Production: Degraded (3 tenants)')).toBeVisible();
    expect(cell('customer-portal in Development: Healthy (1 tenant)')).toBeVisible();
    expect(cell('customer-portal in Test: Healthy (2 tenants)')).toBeVisible();
    expect(screen.queryByRole('link', { name: /customer-portal for/ })).not.toBeInTheDocument();

    const expand = screen.getByRole('button', { name: 'customer-portal 3 tenants' });
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');

    expect(cell(demo.tenantHealthy.liveCell)).toBeVisible();
    expect(cell(demo.tenantWaiting.liveCell)).toBeVisible();
    expect(cell(demo.tenantDegraded.liveCell)).toHaveAttribute(
      'href',
      paths.applicationLiveStatus(demo.tenantDegraded),
    );
    expect(
      within(grid()).getByRole('rowheader', { name: 'customer-portal for Globex' }),
    ).toBeVisible();

    await user.click(liveSwitch());
    expect(cell('customer-portal in Production: Executing (3 tenants)')).toBeVisible();
    expect(cell(demo.tenantWaiting.deploymentCell)).toBeVisible();

    await user.click(expand);
    expect(screen.queryByRole('link', { name: /customer-portal for/ })).not.toBeInTheDocument();
  });

  it('counts cells per status, and filters by status, name and group, in the URL', async () => {
    const user = userEvent.setup();
    startServer();
    const { router } = await openDashboard('/?world=demo');
    const search = () => new URLSearchParams(router.state.location.search);

    const strip = screen.getByRole('region', { name: 'Cells by live status' });
    expect(screen.getByText('12 projects, 49 cells')).toBeInTheDocument();
    const degraded = within(strip).getByRole('button', { name: 'Degraded 2' });
    await user.click(degraded);

    expect(degraded).toHaveAttribute('aria-pressed', 'true');
    expect(search().get('status')).toBe('Degraded');
    expect(search().get('world')).toBe('demo');
    // carts, and customer-portal opened at the tenant that matches.
    expect(rowHeaders()).toEqual([
      'carts',
      'customer-portal 3 tenants',
      'customer-portal for Globex',
    ]);
    await user.click(degraded);
    expect(search().has('status')).toBe(false);

    await user.type(screen.getByRole('searchbox', { name: 'Filter by project name' }), 'CART');
    await waitFor(() => expect(rowHeaders()).toEqual(['carts']));
    expect(search().get('project')).toBe('CART');
    expect(screen.getByText('1 of 12 projects')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search().has('project')).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Filter by project name' })).toHaveValue('');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Project group' }), 'Demos');
    expect(search().get('group')).toBe('ProjectGroups-2');
    expect(
      within(grid())
        .getAllByRole('rowgroup', { name: /./ })
        .map((g) => g.textContent),
    ).toEqual([expect.stringContaining('Demos')]);

    await user.type(screen.getByRole('searchbox', { name: 'Filter by project name' }), 'carts');
    expect(
      await screen.findByRole('heading', { name: 'No projects match these filters' }),
    ).toBeVisible();
  });

  it('opens with the filters of a shared link', async () => {
    startServer();
    renderApp('/?live=0&status=Failed');
    await findCell(demo.failed.liveCell);

    expect(liveSwitch()).toHaveAttribute('aria-checked', 'false');
    expect(
      within(screen.getByRole('region', { name: 'Cells by deployment state' })).getByRole(
        'button',
        { name: 'Failed 1' },
      ),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(rowHeaders()).toEqual(['user']);
  });

  it('keeps polling, and the running deployment turns Healthy without a reload', async () => {
    const simulated = startServer();
    const { queryClient } = await openDashboard();
    const carts = cell(demo.degraded.liveCell);
    expect(cell(demo.executing.liveCell)).toBeVisible();

    simulated.advanceSeconds(90);
    await act(() => queryClient.refetchQueries());

    expect(await findCell(`${demo.executing.cell}: Healthy`)).toBeVisible();
    // The cells that did not change are the same elements as before.
    expect(cell(demo.degraded.liveCell)).toBe(carts);
  });

  it('opens the application when a live cell is clicked', async () => {
    const user = userEvent.setup();
    startServer();
    const { router } = await openDashboard();

    await user.click(cell(demo.degraded.liveCell));

    expect(router.state.location.pathname).toBe(paths.applicationLiveStatus(demo.degraded));
    expect(await screen.findByRole('heading', { level: 1, name: /carts/ })).toBeVisible();
  });

  it('opens the deployment when a cell is clicked in deployment mode', async () => {
    const user = userEvent.setup();
    startServer();
    const { router } = await openDashboard('/?live=0');

    await user.click(cell(demo.failed.liveCell));

    expect(router.state.location.pathname).toBe(paths.deployment(demo.failed.deploymentId));
  });

  it('shows a skeleton while loading', () => {
    startServer();
    renderApp('/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dashboard');
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  it("shows the server's message when the dashboard fails, and retries", async () => {
    const user = userEvent.setup();
    const { server } = startServer({ scenario: 'dashboard-server-error' });
    renderApp('/');

    const panel = await screen.findByRole('region', { name: 'The dashboard could not be loaded' });
    expect(panel).toHaveTextContent('HTTP 500');
    expect(panel).toHaveTextContent('The database connection pool is exhausted.');
    let retried = false;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/dashboard')) retried = true;
    });
    await user.click(within(panel).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(retried).toBe(true));
  });

  it('says the key may not view the space (the forbidden scenario), naming the permission', async () => {
    startServer({ scenario: 'forbidden' });
    renderApp('/');

    const panel = await screen.findByRole('region', { name: 'Not allowed to view this space' });
    expect(panel).toHaveTextContent('HTTP 403');
    expect(panel).toHaveTextContent('The API key Periscope uses cannot view the space Spaces-1.');
    expect(panel).toHaveTextContent(
      "Ask your Octopus administrator to grant the key's user, or a team it is in, the ProjectView permission.",
    );
    expect(within(panel).getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('says what was wrong with a dashboard that is not what Periscope expects', async () => {
    startServer({ scenario: 'dashboard-invalid-body' });
    renderApp('/');

    const panel = await screen.findByRole('region', { name: 'The dashboard could not be loaded' });
    expect(panel).toHaveTextContent(/QueueTime/);
  });

  it('keeps the last good dashboard on screen, marked stale, when a refresh fails', async () => {
    const user = userEvent.setup();
    const { server } = startServer();
    const { queryClient } = await openDashboard();

    server.use(
      http.get('*/api/:spaceId/dashboard', () =>
        HttpResponse.json({ ErrorMessage: 'The server is restarting.' }, { status: 503 }),
      ),
    );
    await act(() => queryClient.refetchQueries());

    const notice = await screen.findByText(/the latest refresh failed/);
    expect(notice).toHaveTextContent(/Showing the dashboard as of 21 Nov 2026/);
    expect(notice).toHaveTextContent('The server is restarting.');
    expect(cell(demo.degraded.liveCell)).toBeVisible();

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.queryByText(/the latest refresh failed/)).not.toBeInTheDocument(),
    );
  });

  it('says so when live status cannot be loaded, and still shows deployments', async () => {
    const user = userEvent.setup();
    const { server } = startServer();
    server.use(
      http.get('*/api/:spaceId/livestatus/summaries', () =>
        HttpResponse.json({ ErrorMessage: 'The monitor is down.' }, { status: 500 }),
      ),
    );
    renderApp('/');

    const notice = await screen.findByText(/Live status could not be loaded/);
    expect(notice).toHaveTextContent('The monitor is down.');
    expect(await findCell(`${demo.degraded.cell}: Unknown`)).toBeVisible();
    // Precedence needs no live status.
    expect(cell(demo.failed.liveCell)).toBeVisible();

    await user.click(liveSwitch());
    expect(cell(demo.degraded.deploymentCell)).toBeVisible();
    expect(screen.queryByText(/Live status could not be loaded/)).not.toBeInTheDocument();
  });

  it('says so when the space is empty', async () => {
    startServer({ scenario: 'empty-space' });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { name: 'This space has nothing to show yet' }),
    ).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a status it does not know as Unknown, with a notice', async () => {
    startServer({ scenario: 'unknown-status' });
    await openDashboard();

    expect(await screen.findByText(/this version of Periscope does not know/)).toHaveTextContent(
      'Hibernating (ApplicationStatus)',
    );
    expect(cell('front-end in Development: Unknown')).toBeVisible();
  });

  it('falls back to one call per cell on a server without the summaries extension', async () => {
    startServer({ scenario: 'no-summaries-extension' });
    await openDashboard();

    expect(await findCell(demo.degraded.liveCell)).toBeVisible();
    expect(cell(demo.stale.liveCell)).toBeVisible();
  });
});

describe(
  'the space dashboard on a server without the summaries extension',
  { timeout: 20_000 },
  () => {
    /** Counts requests by kind: the summaries extension, and per-cell summaries. */
    function countRequests(server: ReturnType<typeof startServer>['server']) {
      const counts = { extension: 0, cells: 0 };
      server.events.on('request:start', ({ request }) => {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/livestatus/summaries')) counts.extension++;
        else if (url.searchParams.get('summaryOnly') === 'true') counts.cells++;
      });
      return counts;
    }

    it('reads cell by cell, says how far it has got, and never asks for the extension again', async () => {
      const { server } = startServer({ scenario: 'no-summaries-extension' });
      const counts = countRequests(server);
      const { queryClient } = await openDashboard();

      expect(await findCell(demo.degraded.liveCell)).toBeVisible();
      const progress = await screen.findByText(/^Live status for all \d+ cells$/);
      expect(progress).toHaveAttribute('role', 'status');
      const total = Number(/for all (\d+) cells/.exec(progress.textContent)?.[1]);
      expect(counts.cells).toBe(total);

      await act(() => queryClient.refetchQueries());
      await act(() => queryClient.refetchQueries());
      expect(counts.extension).toBe(1);
    });

    it('says so in a cell whose live status could not be read', async () => {
      const user = userEvent.setup();
      const { server } = startServer({ scenario: 'no-summaries-extension' });
      server.use(
        http.get(
          `*/api/:spaceId/projects/${demo.degraded.projectId}/environments/${demo.degraded.environmentId}/untenanted/livestatus`,
          () => HttpResponse.json({ ErrorMessage: 'The monitor is restarting.' }, { status: 503 }),
        ),
      );
      await openDashboard();

      const failed = await findCell(`${demo.degraded.cell}: Could not read`);
      expect(failed).toHaveTextContent('Could not read');
      expect(await screen.findByText(/; 1 could not be read$/)).toHaveAttribute('role', 'status');
      await user.hover(failed);
      expect(await screen.findByRole('tooltip')).toHaveTextContent(
        'Live status could not be read: The server is unavailable right now (503): The monitor is restarting.',
      );
      const strip = screen.getByRole('region', { name: 'Cells by live status' });
      expect(within(strip).getByRole('button', { name: /^Could not read 1/ })).toBeVisible();
    });

    it('asks nothing while the tab is hidden, and reads the cells once it shows', async () => {
      let state: DocumentVisibilityState = 'hidden';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      try {
        const { server } = startServer({ scenario: 'no-summaries-extension' });
        const counts = countRequests(server);
        renderApp('/');
        await findCell(new RegExp(`^${demo.degraded.cell}: Loading live status`));
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(counts.extension).toBe(1);
        expect(counts.cells).toBe(0);

        state = 'visible';
        act(() => {
          document.dispatchEvent(new Event('visibilitychange'));
        });
        expect(await findCell(demo.degraded.liveCell)).toBeVisible();
        expect(counts.cells).toBeGreaterThan(0);
      } finally {
        Reflect.deleteProperty(document, 'visibilityState');
      }
    });

    it('asks nothing while the dashboard shows deployments', async () => {
      localStorage.setItem(LIVE_STATUS_STORAGE_KEY, 'off');
      try {
        const { server } = startServer({ scenario: 'no-summaries-extension' });
        const counts = countRequests(server);
        renderApp('/');
        await findCell(demo.degraded.deploymentCell);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(counts.cells).toBe(0);

        await userEvent.setup().click(liveSwitch());
        expect(await findCell(demo.degraded.liveCell)).toBeVisible();
      } finally {
        localStorage.removeItem(LIVE_STATUS_STORAGE_KEY);
      }
    });
  },
);
