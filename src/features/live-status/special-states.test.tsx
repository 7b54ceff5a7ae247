import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../api/contract';
import { paths } from '../../config/paths';
import { demo } from '../../../mocks/server/node';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';

const startServer = setupSimulatedServer();
fakeLayoutSize();

const at = paths.applicationLiveStatus;

/** The special state's panel: a region named by its heading. */
const panel = (name: string) => screen.findByRole('region', { name });

const failingLiveStatus = http.get(`*${apiPaths.untenantedLiveStatus}`, () =>
  HttpResponse.json(
    { ErrorMessage: 'The monitor database is unavailable.', Errors: [] },
    { status: 500 },
  ),
);

// Whole-app renders in jsdom: slow on a busy machine, not stuck.
describe('special states of an application', { timeout: 20_000 }, () => {
  it('Waiting: a deployment is running, with a link to it; Healthy once it completes', async () => {
    const simulated = startServer();
    const { queryClient } = renderApp(at(demo.executing));

    const waiting = await panel('A deployment is running');
    expect(within(waiting).getByText(/available once the deployment completes/)).toBeVisible();
    expect(
      await within(waiting).findByRole('link', { name: 'View the running deployment' }),
    ).toHaveAttribute('href', paths.deployment(demo.executing.deploymentId));
    // The objects rolling out are shown below the panel.
    expect(await screen.findByRole('treegrid', { name: 'Objects' })).toBeVisible();

    simulated.advanceSeconds(120);
    await queryClient.refetchQueries();
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'A deployment is running' })).toBeNull();
    });
    expect(screen.getByText('Healthy', { selector: 'p' })).toBeVisible();
  });

  it('Unavailable: the last deployment failed, with a link to it', async () => {
    startServer();
    renderApp(at(demo.failed));

    const unavailable = await panel('The last deployment failed');
    expect(
      within(unavailable).getByText(`release ${demo.failed.release}`, { exact: false }),
    ).toBeVisible();
    expect(
      await within(unavailable).findByRole('link', { name: 'View the failed deployment' }),
    ).toHaveAttribute('href', paths.deployment(demo.failed.deploymentId));
    expect(screen.getByText('Unavailable', { selector: 'p' })).toBeVisible();
  });

  it('NotSupported: explains why there is no live status, and shows no table', async () => {
    startServer();
    renderApp(at(demo.notSupported));

    const notSupported = await panel('Live status is not available for this project');
    expect(within(notSupported).getByText('no Kubernetes steps')).toBeVisible();
    expect(within(notSupported).getByText('no Kubernetes monitor')).toBeVisible();
    expect(screen.queryByRole('treegrid')).toBeNull();
    expect(screen.queryByRole('complementary', { name: /does not show/ })).toBeNull();
  });

  it('Unknown: says what the monitor reported and what to check', async () => {
    startServer();
    renderApp(at(demo.unknown));

    const unknown = await panel('Live status cannot be updated');
    // The target's name arrives from its own endpoint.
    expect(await within(unknown).findByText(/the target prod-eu-west/)).toBeVisible();
    expect(within(unknown).getByText(/cannot reach the cluster/)).toBeVisible();
    expect(within(unknown).getByText('What to check')).toBeVisible();
    expect(within(unknown).getByText('Connectivity')).toBeVisible();
    expect(within(unknown).getByText('kubernetesMonitor.enabled=true')).toBeVisible();
  });

  it('Stale: nothing received for over 10 minutes, the last known objects kept', async () => {
    startServer();
    renderApp(at(demo.stale));

    const stale = await panel('Live status has stopped updating');
    expect(await within(stale).findByText(/the target staging-edge/)).toBeVisible();
    expect(within(stale).getByText(/14 minutes ago/)).toBeVisible();
    expect(screen.getByText(/^Updated 14 min ago$/)).toBeVisible();
    expect(await screen.findByRole('treegrid', { name: 'Objects' })).toBeVisible();
  });

  it('a failed first load shows the server message and recovers on Retry', async () => {
    const simulated = startServer();
    simulated.server.use(failingLiveStatus);
    renderApp(at(demo.degraded));

    expect(
      await screen.findByRole('heading', { name: 'Live status could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByText(/The monitor database is unavailable\./)).toBeVisible();

    simulated.server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('treegrid', { name: 'Objects' })).toBeVisible();
  });

  it('a failed poll keeps the last good data on screen, marked stale, with Retry', async () => {
    const simulated = startServer();
    const { queryClient } = renderApp(at(demo.degraded));
    const grid = await screen.findByRole('treegrid', { name: 'Objects' });

    simulated.server.use(failingLiveStatus);
    await queryClient.refetchQueries();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/it may be stale/);
    expect(alert).toHaveTextContent('The monitor database is unavailable.');
    expect(grid).toBeInTheDocument();
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(3);
    expect(screen.getByRole('button', { name: 'Stale' })).toBeVisible();

    simulated.server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
