import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, Link, RouterProvider, useSearchParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../../mocks/server/node';
import {
  apiPaths,
  applicationLiveStatusSchema,
  dashboardSchema,
  resourceManifestSchema,
  taskObjectStatusSchema,
  type LiveResource,
  type StepObject,
} from '../../api/contract';
import { TooltipProvider } from '../../components/tooltip/tooltip-provider';
import { loadMonaco } from '../../components/yaml-viewer/monaco-loader';
import { withoutObjectDrawerParams } from '../../config/object-drawer-params';
import {
  formatObjectRef,
  OBJECT_SEARCH_PARAM,
  parseObjectRef,
} from '../../config/object-search-param';
import { buildObjectTree } from '../../lib/object-tree';
import { definitionOf } from '../../test/definition-of';
import { clickBackdrop, requestClose } from '../../test/dialog';
import { ObjectDrawer, type ObjectDrawerTarget } from './object-drawer';

// Monaco cannot run in jsdom: the app's own loader gives a double whose editors are textareas.
vi.mock('../../components/yaml-viewer/monaco-loader', async () => {
  const { createFakeMonacoAdapter } =
    await import('../../components/yaml-viewer/testing/fake-monaco-adapter');
  const adapter = createFakeMonacoAdapter();
  return { loadMonaco: vi.fn(() => Promise.resolve(adapter)) };
});

// A session takes a poll interval (1 s) to complete: wait for it longer than the default 1 s.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

const SPACE = 'Spaces-1';
const PRODUCTION = 'Environments-4';
const projects = { frontEnd: 'Projects-1', carts: 'Projects-2', payment: 'Projects-5' };

let simulated = createTestServer();
beforeEach(() => {
  vi.mocked(loadMonaco).mockClear();
});
afterEach(() => {
  simulated.server.close();
  vi.restoreAllMocks();
});

function serve(scenario?: string) {
  simulated = createTestServer({ scenario });
  simulated.server.listen({ onUnhandledRequest: 'error' });
  return simulated;
}

/** The live status of a project in Production, as the client reads it. */
function liveStatusOf(projectId: string) {
  const live = simulated.simulation.applicationLiveStatus(
    { projectId, environmentId: PRODUCTION, tenantId: null },
    false,
  );
  if (!live.ok) throw new Error(`No ${projectId} in Production`);
  return applicationLiveStatusSchema.parse(live.body);
}

/** Every object of a project in Production, depth first, as the live status page lists them. */
function objectsOf(projectId: string) {
  return buildObjectTree(liveStatusOf(projectId)).objects.flatMap(({ resource, ref }) =>
    ref ? [{ resource, ref: formatObjectRef(ref) }] : [],
  );
}

function refOf(
  projectId: string,
  kind: string,
  match: (resource: LiveResource) => boolean = () => true,
) {
  const found = objectsOf(projectId).find(
    ({ resource }) => resource.Kind === kind && match(resource),
  );
  if (!found) throw new Error(`No ${kind} in ${projectId}`);
  return found;
}

/** A page that lists links to objects and shows the drawer the URL names, like the real ones. */
function Page({ projectId, links }: { projectId: string; links: Record<string, string> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const ref = parseObjectRef(searchParams.get(OBJECT_SEARCH_PARAM));
  return (
    <>
      <ul>
        {Object.entries(links).map(([name, value]) => (
          <li key={name}>
            <Link to={`?${OBJECT_SEARCH_PARAM}=${encodeURIComponent(value)}`}>{name}</Link>
          </li>
        ))}
      </ul>
      {ref && (
        <ObjectDrawer
          target={{
            kind: 'live',
            spaceId: SPACE,
            projectId,
            environmentId: PRODUCTION,
            tenantId: null,
            ...ref,
          }}
          onClose={() =>
            setSearchParams(
              (previous) => {
                const next = withoutObjectDrawerParams(previous);
                next.delete(OBJECT_SEARCH_PARAM);
                return next;
              },
              { replace: true },
            )
          }
        />
      )}
    </>
  );
}

function renderPage(projectId: string, links: Record<string, string>, search = '') {
  const router = createMemoryRouter(
    [{ path: '/', element: <Page projectId={projectId} links={links} /> }],
    { initialEntries: [`/${search}`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>,
  );
  const params = () => new URLSearchParams(router.state.location.search);
  return { router, params, queryClient };
}

const openSearch = (ref: string, extra = '') =>
  `?${OBJECT_SEARCH_PARAM}=${encodeURIComponent(ref)}${extra}`;

describe('the object drawer: focus and closing', () => {
  // The browser's part of a modal dialog (the page behind inert, focus kept inside, Escape as a
  // close request) is checked by the Playwright journeys.
  it('is a modal dialog named after the object; focus moves in, Escape closes it and focus returns', async () => {
    serve();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    const { params } = renderPage(projects.carts, { 'open carts': carts.ref });

    const opener = screen.getByRole('link', { name: 'open carts' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    expect(showModal.mock.contexts).toEqual([dialog]);
    expect(dialog).toHaveFocus();
    expect(within(dialog).getAllByText('sock-shop-production').length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText('Degraded').length).toBeGreaterThan(0);

    requestClose(dialog);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(params().has(OBJECT_SEARCH_PARAM)).toBe(false);
    expect(opener).toHaveFocus();
  });

  it('closes on the close button and on a click outside the panel, not on a click inside', async () => {
    serve();
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    const { router } = renderPage(projects.carts, {}, openSearch(carts.ref));
    let dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });

    await user.click(within(dialog).getByRole('heading', { name: 'Deployment carts' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await act(() => router.navigate(openSearch(carts.ref)));
    dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    await clickBackdrop(user, dialog);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opened by the URL (a reload), returns focus on close to the link that opens it', async () => {
    serve();
    const carts = refOf(projects.carts, 'Deployment');
    renderPage(projects.carts, { 'open carts': carts.ref }, openSearch(carts.ref));
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });

    requestClose(dialog);
    expect(screen.getByRole('link', { name: 'open carts' })).toHaveFocus();
  });
});

describe('the object drawer: tabs in the URL', () => {
  it('opens the tab the URL names, and writes the tab with replace navigation', async () => {
    serve();
    const user = userEvent.setup();
    const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
    const { router, params } = renderPage(
      projects.carts,
      {},
      openSearch(pod.ref, '&objectTab=events'),
    );

    const dialog = await screen.findByRole('dialog', { name: `Pod ${pod.resource.Name}` });
    const tabs = within(dialog).getByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Summary', 'Events', 'Logs', 'Manifest']);
    expect(within(tabs).getByRole('tab', { name: 'Events' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await user.click(within(tabs).getByRole('tab', { name: 'Logs' }));
    expect(params().get('objectTab')).toBe('logs');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(within(dialog).getByRole('tabpanel', { name: 'Logs' })).toBeInTheDocument();

    await user.click(within(tabs).getByRole('tab', { name: 'Summary' }));
    expect(params().has('objectTab')).toBe(false);
    expect(params().get(OBJECT_SEARCH_PARAM)).toBe(pod.ref);
  });

  it('offers Logs only for Pods and what owns Pods, and falls back to Summary', async () => {
    serve();
    const service = refOf(projects.carts, 'Service');
    renderPage(projects.carts, {}, openSearch(service.ref, '&objectTab=logs'));
    const dialog = await screen.findByRole('dialog', { name: 'Service carts' });
    const tabs = within(dialog).getByRole('tablist');
    expect(within(tabs).queryByRole('tab', { name: 'Logs' })).not.toBeInTheDocument();
    expect(within(tabs).getByRole('tab', { name: 'Summary' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('loads Monaco only when the Manifest tab first opens', async () => {
    serve();
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    renderPage(projects.carts, {}, openSearch(carts.ref));
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    await user.click(within(dialog).getByRole('tab', { name: 'Events' }));
    await within(dialog).findByRole('table');
    expect(loadMonaco).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('tab', { name: 'Manifest' }));
    const editor = await within(dialog).findByRole('textbox', {
      name: 'Live manifest of Deployment carts',
    });
    expect(loadMonaco).toHaveBeenCalled();
    expect((editor as HTMLTextAreaElement).value).toContain('kind: Deployment');
  });
});

describe('the object drawer: Summary', () => {
  /** The crash-looping carts Pod and the ReplicaSet that owns it, as the page lists them. */
  function crashLoopingPodAndOwner() {
    const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
    const replicaSet = refOf(projects.carts, 'ReplicaSet', (resource) =>
      resource.Children.some((child) => child.ResourceId === pod.resource.ResourceId),
    );
    return { pod, replicaSet };
  }

  /** The value of one fact of the Summary (`Owner`, `Kind`...). */
  function fact(dialog: HTMLElement, term: string) {
    return definitionOf(term, dialog);
  }

  it('lists a Pod’s containers with their images', async () => {
    serve();
    const { pod } = crashLoopingPodAndOwner();
    renderPage(projects.carts, {}, openSearch(pod.ref));
    const dialog = await screen.findByRole('dialog', { name: `Pod ${pod.resource.Name}` });

    const containers = await within(dialog).findByRole('region', { name: 'Containers' });
    const rows = within(containers).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'NameImage',
      'cartsweaveworksdemos/carts:0.4.6',
    ]);
    expect(within(containers).getByRole('rowheader', { name: 'carts' })).toBeVisible();
  });

  it('shows no containers for a workload, whose summary has none', async () => {
    serve();
    const carts = refOf(projects.carts, 'Deployment');
    renderPage(projects.carts, {}, openSearch(carts.ref));
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    await within(dialog).findByText('deployment.kubernetes.io/revision');
    expect(within(dialog).queryByRole('region', { name: 'Containers' })).toBeNull();
    expect(fact(dialog, 'Owner')).toHaveTextContent('None: Octopus applied this object');
  });

  it('links to the owner from the live status tree, which opens the owner’s drawer', async () => {
    serve();
    const user = userEvent.setup();
    const { pod, replicaSet } = crashLoopingPodAndOwner();
    const carts = refOf(projects.carts, 'Deployment');
    const { params } = renderPage(projects.carts, {}, openSearch(pod.ref));
    const podDialog = await screen.findByRole('dialog', { name: `Pod ${pod.resource.Name}` });

    const toReplicaSet = await within(fact(podDialog, 'Owner')).findByRole('link', {
      name: `ReplicaSet ${replicaSet.resource.Name}`,
    });
    await user.click(toReplicaSet);
    expect(params().get(OBJECT_SEARCH_PARAM)).toBe(replicaSet.ref);
    const replicaSetDialog = await screen.findByRole('dialog', {
      name: `ReplicaSet ${replicaSet.resource.Name}`,
    });

    const toDeployment = await within(fact(replicaSetDialog, 'Owner')).findByRole('link', {
      name: 'Deployment carts',
    });
    await user.click(toDeployment);
    expect(params().get(OBJECT_SEARCH_PARAM)).toBe(carts.ref);
    expect(await screen.findByRole('dialog', { name: 'Deployment carts' })).toBeInTheDocument();
  });
});

describe('the object drawer: events and logs', () => {
  it('shows the crash-looping Pod’s back-off warning, and filters to warnings', async () => {
    serve();
    const user = userEvent.setup();
    const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
    renderPage(projects.carts, {}, openSearch(pod.ref, '&objectTab=events'));
    const dialog = await screen.findByRole('dialog');
    const table = await within(dialog).findByRole('table', { name: /^Events of Pod/ });
    const backOff = within(table).getByRole('row', { name: /BackOff/ });
    expect(backOff).toHaveTextContent('Warning');
    expect(backOff).toHaveTextContent(/Back-off restarting failed container carts in pod/);
    expect(within(table).getAllByRole('row', { name: /Normal/ }).length).toBeGreaterThan(0);

    await user.click(within(dialog).getByRole('switch', { name: 'Warnings only' }));
    expect(within(table).queryAllByRole('row', { name: /Normal/ })).toEqual([]);
    expect(within(table).getByRole('row', { name: /BackOff/ })).toBeInTheDocument();
  });

  it('explains a monitor error with the troubleshooting advice, and retries', async () => {
    serve('events-session-failure');
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    renderPage(projects.carts, {}, openSearch(carts.ref, '&objectTab=events'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Kubernetes monitor could not read the events');
    expect(alert).toHaveTextContent('the agent is not connected');
    expect(alert).toHaveTextContent(/Connectivity page/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('MonitorUnavailable');
    // The rest of the drawer keeps working.
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(await screen.findByText('deployment.kubernetes.io/revision')).toBeInTheDocument();
  });

  it('reads the Pod’s logs, and the previous container’s', async () => {
    serve();
    const user = userEvent.setup();
    const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
    renderPage(projects.carts, {}, openSearch(pod.ref, '&objectTab=logs'));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/lines?, oldest first/)).toBeInTheDocument();
    expect(
      within(dialog).getByRole('region', { name: /^Log of container carts in Pod/ }),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('switch', { name: 'Previous container' }));
    expect(
      await within(dialog).findByRole('region', { name: /container carts \(previous\)/ }),
    ).toBeInTheDocument();
  });
});

describe('the object drawer: the logs of a workload’s Pods', () => {
  function replicaSetWithCrashingPod() {
    const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
    const replicaSet = refOf(projects.carts, 'ReplicaSet', (resource) =>
      resource.Children.some((child) => child.ResourceId === pod.resource.ResourceId),
    );
    return { pod, replicaSet };
  }

  /** The paths of the one-object requests made from now on. */
  function detailRequests() {
    const paths: string[] = [];
    simulated.server.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (/\/resources\/[^/]+$/.test(path)) paths.push(decodeURIComponent(path));
    });
    return paths;
  }

  it('takes the containers from the Pod’s summary in the owner’s detail', async () => {
    serve();
    const { pod, replicaSet } = replicaSetWithCrashingPod();
    const requested = detailRequests();
    renderPage(projects.carts, {}, openSearch(replicaSet.ref, '&objectTab=logs'));
    const dialog = await screen.findByRole('dialog', {
      name: `ReplicaSet ${replicaSet.resource.Name}`,
    });

    expect(
      await within(dialog).findByRole('region', {
        name: `Log of container carts in Pod ${pod.resource.Name}`,
      }),
    ).toBeInTheDocument();
    const container = within(dialog).getByRole('combobox', { name: 'Container' });
    expect(
      within(container)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['carts']);
    // Only the ReplicaSet was asked for: its detail summarises its Pods.
    const ids = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    expect(new Set(requested.map(ids))).toEqual(new Set([replicaSet.resource.ResourceId]));
  });

  it('asks for the Pod’s own detail when the owner’s does not summarise it', async () => {
    serve();
    const { pod, replicaSet } = replicaSetWithCrashingPod();
    const ids = parseObjectRef(replicaSet.ref);
    if (!ids) throw new Error('no ref');
    const detail = simulated.simulation.resource({
      projectId: projects.carts,
      environmentId: PRODUCTION,
      tenantId: null,
      ...ids,
    });
    if (!detail.ok) throw new Error('no ReplicaSet detail');
    const { Resource } = detail.body;
    // A server that summarises only the object asked about.
    const bare = {
      Resource: {
        ...Resource,
        Children: (Resource.Children ?? []).map((child) => ({ ...child, ManifestSummary: null })),
      },
    };
    simulated.server.use(
      http.get(`*${apiPaths.untenantedResource}`, ({ params }) =>
        params.resourceId === ids.resourceId ? HttpResponse.json(bare) : undefined,
      ),
    );
    const requested = detailRequests();
    renderPage(projects.carts, {}, openSearch(replicaSet.ref, '&objectTab=logs'));
    const dialog = await screen.findByRole('dialog', {
      name: `ReplicaSet ${replicaSet.resource.Name}`,
    });

    expect(
      await within(dialog).findByRole('region', {
        name: `Log of container carts in Pod ${pod.resource.Name}`,
      }),
    ).toBeInTheDocument();
    expect(requested.some((path) => path.endsWith(`/${pod.resource.ResourceId ?? ''}`))).toBe(true);
  });
});

describe('the object drawer: manifests, diffs and secrets', () => {
  it('Show diff puts the applied manifest beside the live one, with what differs', async () => {
    serve();
    const user = userEvent.setup();
    const payment = refOf(projects.payment, 'Deployment');
    const { params } = renderPage(
      projects.payment,
      {},
      openSearch(payment.ref, '&objectTab=manifest'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Deployment payment' });
    await within(dialog).findByRole('textbox', { name: 'Live manifest of Deployment payment' });

    await user.click(within(dialog).getByRole('switch', { name: 'Show diff' }));
    expect(params().get('objectDiff')).toBe('1');
    const applied = await within(dialog).findByRole('textbox', {
      name: 'Applied manifest of Deployment payment',
    });
    const live = within(dialog).getByRole('textbox', {
      name: 'Live manifest of Deployment payment',
    });
    expect((applied as HTMLTextAreaElement).value).toMatch(/^ {2}replicas: 2$/m);
    expect((live as HTMLTextAreaElement).value).toMatch(/^ {2}replicas: 3$/m);
    expect(
      within(dialog).getByText(/1 applied field differs: spec\.replicas \(applied 2, live 3\)/),
    ).toBeInTheDocument();
  });

  it('says why a child has no diff', async () => {
    serve();
    const replicaSet = refOf(projects.carts, 'ReplicaSet');
    renderPage(projects.carts, {}, openSearch(replicaSet.ref, '&objectTab=manifest&objectDiff=1'));
    const dialog = await screen.findByRole('dialog');
    const diffSwitch = await within(dialog).findByRole('switch', { name: 'Show diff' });
    expect(diffSwitch).toBeDisabled();
    expect(diffSwitch).toHaveAccessibleDescription(/Octopus did not apply this ReplicaSet/);
    expect(
      await within(dialog).findByRole('textbox', { name: /^Live manifest of ReplicaSet/ }),
    ).toBeInTheDocument();
  });

  it('shows a manifest error inside its tab, with Retry, while Summary still works', async () => {
    serve('manifest-server-error');
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    renderPage(projects.carts, {}, openSearch(carts.ref, '&objectTab=manifest'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The manifest could not be loaded');
    expect(alert).toHaveTextContent(/500.*error while reading the manifest/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect(await screen.findByText('deployment.kubernetes.io/revision')).toBeInTheDocument();
  });
});

describe('the object drawer: an object not found or not allowed', () => {
  const octopusError = (status: number, message: string) =>
    HttpResponse.json({ ErrorMessage: message, Errors: [message] }, { status });

  it('says an object the server no longer has is no longer monitored, and closes back', async () => {
    serve();
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    simulated.server.use(
      http.get(`*${apiPaths.untenantedResource}`, () =>
        octopusError(404, 'Object 0b1c was not found on prod-eu-west.'),
      ),
    );
    const { params } = renderPage(projects.carts, {}, openSearch(carts.ref));

    const dialog = await screen.findByRole('dialog', { name: 'Object not found' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'This Kubernetes object is no longer monitored: it may have been deleted from the cluster, or the release stopped deploying it.',
    );
    expect(alert).toHaveTextContent('Object 0b1c was not found on prod-eu-west.');
    await user.click(within(alert).getByRole('button', { name: 'Back to live status' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(params().has(OBJECT_SEARCH_PARAM)).toBe(false);
  });

  it('says the key may not view the object (403), naming what the server said', async () => {
    serve();
    const carts = refOf(projects.carts, 'Deployment');
    const message =
      'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: DeploymentView';
    simulated.server.use(
      http.get(`*${apiPaths.untenantedResource}`, () => octopusError(403, message)),
    );
    renderPage(projects.carts, {}, openSearch(carts.ref));

    const dialog = await screen.findByRole('dialog', { name: 'Not allowed to view this object' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The API key Periscope uses cannot view this Kubernetes object.',
    );
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(/the DeploymentView permission\./);
    expect(within(alert).getByRole('button', { name: 'Back to live status' })).toBeVisible();
  });

  it('keeps the object as last read when a refresh fails, says so, and Retry reads it again', async () => {
    serve();
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    const { queryClient } = renderPage(projects.carts, {}, openSearch(carts.ref));
    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    const facts = await within(dialog).findByText('Namespace');

    let failing = true;
    simulated.server.use(
      http.get(`*${apiPaths.untenantedResource}`, () =>
        failing ? octopusError(500, 'The monitor database is locked.') : undefined,
      ),
    );
    await queryClient.refetchQueries({ queryKey: ['objects'] });
    const notice = await within(dialog).findByText(/the latest refresh failed/);
    expect(notice).toHaveTextContent(
      /^Showing this object as of .+: the latest refresh failed\. The server failed while answering \(500\): The monitor database is locked\.$/,
    );
    // The summary is the one read before, not replaced by the failure.
    expect(facts).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName('Deployment carts');

    failing = false;
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(within(dialog).queryByText(/the latest refresh failed/)).not.toBeInTheDocument(),
    );
    expect(within(dialog).getByText('Namespace')).toBeInTheDocument();
  });

  it('says so in the Manifest tab when only the manifest is not found', async () => {
    serve();
    const user = userEvent.setup();
    const carts = refOf(projects.carts, 'Deployment');
    simulated.server.use(
      http.get(`*${apiPaths.untenantedManifest}`, () =>
        octopusError(404, 'The resource you requested was not found.'),
      ),
    );
    const { params } = renderPage(projects.carts, {}, openSearch(carts.ref, '&objectTab=manifest'));

    const dialog = await screen.findByRole('dialog', { name: 'Deployment carts' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Object not found');
    expect(alert).toHaveTextContent(
      'This Kubernetes object (Deployment carts) is no longer monitored',
    );
    expect(alert).not.toHaveTextContent('The manifest could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Back to live status' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(params().has(OBJECT_SEARCH_PARAM)).toBe(false);
  });
});

describe('the object drawer never shows a Secret value', () => {
  const SESSION_SECRET = 'sooper-secret-production-session';
  const PLAIN = [SESSION_SECRET, 'md.sid-production-0b6f1c'];
  const ROTATED = 'rotated-by-hand-7f3a';
  const ALL = [...PLAIN, ROTATED].flatMap((value) => [value, btoa(value)]);

  /** Everything a person or a script could read: the DOM's text, markup and form values. */
  function expectNothingSecret(text: string) {
    for (const value of ALL) expect(text).not.toContain(value);
  }
  function pageText(): string {
    // eslint-disable-next-line testing-library/no-node-access -- what a script reads, not a person
    const values = [...document.querySelectorAll('textarea')].map((area) => area.value);
    return [document.body.innerHTML, document.body.textContent, ...values].join('\n');
  }

  it('in the live manifest, the diff, the clipboard and the download', async () => {
    serve();
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:secret';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    const secret = refOf(projects.frontEnd, 'Secret');
    renderPage(projects.frontEnd, {}, openSearch(secret.ref, '&objectTab=manifest'));
    const dialog = await screen.findByRole('dialog', { name: 'Secret front-end-session' });
    const editor = await within(dialog).findByRole('textbox', {
      name: 'Live manifest of Secret front-end-session',
    });
    expect((editor as HTMLTextAreaElement).value).toContain('session-secret: ••••••••');
    expect(within(dialog).getByText(/Secret values are masked/)).toBeInTheDocument();
    expectNothingSecret(pageText());

    await user.click(within(dialog).getByRole('button', { name: 'Copy the live manifest' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('cookie-key: ••••••••');
    expectNothingSecret(copied);

    await user.click(within(dialog).getByRole('button', { name: /^Download the live manifest/ }));
    expect(click).toHaveBeenCalled();
    const downloaded = await created[0]?.text();
    expect(downloaded).toContain('session-secret: ••••••••');
    expectNothingSecret(downloaded ?? '');

    await user.click(within(dialog).getByRole('switch', { name: 'Show diff' }));
    await within(dialog).findByRole('textbox', {
      name: 'Applied manifest of Secret front-end-session',
    });
    expectNothingSecret(pageText());

    // Summary too (its annotations are masked for Secrets).
    await user.click(within(dialog).getByRole('tab', { name: 'Summary' }));
    await within(dialog).findByText('Labels');
    expectNothingSecret(pageText());
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('and a diff still says which value changed, without saying what to', async () => {
    serve();
    const user = userEvent.setup();
    const secret = refOf(projects.frontEnd, 'Secret');
    const manifest = simulated.simulation.manifest({
      projectId: projects.frontEnd,
      environmentId: PRODUCTION,
      tenantId: null,
      ...(parseObjectRef(secret.ref) ?? { machineId: '', resourceId: '' }),
    });
    if (!manifest.ok) throw new Error('no manifest');
    const { LiveManifest, Diff } = resourceManifestSchema.parse(manifest.body);
    if (LiveManifest === null || Diff === null) throw new Error('no live manifest or diff');
    // Someone rotated the session secret by hand: live no longer matches what was applied.
    const live = LiveManifest.replace(btoa(SESSION_SECRET), btoa(ROTATED));
    simulated.server.use(
      http.get(
        '*/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/machines/:machineId/resources/:resourceId/manifest',
        // The server's diff sides follow the live manifest too.
        () =>
          HttpResponse.json({
            ...manifest.body,
            LiveManifest: live,
            Diff: { ...Diff, Right: live },
          }),
      ),
    );
    renderPage(projects.frontEnd, {}, openSearch(secret.ref, '&objectTab=manifest&objectDiff=1'));
    const dialog = await screen.findByRole('dialog', { name: 'Secret front-end-session' });
    const liveEditor = await within(dialog).findByRole('textbox', {
      name: 'Live manifest of Secret front-end-session',
    });
    const applied = within(dialog).getByRole('textbox', {
      name: 'Applied manifest of Secret front-end-session',
    });
    expect((liveEditor as HTMLTextAreaElement).value).toContain(
      'session-secret: •••••••• (changed)',
    );
    expect((liveEditor as HTMLTextAreaElement).value).toContain('cookie-key: ••••••••\n');
    expect((applied as HTMLTextAreaElement).value).toContain('session-secret: ••••••••\n');
    expect(
      within(dialog).getByText(
        /1 applied field differs: data\["session-secret"\] \(value changed\)/,
      ),
    ).toBeInTheDocument();
    expectNothingSecret(pageText());

    await user.click(within(dialog).getByRole('button', { name: 'Copy the live manifest' }));
    expectNothingSecret(await navigator.clipboard.readText());
  });

  it("with Show server-set fields, diffs the server's own sides (Diff.Left, Diff.Right) when it sends them", async () => {
    serve();
    const secret = refOf(projects.frontEnd, 'Secret');
    const manifest = simulated.simulation.manifest({
      projectId: projects.frontEnd,
      environmentId: PRODUCTION,
      tenantId: null,
      ...(parseObjectRef(secret.ref) ?? { machineId: '', resourceId: '' }),
    });
    if (!manifest.ok) throw new Error('no manifest');
    // A server compares only what was applied: no uid, resourceVersion or status on either side.
    const left = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: front-end-session\n';
    const right = `${left}  labels:\n    rotated: by-hand\n`;
    simulated.server.use(
      http.get(
        '*/api/:spaceId/projects/:projectId/environments/:environmentId/untenanted/machines/:machineId/resources/:resourceId/manifest',
        () => HttpResponse.json({ ...manifest.body, Diff: { Left: left, Right: right, Diff: '' } }),
      ),
    );
    renderPage(
      projects.frontEnd,
      {},
      openSearch(secret.ref, '&objectTab=manifest&objectDiff=1&objectServerFields=1'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Secret front-end-session' });
    const liveEditor = await within(dialog).findByRole('textbox', {
      name: 'Live manifest of Secret front-end-session',
    });
    const applied = within(dialog).getByRole('textbox', {
      name: 'Applied manifest of Secret front-end-session',
    });
    expect((applied as HTMLTextAreaElement).value).toBe(left);
    expect((liveEditor as HTMLTextAreaElement).value).toBe(right);
  });
});

describe('the object drawer: a session that never completes', () => {
  it('says the monitor did not answer in time, with Retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      serve('logs-timeout');
      const pod = refOf(projects.carts, 'Pod', (resource) => resource.HealthStatus === 'Degraded');
      renderPage(projects.carts, {}, openSearch(pod.ref, '&objectTab=logs'));
      await screen.findByText('Asking the Kubernetes monitor for the logs…');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(21_000);
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'The Kubernetes monitor did not answer in time: no logs after 20 s',
      );
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

/** The latest deployment of a project to Production: its task, and its steps' objects. */
function latestTask(projectId: string) {
  const dashboard = simulated.simulation.dashboard();
  if (!dashboard.ok) throw new Error('no dashboard');
  const item = dashboardSchema
    .parse(dashboard.body)
    .Items.find((each) => each.ProjectId === projectId && each.EnvironmentId === PRODUCTION);
  const status = item && simulated.simulation.taskObjectStatus(item.TaskId);
  if (!item || !status?.ok) throw new Error(`No deployment of ${projectId} to Production`);
  return { taskId: item.TaskId, steps: taskObjectStatusSchema.parse(status.body).Steps };
}

/** The simulated server has no route for our step-manifest extension yet: answer it here. */
function serveStepManifests() {
  simulated.server.use(
    http.get(`*${apiPaths.stepObjectManifest}`, ({ params }) => {
      const text = (name: string) => (typeof params[name] === 'string' ? params[name] : '');
      const result = simulated.simulation.stepObjectManifest(
        text('taskId'),
        text('actionId'),
        text('uuid'),
      );
      return result.ok
        ? HttpResponse.json(result.body)
        : HttpResponse.json({ ErrorMessage: result.message }, { status: result.status });
    }),
  );
}

function renderStepDrawer(target: ObjectDrawerTarget) {
  const router = createMemoryRouter(
    [{ path: '/', element: <ObjectDrawer target={target} onClose={() => undefined} /> }],
    { initialEntries: ['/?tab=kubernetes'] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>,
  );
  return { router, ...view };
}

describe('the object drawer of a deployment step’s object', () => {
  function stepObject(projectId: string, kind: string) {
    const { taskId, steps } = latestTask(projectId);
    for (const step of steps) {
      const object = step.Resources.find((each: StepObject) => each.Kind === kind);
      if (object) return { taskId, step, object };
    }
    throw new Error(`No ${kind} in ${projectId}'s deployment`);
  }

  it('has a Summary of what the step saw, and the manifest it applied, Secrets masked', async () => {
    serve();
    serveStepManifests();
    const user = userEvent.setup();
    const { taskId, step, object } = stepObject(projects.frontEnd, 'Secret');
    const { router } = renderStepDrawer({
      kind: 'step',
      spaceId: SPACE,
      taskId,
      actionId: step.ActionId,
      uuid: object.Uuid,
      stepName: step.StepName,
      object,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Secret front-end-session' });
    expect(
      within(dialog)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Summary', 'Manifest']);
    expect(within(dialog).getByText(step.StepName, { exact: true })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('tab', { name: 'Manifest' }));
    expect(new URLSearchParams(router.state.location.search).get('objectTab')).toBe('manifest');
    // Not the deployment page's own tab parameter.
    expect(new URLSearchParams(router.state.location.search).get('tab')).toBe('kubernetes');
    const editor = await within(dialog).findByRole('textbox', {
      name: 'Applied manifest of Secret front-end-session',
    });
    const text = (editor as HTMLTextAreaElement).value;
    expect(text).toContain('kind: Secret');
    expect(text).toContain('session-secret: ••••••••');
    for (const secret of ['sooper-secret-production-session', 'md.sid-production-0b6f1c']) {
      expect(document.body.innerHTML + text).not.toContain(secret);
      expect(document.body.innerHTML + text).not.toContain(btoa(secret));
    }
    expect(within(dialog).queryByRole('switch', { name: 'Show diff' })).not.toBeInTheDocument();
  });

  it('says a child has no manifest of its own, and names an object that is not there', async () => {
    serve();
    const user = userEvent.setup();
    const { taskId, step, object } = stepObject(projects.carts, 'Deployment');
    const child = object.Children[0];
    if (!child) throw new Error('no child');
    const { unmount } = renderStepDrawer({
      kind: 'step',
      spaceId: SPACE,
      taskId,
      actionId: step.ActionId,
      uuid: child.Uuid,
      stepName: step.StepName,
      object: child,
    });
    const dialog = await screen.findByRole('dialog', { name: `ReplicaSet ${child.Name}` });
    await user.click(within(dialog).getByRole('tab', { name: 'Manifest' }));
    expect(within(dialog).getByText(/have no viewable manifest/)).toBeInTheDocument();
    unmount();

    renderStepDrawer({
      kind: 'step',
      spaceId: SPACE,
      taskId,
      actionId: step.ActionId,
      uuid: 'no-such-object',
      stepName: null,
      object: null,
    });
    const missing = await screen.findByRole('dialog', { name: 'Object not found' });
    expect(missing).toHaveTextContent('The link may be out of date.');
  });
});

describe('waitFor sanity', () => {
  it('the drawer is gone once the page stops rendering it', async () => {
    serve();
    const carts = refOf(projects.carts, 'Deployment');
    const { router } = renderPage(projects.carts, {}, openSearch(carts.ref));
    await screen.findByRole('dialog');
    await act(() => router.navigate('/'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
