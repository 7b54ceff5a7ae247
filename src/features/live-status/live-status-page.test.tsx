import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../api/contract';
import { definitionOf } from '../../test/definition-of';
import { paths } from '../../config/paths';
import { absentIds, demo } from '../../../mocks/server/node';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';

const startServer = setupSimulatedServer();
fakeLayoutSize();

const at = paths.applicationLiveStatus;

/** A real Octopus server's 403: its ErrorMessage names the missing permission. */
const forbidden = (permission: string) => {
  const message = `You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ${permission}`;
  return HttpResponse.json(
    {
      ErrorMessage: message,
      Errors: [
        message,
        'This action requires permission to view it. None of your teams have this permission.',
      ],
    },
    { status: 403 },
  );
};

async function objectsGrid() {
  return screen.findByRole('treegrid', { name: 'Objects' }, { timeout: 10_000 });
}

/** The page's heading; its code loads lazily, which the first time takes over a second. */
async function pageHeading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
}

/** The row whose text includes `text` (object names are unique enough in the demo world). */
function rowWith(grid: HTMLElement, text: string | RegExp): HTMLElement {
  const row = within(grid)
    .getAllByRole('row')
    .find((each) => within(each).queryByText(text) !== null);
  if (!row) throw new Error(`No row shows ${String(text)}`);
  return row;
}

// Whole-app renders in jsdom: slow on a busy machine, not stuck.
describe('the application live status page', { timeout: 20_000 }, () => {
  it('shows carts in Production as Degraded, with the crash-looping Pod under its ReplicaSet', async () => {
    startServer();
    renderApp(at(demo.degraded));

    expect(await pageHeading('carts in Production')).toBeVisible();
    expect(await screen.findByText('Degraded', { selector: 'p' })).toBeVisible();
    expect(
      screen.getByText('Your objects experienced errors after the deployment completed'),
    ).toBeVisible();

    const grid = await objectsGrid();
    const pod = rowWith(grid, /Back-off restarting failed container carts in pod/);
    expect(pod).toHaveAttribute('aria-level', '3');
    expect(within(pod).getByText('Pod')).toBeVisible();
    expect(within(pod).getByText('Degraded')).toBeVisible();
    // Its parent, the ReplicaSet, is open above it; the Deployment above that.
    const rows = within(grid).getAllByRole('row');
    const replicaSet = rows[rows.indexOf(pod) - 1];
    expect(replicaSet).toHaveAttribute('aria-level', '2');
    expect(replicaSet).toHaveAttribute('aria-expanded', 'true');
    expect(within(replicaSet ?? grid).getByText('ReplicaSet')).toBeVisible();
    const deployment = rowWith(grid, 'Deployment "carts" exceeded its progress deadline');
    expect(deployment).toHaveAttribute('aria-level', '1');
    expect(deployment).toHaveAttribute('aria-expanded', 'true');
    expect(within(deployment).getAllByRole('gridcell')[0]).toHaveTextContent(/^carts$/);
  });

  it('shows the deployment that produced the state, and how long ago the monitor reported', async () => {
    startServer();
    renderApp(at(demo.degraded));

    const link = await screen.findByRole('link', { name: /Release 0\.4\.6: Success/ });
    expect(link).toHaveAttribute('href', paths.deployment(demo.degraded.deploymentId));
    expect(screen.getByText(/^Updated \d+ s ago$/)).toBeVisible();
    expect(definitionOf('Health')).toHaveTextContent('Degraded');
    expect(definitionOf('Sync')).toHaveTextContent('In Sync');
  });

  it('shows the Missing orders Service, out of sync', async () => {
    startServer();
    renderApp(at(demo.missing));

    const grid = await objectsGrid();
    const service = within(grid)
      .getAllByRole('row')
      .find(
        (row) =>
          within(row).queryByText('Service') !== null &&
          within(row).queryByText('Missing') !== null,
      );
    expect(service).toBeDefined();
    expect(within(service ?? grid).getByText('orders')).toBeVisible();
    expect(within(service ?? grid).getByText('Out of Sync')).toBeVisible();
    expect(within(service ?? grid).getByText('Object is missing from the cluster')).toBeVisible();
    expect(screen.getAllByText('Missing', { selector: 'p' })[0]).toBeVisible();
  });

  it('shows the payment Deployment out of sync, with what differs', async () => {
    startServer();
    renderApp(at(demo.outOfSync));

    const grid = await objectsGrid();
    const deployment = rowWith(grid, 'spec.replicas: applied 2, live 3');
    expect(within(deployment).getByText('Deployment')).toBeVisible();
    expect(within(deployment).getByText('Out of Sync')).toBeVisible();
    expect(within(deployment).getByText('Healthy')).toBeVisible();
    expect(
      screen.getByText(/1 of 2 objects out of sync: Deployment payment/, { selector: 'span' }),
    ).toBeVisible();
  });

  it('groups the objects of an application on two targets under a row for each', async () => {
    startServer();
    renderApp(at(demo.twoTargets));

    expect(await pageHeading('queue-master in Production')).toBeVisible();
    const grid = await objectsGrid();
    // A target's name comes from its own endpoint: its id stands in until that answers.
    const targetRows = () =>
      within(grid)
        .getAllByRole('row')
        .filter((row) => within(row).queryByText('Deployment target') !== null);
    await waitFor(() => {
      expect(
        targetRows().map((row) => within(row).getAllByRole('gridcell')[0]?.textContent),
      ).toEqual(demo.twoTargets.targets.map((name) => expect.stringContaining(name) as unknown));
    });
    const counts = targetRows().map((row) => {
      expect(row).toHaveAttribute('aria-level', '1');
      expect(row).toHaveAttribute('aria-expanded', 'true');
      expect(within(row).getByText('Healthy')).toBeVisible();
      return Number(/(\d+) objects/.exec(row.textContent)?.[1]);
    });
    // The same objects on each target; the count above the table counts both.
    const [first, second] = counts;
    expect(first).toBeGreaterThan(10);
    expect(second).toBe(first);
    expect(
      screen.getByText(`${String((first ?? 0) + (second ?? 0))} objects`, { selector: 'p' }),
    ).toBeVisible();
    // Each target's Deployment sits under its target's row.
    const deployments = within(grid)
      .getAllByRole('row')
      .filter((row) => within(row).queryByText('Deployment', { exact: true }) !== null);
    expect(deployments.map((row) => row.getAttribute('aria-level'))).toEqual(['2', '2']);
  });

  it("shows a tenant's own objects, with a switcher between the project's tenants", async () => {
    startServer();
    renderApp(at(demo.tenantDegraded));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'customer-portal in Production for Globex',
      }),
    ).toBeVisible();
    const grid = await objectsGrid();
    expect(rowWith(grid, /_portal-globex-production/)).toBeVisible();

    const tenants = screen.getByRole('navigation', { name: 'Tenants' });
    const links = within(tenants).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Acme Corp', 'Globex', 'Initech']);
    expect(within(tenants).getByRole('link', { name: 'Globex' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tenants).getByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
      'href',
      at(demo.tenantHealthy),
    );
  });

  it('says an unknown project is not found, with the server message and a way back', async () => {
    startServer();
    renderApp(at({ ...demo.degraded, projectId: absentIds.projectId }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Project not found' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        `The server has no project ${absentIds.projectId}. It may have been deleted, or the link is wrong.`,
      ),
    ).toBeVisible();
    expect(screen.getByText(`Project ${absentIds.projectId} was not found.`)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Project not found · Periscope');
  });

  it('says an unknown environment is not found, not the project', async () => {
    startServer();
    renderApp(at({ ...demo.degraded, environmentId: absentIds.environmentId }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Environment not found' }),
    ).toBeVisible();
    expect(
      screen.getByText(`The server has no environment ${absentIds.environmentId}.`, {
        exact: false,
      }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Project not found' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
  });

  it('says an unknown tenant is not found', async () => {
    startServer();
    renderApp(at({ ...demo.tenantDegraded, tenantId: absentIds.tenantId }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tenant not found' }),
    ).toBeVisible();
    expect(
      screen.getByText(`The server has no tenant ${absentIds.tenantId}.`, { exact: false }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
  });

  it('says the key may not view the project (403), naming the missing permission', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.project}`, () => forbidden('ProjectView')),
      http.get(`*${apiPaths.untenantedLiveStatus}`, () => forbidden('ProjectView')),
    );
    renderApp(at(demo.degraded));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not allowed to view this project' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        `The API key Periscope uses cannot view the project ${demo.degraded.projectId}.`,
      ),
    ).toBeVisible();
    expect(screen.getByText(/Missing permission: ProjectView/)).toBeVisible();
    expect(
      screen.getByText(
        "Ask your Octopus administrator to grant the key's user, or a team it is in, the ProjectView permission.",
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
  });

  it('says the key may not view the environment (403), with the project allowed', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.environment}`, () => forbidden('EnvironmentView')),
      http.get(`*${apiPaths.untenantedLiveStatus}`, () => forbidden('EnvironmentView')),
    );
    renderApp(at(demo.degraded));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Not allowed to view this environment',
      }),
    ).toBeVisible();
    expect(screen.getByText(/the EnvironmentView permission\.$/)).toBeVisible();
  });

  it('says the key may not view the live status itself (403) by the application’s name', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, () => forbidden('DeploymentView')),
    );
    renderApp(at(demo.degraded));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Not allowed to view this application',
      }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'The API key Periscope uses cannot view the live status of carts in Production.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('offers the tenants of a tenanted project opened without one', async () => {
    startServer();
    renderApp(at({ ...demo.tenantDegraded, tenantId: null }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Application not found' }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Initech' })).toHaveAttribute(
      'href',
      at(demo.tenantWaiting),
    );
  });
});
