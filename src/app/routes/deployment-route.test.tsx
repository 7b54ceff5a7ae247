import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { absentIds, createTestServer, TEST_EPOCH } from '../../../mocks/server/node';
import { dashboardSchema } from '../../api/contract';
import { paths } from '../../config/paths';
import { createQueryClient } from '../../lib/query-client';
import { definitionOf } from '../../test/definition-of';
import { routes } from '../router';

type Simulated = ReturnType<typeof createTestServer>;
let simulated: Simulated;
/** Paths of the API requests made so far, in order. */
let requests: string[];

beforeEach(() => {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  // The page's clock starts where the simulated server's does.
  vi.setSystemTime(TEST_EPOCH);
  simulated = createTestServer();
  requests = [];
  simulated.server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url).pathname);
  });
  simulated.server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  simulated.server.close();
  vi.useRealTimers();
});

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value');
  return value;
}

/** A real Octopus server's 403: its ErrorMessage names the missing permission. */
function forbidden(permission: string) {
  const message = `You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ${permission}`;
  return HttpResponse.json({ ErrorMessage: message, Errors: [message] }, { status: 403 });
}

/** The demo world's latest deployment of a project to an environment, by names. */
function deploymentOf(project: string, environment: string) {
  const dashboard = simulated.simulation.dashboard();
  if (!dashboard.ok) throw new Error('The simulated dashboard did not answer');
  const { Projects, Environments, Items } = dashboardSchema.parse(dashboard.body);
  const projectId = Projects.find((each) => each.Name === project)?.Id;
  const environmentId = Environments.find((each) => each.Name === environment)?.Id;
  const item = Items.find(
    (each) => each.ProjectId === projectId && each.EnvironmentId === environmentId,
  );
  if (!item) throw new Error(`No deployment of ${project} to ${environment}`);
  return item.DeploymentId;
}

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  // The app's retry policy, without its backoff's waits.
  const defaults = queryClient.getDefaultOptions().queries;
  queryClient.setDefaultOptions({ queries: { ...defaults, retryDelay: 0 } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router };
}

/** The task state badge next to the page's title. */
async function taskState() {
  const title = await screen.findByRole('heading', { level: 1 });
  return within(present(title.parentElement)).getByRole('button');
}

const objectStatusRequests = () =>
  requests.filter((path) => path.endsWith('/kubernetes-object-status')).length;

/** Moves the page's timers (polling) on, letting requests and renders settle in between. */
async function wait(milliseconds: number) {
  await vi.advanceTimersByTimeAsync(milliseconds);
}

describe('the deployment page', () => {
  it('shows who, what, where and when, with the task state', async () => {
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'front-end 0.3.11 to Production' }),
    ).toBeVisible();
    expect(definitionOf('Environment')).toHaveTextContent('Production');
    expect(definitionOf('Release')).toHaveTextContent('0.3.11');
    expect(definitionOf('Queued')).toHaveTextContent(/2026/);
    expect(definitionOf('Completed')).toHaveTextContent('Not yet');
    expect(definitionOf('Duration')).toHaveTextContent(/\d+s$/);
    await waitFor(async () => expect(await taskState()).toHaveTextContent('Executing'));
    expect(document.title).toBe('front-end 0.3.11 to Production · Deployment · Periscope');
  });

  it('keeps the tab in the URL, replacing the history entry', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { router } = renderAt(
      `/deployments/${deploymentOf('front-end', 'Production')}?world=demo`,
    );

    const log = await screen.findByRole('tab', { name: 'Task log', selected: true });
    expect(
      await screen.findByRole('button', { name: 'Step 1: Deploy front-end config' }),
    ).toBeVisible();
    await user.click(await screen.findByRole('tab', { name: 'Kubernetes' }));

    expect(router.state.location.search).toBe('?world=demo&tab=kubernetes');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByRole('tab', { name: 'Kubernetes' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByRole('region', { name: 'Deploy front-end' })).toBeVisible();

    await user.click(log);
    expect(router.state.location.search).toBe('?world=demo');
  });

  it('shows the task log tree, with expand and collapse', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}`);

    const step = await screen.findByRole('button', { name: 'Step 1: Deploy front-end config' });
    expect(step).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('configmap/front-end-config serverside-applied')).toBeVisible();
    await user.click(step);
    expect(step).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('configmap/front-end-config serverside-applied')).toBeNull();

    // New lines arrive while the task runs.
    const smokeTest = /^kubectl apply -f \/octopus\/work\/front-end-smoke-test\//;
    expect(screen.queryByText(smokeTest)).toBeNull();
    simulated.advanceSeconds(60);
    await wait(2_000);
    expect(await screen.findByText(smokeTest)).toBeVisible();
  });
});

describe('the Kubernetes tab', () => {
  it('polls while a step is live, updates rows in place, and stops once all are snapshots', async () => {
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}?tab=kubernetes`);

    const table = await screen.findByRole('treegrid', { name: 'Deploy front-end' });
    const deploymentRow = present(within(table).getAllByRole('row')[1]);
    expect(within(deploymentRow).getByText('In progress')).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'Deploy front-end' })).getByText('Live'),
    ).toBeVisible();

    // Live: asked again about every 2 s.
    const before = objectStatusRequests();
    await wait(2_100);
    await waitFor(() => expect(objectStatusRequests()).toBe(before + 1));
    await wait(2_000);
    await waitFor(() => expect(objectStatusRequests()).toBe(before + 2));

    // Every step ends its stabilization period: all Success, each a snapshot.
    simulated.advanceSeconds(120);
    await wait(2_000);
    await waitFor(() => expect(screen.getAllByText(/^Snapshot taken at/)).toHaveLength(3));
    for (const each of screen.getAllByRole('treegrid')) {
      expect(within(each).queryByText('In progress')).toBeNull();
    }
    expect(screen.queryByText('Live')).toBeNull();
    expect(within(deploymentRow).getByText('Success')).toBeVisible();
    expect(within(table).getAllByRole('row')[1]).toBe(deploymentRow);
    await waitFor(async () => expect(await taskState()).toHaveTextContent('Success'));

    // Nothing live, task complete: no more object status requests, however long we wait.
    const settled = objectStatusRequests();
    await wait(30_000);
    expect(objectStatusRequests()).toBe(settled);
  });

  it('shows the failed user deployment: an Error Pod and a Deployment that timed out', async () => {
    renderAt(`/deployments/${deploymentOf('user', 'Production')}?tab=kubernetes`);

    const region = await screen.findByRole('region', { name: 'Deploy user' });
    const table = within(region).getByRole('treegrid', { name: 'Deploy user' });
    const deployment = present(within(table).getAllByRole('row')[1]);
    expect(within(deployment).getAllByRole('gridcell')[0]).toHaveTextContent('user');
    expect(within(deployment).getByText('Timed out while in progress')).toBeVisible();
    const pod = within(table).getByRole('row', { name: /ImagePullBackOff/ });
    expect(within(pod).getByText('Error')).toBeVisible();
    expect(within(region).getByText(/^Snapshot taken at/)).toBeVisible();
    // The step itself failed.
    expect(within(region).getByRole('button', { name: 'Error' })).toBeVisible();
  });

  it('opens the object drawer through the URL, and closes it back to the link', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const { router } = renderAt(
      `/deployments/${deploymentOf('user', 'Production')}?tab=kubernetes`,
    );

    const table = await screen.findByRole('treegrid', { name: 'Deploy user' });
    const link = present(within(table).getAllByRole('link', { name: 'user' })[0]);
    await user.click(link);

    const dialog = await screen.findByRole('dialog', { name: 'Deployment user' });
    expect(router.state.location.search).toMatch(/^\?tab=kubernetes&object=user-deploy%3A[\w-]+$/);
    expect(within(dialog).getByText('Deploy user')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.search).toBe('?tab=kubernetes');
    expect(link).toHaveFocus();
  });

  it('is not offered for a deployment without Kubernetes steps', async () => {
    renderAt(`/deployments/${deploymentOf('legacy-billing', 'Production')}?tab=kubernetes`);

    await waitFor(async () => expect(await taskState()).toHaveTextContent('Success'));
    await waitFor(() => expect(screen.getAllByRole('tab')).toHaveLength(1));
    expect(screen.getByRole('tab', { name: 'Task log', selected: true })).toBeVisible();
    expect(await screen.findByRole('button', { name: /Step 1: Stop IIS app pool/ })).toBeVisible();
  });
});

describe('when the deployment cannot be shown', () => {
  it('says a deployment that does not exist was not found', async () => {
    renderAt(paths.deployment(absentIds.deploymentId));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deployment not found' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        `This deployment (${absentIds.deploymentId}) no longer exists on the server: retention policies delete old deployments with their releases. The link may also be wrong.`,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(`Deployment ${absentIds.deploymentId} was not found`, { exact: false }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Deployment not found · Periscope');
  });

  it('says the key may not view the deployment (403), with the server’s words', async () => {
    simulated.server.use(
      http.get('*/api/:spaceId/deployments/:deploymentId', () => forbidden('DeploymentView')),
    );
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}`);

    const name = 'Not allowed to view this deployment';
    await screen.findByRole('heading', { level: 1, name });
    const panel = screen.getByRole('region', { name });
    expect(within(panel).getByText('HTTP 403')).toBeVisible();
    expect(
      within(panel).getByText(
        /^The API key Periscope uses cannot view the deployment Deployments-\d+\.$/,
      ),
    ).toBeVisible();
    expect(within(panel).getByText(/Missing permission: DeploymentView/)).toBeVisible();
    expect(within(panel).getByText(/the DeploymentView permission\.$/)).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(within(panel).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says the deployment’s task is not found (404) in the header and the task log', async () => {
    const id = deploymentOf('front-end', 'Production');
    const notFound = () =>
      HttpResponse.json(
        { ErrorMessage: 'The resource you requested was not found.', Errors: [] },
        { status: 404 },
      );
    simulated.server.use(
      http.get('*/api/:spaceId/tasks/:taskId', notFound),
      http.get('*/api/:spaceId/tasks/:taskId/details', notFound),
    );
    renderAt(`/deployments/${id}`);

    const name = 'Task not found';
    await screen.findByRole('heading', { level: 2, name });
    const panel = screen.getByRole('region', { name });
    expect(
      within(panel).getByText(/^This task \(ServerTasks-\d+\) no longer exists/),
    ).toBeVisible();
    expect(within(panel).getByText('The resource you requested was not found.')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Go to dashboard' })).toBeVisible();
    // The notice above the tabs says the same of the task itself.
    expect(await screen.findByText('Task not found.')).toBeVisible();
  });

  it('says the key may not view the task log (403)', async () => {
    simulated.server.use(
      http.get('*/api/:spaceId/tasks/:taskId/details', () => forbidden('TaskView')),
    );
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}`);

    const name = 'Not allowed to view this task';
    await screen.findByRole('heading', { level: 2, name });
    expect(
      within(screen.getByRole('region', { name })).getByText(/the TaskView permission\.$/),
    ).toBeVisible();
  });

  it("shows the server's message and retries", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    let failing = true;
    let asked = 0;
    simulated.server.use(
      http.get('*/api/:spaceId/deployments/:deploymentId', () => {
        if (!failing) return undefined;
        asked++;
        return HttpResponse.json(
          { ErrorMessage: 'The database is being upgraded.', Errors: [] },
          { status: 503 },
        );
      }),
    );
    renderAt(`/deployments/${deploymentOf('front-end', 'Production')}`);

    const name = 'The deployment could not be loaded';
    await screen.findByRole('heading', { level: 1, name });
    const panel = screen.getByRole('region', { name });
    expect(within(panel).getByText(/The database is being upgraded\./)).toBeVisible();
    expect(within(panel).getByText('HTTP 503')).toBeVisible();
    // A gateway's 503 is asked three more times before the page gives up.
    expect(asked).toBe(4);

    failing = false;
    await user.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'front-end 0.3.11 to Production' }),
    ).toBeVisible();
  });
});
