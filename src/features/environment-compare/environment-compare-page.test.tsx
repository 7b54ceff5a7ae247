import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { absentIds, demo } from '../../../mocks/server/node';
import { createLargeWorld } from '../../../mocks/worlds/large/large-world';
import { apiPaths } from '../../api/contract';
import { paths } from '../../config/paths';
import { fakeLayoutSize, renderApp, setupSimulatedServer } from '../../test/render-app';

// Monaco cannot run in jsdom: the app's own loader gives a double whose editors are textareas.
vi.mock('../../components/yaml-viewer/monaco-loader', async () => {
  const { createFakeMonacoAdapter } =
    await import('../../components/yaml-viewer/testing/fake-monaco-adapter');
  const adapter = createFakeMonacoAdapter();
  return { loadMonaco: vi.fn(() => Promise.resolve(adapter)) };
});

const startServer = setupSimulatedServer();
fakeLayoutSize();

const production = demo.outOfSync;
const staging = demo.promotionCandidate;
/** payment in Production (left) against payment in Staging (right). */
const paymentCompare = paths.environmentCompare({
  projectId: production.projectId,
  left: production,
  right: staging,
});

/** The page's heading; its code loads lazily, which the first time takes over a second. */
async function pageHeading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
}

async function comparisonTable() {
  return screen.findByRole('treegrid', { name: 'Comparison' }, { timeout: 10_000 });
}

/** The body rows of the table, each as its cells' text. */
function rowTexts(grid: HTMLElement): string[][] {
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('gridcell')
        .map((cell) => cell.textContent),
    );
}

function rowOf(grid: HTMLElement, kind: string, name: string): HTMLElement {
  const row = within(grid)
    .getAllByRole('row')
    .find((each) => {
      const [kindCell, nameCell] = within(each).queryAllByRole('gridcell');
      return kindCell?.textContent === kind && nameCell?.textContent === name;
    });
  if (!row) throw new Error(`No row for ${kind} ${name}`);
  return row;
}

// Whole-app renders in jsdom: slow on a busy machine, not stuck.
describe('the environment comparison page', { timeout: 30_000 }, () => {
  it('puts payment in Production beside Staging: both healthy, the manifests differ', async () => {
    startServer();
    renderApp(paymentCompare);

    expect(await pageHeading('payment: Production vs Staging')).toBeVisible();
    const left = screen.getByRole('region', { name: 'Production' });
    const right = screen.getByRole('region', { name: 'Staging' });
    expect(await within(left).findByText('Out of Sync')).toBeVisible();
    expect(within(right).getByText('In Sync')).toBeVisible();
    expect(within(left).getByText(production.release)).toBeVisible();
    expect(within(right).getByText(staging.release)).toBeVisible();
    expect(
      within(right).getByRole('link', { name: /Live status of payment in Staging/ }),
    ).toHaveAttribute('href', paths.applicationLiveStatus(staging));

    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowTexts(grid)).toEqual([
        [
          'Deployment',
          'payment',
          'Both',
          expect.any(String),
          expect.any(String),
          'Differ (4 fields)',
        ],
        ['Service', 'payment', 'Both', expect.any(String), expect.any(String), 'Differ (1 field)'],
      ]);
    });
    const deployment = rowOf(grid, 'Deployment', 'payment');
    const [, , , leftCell, rightCell] = within(deployment).getAllByRole('gridcell');
    // Scaled by hand to 3 replicas in Production: Out of Sync, and more Pods under it.
    expect(leftCell).toHaveTextContent(/^HealthyOut of Sync\d+ children$/);
    expect(rightCell).toHaveTextContent(/^HealthyIn Sync\d+ children$/);
    const children = (cell: HTMLElement | undefined) =>
      Number(/(\d+) children/.exec(cell?.textContent ?? '')?.[1]);
    expect(children(leftCell)).toBeGreaterThan(children(rightCell));
    expect(screen.getByText('Compared 2 of 2 objects')).toBeVisible();
  });

  it('lists the differing fields of the selected Deployment above both manifests', async () => {
    startServer();
    const user = userEvent.setup();
    const { router } = renderApp(paymentCompare);

    const grid = await comparisonTable();
    await user.click(
      within(rowOf(grid, 'Deployment', 'payment')).getByRole('link', { name: 'payment' }),
    );
    expect(router.state.location.search).toContain('object=Deployment%2Fpayment');
    expect(rowOf(grid, 'Deployment', 'payment')).toHaveAttribute('aria-current', 'true');

    const panel = screen.getByRole('region', { name: 'Deployment payment' });
    const fields = await within(panel).findByRole('list', { name: 'Differing fields' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'metadata.labels["app.kubernetes.io/version"]: 0.4.3 vs 0.4.4',
      'spec.replicas: 2 vs 1',
      'spec.template.metadata.labels["app.kubernetes.io/version"]: 0.4.3 vs 0.4.4',
      'spec.template.spec.containers[payment].image: weaveworksdemos/payment:0.4.3 vs weaveworksdemos/payment:0.4.4',
    ]);
    const leftManifest = await within(panel).findByRole('textbox', {
      name: 'Applied manifest of Deployment payment in Production',
    });
    const rightManifest = within(panel).getByRole('textbox', {
      name: 'Applied manifest of Deployment payment in Staging',
    });
    expect(leftManifest).toHaveDisplayValue(/^ {2}replicas: 2$/m);
    expect(rightManifest).toHaveDisplayValue(/^ {2}replicas: 1$/m);
    expect(rightManifest).toHaveDisplayValue(/namespace: sock-shop-staging/);
  });

  it('selects a row from the keyboard, with Space or Enter', async () => {
    startServer();
    const user = userEvent.setup();
    const { router } = renderApp(paymentCompare);
    const grid = await comparisonTable();
    const service = rowOf(grid, 'Service', 'payment');
    act(() => rowOf(grid, 'Deployment', 'payment').focus());
    await user.keyboard('{ArrowDown}');
    expect(service).toHaveFocus();
    await user.keyboard(' ');
    expect(new URLSearchParams(router.state.location.search).get('object')).toBe('Service/payment');
    expect(await screen.findByRole('region', { name: 'Service payment' })).toBeVisible();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(new URLSearchParams(router.state.location.search).get('object')).toBe(
      'Deployment/payment',
    );
  });

  it('keeps its filters and selection in the URL, and reads them back', async () => {
    startServer();
    const user = userEvent.setup();
    const { router } = renderApp(paymentCompare);
    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowTexts(grid)).toHaveLength(2);
    });

    await user.click(screen.getByRole('switch', { name: /Only differences/ }));
    await user.click(screen.getByRole('checkbox', { name: /Service/ }));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('diff')).toBe('1');
    expect(params.get('kind')).toBe('Service');
    await waitFor(() => {
      expect(rowTexts(grid).map(([kind]) => kind)).toEqual(['Service']);
    });
    // Replace navigation: the filters did not add history entries.
    expect(router.state.historyAction).toBe('REPLACE');

    await user.click(screen.getByRole('button', { name: 'Swap sides' }));
    expect(await pageHeading('payment: Staging vs Production')).toBeVisible();
    const swapped = new URLSearchParams(router.state.location.search);
    expect(swapped.get('left')).toBe(staging.environmentId);
    expect(swapped.get('right')).toBe(production.environmentId);
    expect(swapped.get('kind')).toBe('Service');
    expect(screen.getByRole('switch', { name: /Only differences/ })).toBeChecked();
  });

  it('opens with the URL’s filters and selection', async () => {
    startServer();
    renderApp(`${paymentCompare}&kind=Deployment&object=Deployment%2Fpayment`);
    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowTexts(grid).map(([kind]) => kind)).toEqual(['Deployment']);
    });
    expect(screen.getByRole('checkbox', { name: /Deployment/ })).toBeChecked();
    expect(await screen.findByRole('list', { name: 'Differing fields' })).toHaveTextContent(
      'spec.replicas: 2 vs 1',
    );
  });

  it('asks for the sides when the URL has none, and opens the comparison once both are picked', async () => {
    startServer();
    const user = userEvent.setup();
    renderApp(paths.environmentCompare({ projectId: production.projectId }));
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Pick two sides to compare' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    const leftPicker = screen.getByRole('combobox', { name: 'Left side' });
    await waitFor(() => {
      expect(within(leftPicker).getByRole('option', { name: 'Production' })).toBeInTheDocument();
    });
    await user.selectOptions(leftPicker, 'Production');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Right side' }), 'Staging');
    expect(await pageHeading('payment: Production vs Staging')).toBeVisible();
  });

  it('says so when both sides are the same application', async () => {
    startServer();
    renderApp(
      paths.environmentCompare({
        projectId: production.projectId,
        left: production,
        right: production,
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Both sides are the same' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Right side' })).toBeVisible();
  });

  it('says Environment not found for an unknown environment, with the pickers as a way out', async () => {
    startServer();
    renderApp(
      paths.environmentCompare({
        projectId: production.projectId,
        left: production,
        right: { environmentId: absentIds.environmentId },
      }),
    );
    expect(await pageHeading('Environment not found')).toBeVisible();
    expect(screen.getByText(new RegExp(`no environment ${absentIds.environmentId}`))).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Right side' })).toBeVisible();
  });

  it('says which side has no live status instead of a table', async () => {
    startServer();
    // legacy-billing has no Kubernetes steps: no live status anywhere.
    renderApp(
      paths.environmentCompare({
        projectId: demo.notSupported.projectId,
        left: demo.notSupported,
        right: { environmentId: staging.environmentId },
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Nothing to compare yet' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(
      screen.getByText(/Production: it has no live status \(no monitored Kubernetes steps\)/),
    ).toBeVisible();
    expect(screen.queryByRole('treegrid', { name: 'Comparison' })).toBeNull();
  });

  it('says a side was never deployed, beside the other side’s status', async () => {
    startServer();
    // nightly-reports was never deployed to Test.
    const reports = { projectId: demo.suspended.projectId };
    renderApp(
      paths.environmentCompare({
        ...reports,
        left: demo.suspended,
        right: { environmentId: demo.withWarnings.environmentId },
      }),
    );
    const test = await screen.findByRole('region', { name: 'Test' }, { timeout: 10_000 });
    expect(await within(test).findByText('Application not found')).toBeVisible();
    const production = screen.getByRole('region', { name: 'Production' });
    expect(await within(production).findByText('In Sync')).toBeVisible();
    expect(
      screen.getByText('Test: it has no live status (the project may not be deployed there).'),
    ).toBeVisible();
  });

  it('shows a side whose live status fails with the server’s words and Retry', async () => {
    const simulated = startServer();
    simulated.server.use(
      http.get(`*${apiPaths.untenantedLiveStatus}`, ({ params }) =>
        params.environmentId === staging.environmentId
          ? HttpResponse.json({ ErrorMessage: 'The database is busy' }, { status: 500 })
          : undefined,
      ),
    );
    renderApp(paymentCompare);
    const right = await screen.findByRole('region', { name: 'Staging' }, { timeout: 10_000 });
    expect(await within(right).findByRole('alert')).toHaveTextContent('The database is busy');
    expect(within(right).getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(
      await within(screen.getByRole('region', { name: 'Production' })).findByText('Out of Sync'),
    ).toBeVisible();
    expect(screen.getByText('Staging: its live status could not be loaded.')).toBeVisible();
  });

  it('pairs an application on two targets in target order: the second copy is on one side only', async () => {
    startServer();
    const user = userEvent.setup();
    const twoTargets = demo.twoTargets;
    renderApp(
      paths.environmentCompare({
        projectId: twoTargets.projectId,
        left: twoTargets,
        right: { environmentId: staging.environmentId },
      }),
    );
    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowOf(grid, 'Deployment', 'queue-master')).toBeInTheDocument();
    });
    const rows = within(grid).getAllByRole('row').slice(1);
    const copies = rows.filter((row) => row.textContent.startsWith('Deploymentqueue-master'));
    expect(copies).toHaveLength(2);
    const [first, second] = copies.map((row) => within(row).getAllByRole('gridcell'));
    expect(first?.[2]).toHaveTextContent('Both');
    expect(first?.[3]).toHaveTextContent(`on ${twoTargets.targets[0]}`);
    expect(second?.[2]).toHaveTextContent('Only in Production');
    expect(second?.[3]).toHaveTextContent(`on ${twoTargets.targets[1]}`);
    expect(second?.[4]).toHaveTextContent('Not in Staging');
    expect(second?.[5]).toHaveTextContent('Only one side');

    const secondRow = copies[1];
    if (!secondRow) throw new Error('no second copy');
    await user.click(within(secondRow).getByRole('link', { name: 'queue-master' }));
    const panel = await screen.findByRole('region', { name: 'Deployment queue-master' });
    expect(
      within(panel).getByText(/Only in Production: there is no applied manifest on the other side/),
    ).toBeVisible();
    const box = await within(panel).findByRole('textbox', {
      name: 'Applied manifest of Deployment queue-master in Production',
    });
    expect(box).toHaveDisplayValue(/^kind: Deployment$/m);
  });

  it('names a Secret’s differing values by key only, and masks them in the diff', async () => {
    startServer();
    // front-end's session Secret holds each environment's own values.
    const secrets = ['production', 'staging'].flatMap((environment) =>
      [`sooper-secret-${environment}-session`, `md.sid-${environment}-0b6f1c`].flatMap((value) => [
        value,
        btoa(value),
      ]),
    );
    renderApp(
      `${paths.environmentCompare({
        projectId: demo.executing.projectId,
        left: demo.executing,
        right: { environmentId: staging.environmentId },
      })}&object=Secret%2Ffront-end-session`,
    );
    const panel = await screen.findByRole(
      'region',
      { name: 'Secret front-end-session' },
      { timeout: 10_000 },
    );
    const fields = await within(panel).findByRole('list', { name: 'Differing fields' });
    expect(
      within(fields)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['data["session-secret"]: value differs', 'data["cookie-key"]: value differs']);
    const editors = await within(panel).findAllByRole('textbox');
    expect(editors).toHaveLength(2);
    const shown = [
      document.body.textContent,
      ...editors.map((editor) => editor.getAttribute('value') ?? ''),
      ...editors.map((editor) => editor.textContent),
    ].join('\n');
    for (const secret of secrets) expect(shown).not.toContain(secret);
    expect(editors[1]).toHaveDisplayValue(/\(changed\)/);
  });

  it('keeps its rows, filters and selection through polls', async () => {
    startServer();
    const { queryClient } = renderApp(`${paymentCompare}&diff=1&object=Deployment%2Fpayment`);
    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowTexts(grid)).toHaveLength(2);
    });
    await screen.findByRole('list', { name: 'Differing fields' });
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    expect(rowTexts(grid)).toHaveLength(2);
    expect(rowOf(grid, 'Deployment', 'payment')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('switch', { name: /Only differences/ })).toBeChecked();
    expect(screen.getByRole('list', { name: 'Differing fields' })).toHaveTextContent(
      'spec.replicas: 2 vs 1',
    );
    expect(screen.getByText('Compared 2 of 2 objects')).toBeVisible();
  });

  it('says Project not found for an unknown project', async () => {
    startServer();
    renderApp(
      paths.environmentCompare({
        projectId: absentIds.projectId,
        left: production,
        right: staging,
      }),
    );
    expect(await pageHeading('Project not found')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toBeVisible();
  });

  it('names tenants in the heading of a tenanted comparison', async () => {
    startServer();
    renderApp(
      paths.environmentCompare({
        projectId: demo.tenantWaiting.projectId,
        left: demo.tenantWaiting,
        right: demo.tenantHealthy,
      }),
    );
    expect(
      await pageHeading('customer-portal: Initech in Production vs Acme Corp in Production'),
    ).toBeVisible();
    const grid = await comparisonTable();
    await waitFor(() => {
      expect(rowTexts(grid).length).toBeGreaterThan(0);
    });
  });

  it('never has more than four manifest requests in flight', async () => {
    const simulated = startServer();
    let inFlight = 0;
    let most = 0;
    const manifests = new Set<string>();
    simulated.server.events.on('request:start', ({ request }) => {
      if (!request.url.endsWith('/manifest')) return;
      manifests.add(request.url);
      inFlight += 1;
      most = Math.max(most, inFlight);
    });
    simulated.server.events.on('response:mocked', ({ request }) => {
      if (request.url.endsWith('/manifest')) inFlight -= 1;
    });
    renderApp(
      paths.environmentCompare({
        projectId: demo.tenantWaiting.projectId,
        left: demo.tenantDegraded,
        right: demo.tenantHealthy,
      }),
    );
    await comparisonTable();
    await screen.findByText(/^Compared (\d+) of \1 objects$/, undefined, { timeout: 10_000 });
    expect(manifests.size).toBeGreaterThan(4);
    expect(most).toBeLessThanOrEqual(4);
  });
});

describe('the comparison of a large fleet', { timeout: 60_000 }, () => {
  // The large world's fleet at a fifth of its size: 200 Deployments (1,000 objects) per side.
  // The row model's own test takes the full 5,000 per side; a whole page in jsdom is slower.
  const scale = 0.2;

  it('pairs the fleet’s Deployments in Production EU and US, and compares them in the background', async () => {
    const large = createLargeWorld(7, { scale });
    const fleet = large.projects.find((project) => project.name === 'fleet-controller');
    const environment = (name: string) => ({
      environmentId: large.environments.find((each) => each.name === name)?.id ?? '',
    });
    startServer({ world: 'large', scale });
    renderApp(
      paths.environmentCompare({
        projectId: fleet?.id ?? '',
        left: environment('Production EU'),
        right: environment('Production US'),
      }),
    );
    expect(await pageHeading('fleet-controller: Production EU vs Production US')).toBeVisible();
    const grid = await comparisonTable();
    // Only the rows in view are drawn (jsdom lays nothing out, so how many is not telling here).
    expect(grid).toHaveAttribute('aria-rowcount', '201');
    expect(rowOf(grid, 'Deployment', 'fleet-0000')).toHaveTextContent(/4 children.*4 children/);
    // A release apart, the images differ.
    await waitFor(
      () => {
        expect(rowOf(grid, 'Deployment', 'fleet-0000')).toHaveTextContent(/Differ \(\d+ fields\)/);
      },
      { timeout: 20_000 },
    );
    expect(
      await screen.findByText('Compared 200 of 200 objects', undefined, { timeout: 20_000 }),
    ).toBeVisible();
  });
});

describe('Compare with… on the live status page', { timeout: 30_000 }, () => {
  it('offers the environments the project is deployed to, and opens the comparison', async () => {
    startServer();
    const user = userEvent.setup();
    renderApp(paths.applicationLiveStatus(production));
    const picker = await screen.findByRole(
      'combobox',
      { name: 'Compare with…' },
      { timeout: 10_000 },
    );
    await waitFor(() => {
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Development', 'Test', 'Staging']);
    });
    // The environment before this one, where the next release comes from.
    expect(picker).toHaveValue(staging.environmentId);
    const compare = screen.getByRole('link', { name: 'Compare' });
    expect(compare).toHaveAttribute('href', paymentCompare);

    await user.selectOptions(picker, 'Test');
    expect(screen.getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'href',
      expect.stringContaining('right=Environments-2'),
    );
    await user.selectOptions(picker, 'Staging');
    await user.click(screen.getByRole('link', { name: 'Compare' }));
    expect(await pageHeading('payment: Production vs Staging')).toBeVisible();
  });

  it('offers other tenants and environments for a tenanted application', async () => {
    startServer();
    renderApp(paths.applicationLiveStatus(demo.tenantHealthy));
    const picker = await screen.findByRole(
      'combobox',
      { name: 'Compare with…' },
      { timeout: 10_000 },
    );
    await waitFor(() => {
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toContain('Globex in Production');
    });
    const options = within(picker)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toContain('Acme Corp in Staging');
    expect(options).not.toContain('Acme Corp in Production');
    // The same tenant one environment before.
    expect(within(picker).getByRole('option', { selected: true })).toHaveTextContent(
      'Acme Corp in Staging',
    );
  });
});
