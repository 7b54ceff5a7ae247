import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page, type TestInfo } from '@playwright/test';
import { realShapeServer } from '../playwright.config';
import { DashboardPage } from './dashboard-page';
import { DeploymentPage, openDashboardDeployments } from './deployment-page';
import { LiveStatusPage } from './live-status-page';
import { ObjectDrawer } from './object-drawer';
import { blockingViolations } from './axe';

/**
 * A new user's journeys against a server that answers exactly as a real Octopus Server does
 * (e2e/real-shape-server): real shapes, none of Periscope's extensions, the API key required.
 * The app is the production build pointed at it with OCTOPUS_URL, through the preview proxy.
 */

// Monaco's first load and a cold proxy take a while on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const server = `http://127.0.0.1:${realShapeServer.serverPort}`;
const withKey = { headers: { 'X-Octopus-ApiKey': realShapeServer.apiKey } };

const checkoutProduction = '/projects/Projects-1/environments/Environments-2';

/** A full-page screenshot of the journey's state, kept with the test's results (`<name>.png`). */
async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** The link on an object's name in the live status table. */
function objectLink(live: LiveStatusPage, ...texts: (string | RegExp)[]) {
  return live
    .rows(...texts)
    .getByRole('link')
    .first();
}

/** Paths the page asked the server for, from now on. */
function recordApiPaths(page: Page) {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) paths.push(url.pathname + url.search);
  });
  return paths;
}

test.describe('the real-shape server itself', () => {
  test('wants the API key, and has none of Periscope’s extensions', async ({ request }) => {
    const noKey = await request.get(`${server}/api/Spaces-1/dashboard`);
    expect(noKey.status()).toBe(401);
    expect(await noKey.json()).toEqual({ ErrorMessage: expect.any(String), Errors: null });

    for (const path of [
      '/api/Spaces-1/livestatus/summaries',
      '/api/Spaces-1/tasks/ServerTasks-101/kubernetes-object-status',
      '/api/spaces/Spaces-1/tasks/ServerTasks-101/kubernetes-object-status',
    ]) {
      const response = await request.get(server + path, withKey);
      expect(response.status(), path).toBe(404);
      expect(await response.json(), path).toEqual({
        ErrorMessage: expect.any(String),
        Errors: null,
      });
    }
  });

  test('answers live status in the real shape, in both route forms', async ({ request }) => {
    const path = 'projects/Projects-1/environments/Environments-2/untenanted/livestatus';
    const short = await request.get(`${server}/api/Spaces-1/${path}`, withKey);
    const long = await request.get(`${server}/api/spaces/Spaces-1/${path}`, withKey);
    expect(short.status()).toBe(200);
    const body: unknown = await short.json();
    const longBody: unknown = await long.json();
    const stripTimes = (value: unknown) =>
      JSON.stringify(value).replace(/"LastUpdated":"[^"]+"/g, '"LastUpdated":""');
    expect(stripTimes(longBody)).toBe(stripTimes(body));

    const text = JSON.stringify(body);
    expect(text).not.toContain('"MachineName"');
    // Objects carry their source, not a MachineId (only the per-target roll-up has one).
    expect(text.match(/"MachineId"/g)).toHaveLength(1);
    expect(text).toContain('"ResourceSourceId":"Machines-2"');
    expect(text).toContain('"SourceType":"KubernetesMonitor"');
  });
});

test.describe('a new user, pointed at a real-shape Octopus server', () => {
  test.describe.configure({ timeout: 90_000 });

  test('sees the dashboard with each application’s live status', async ({ page }, testInfo) => {
    const paths = recordApiPaths(page);
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await expect(page.getByRole('banner')).toContainText('Default');
    await dashboard.expectLive(true);

    await expect(dashboard.cell(/^checkout in Production: Healthy/)).toBeVisible();
    await expect(dashboard.cell(/^checkout in Staging: Degraded/)).toBeVisible();
    // A tenanted project's cell shows its worst tenant: Globex is still rolling out.
    await expect(dashboard.cell(/^ledger in Production: Progressing/)).toBeVisible();
    await expect(dashboard.cell(/^ledger in Staging: Healthy/)).toBeVisible();
    await expect(
      dashboard.grid.getByRole('link', { name: /: (Unknown|Not available)\b/ }),
    ).toHaveCount(0);
    await snap(page, testInfo, 'dashboard');

    // Without the summaries extension the cells come from each application's summary.
    expect(paths.some((path) => path.includes('/livestatus?summaryOnly=true'))).toBe(true);
  });

  test('opens checkout in Production and sees every object nested', async ({ page }, testInfo) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.cell(/^checkout in Production: Healthy/).click();
    await expect(page).toHaveURL(checkoutProduction);
    const live = new LiveStatusPage(page);
    await expect(live.heading('checkout in Production')).toBeVisible();
    await live.waitForObjects();

    // A healthy application opens with its top-level objects; Expand all shows the rest.
    await page.getByRole('button', { name: 'Expand all' }).click();
    // Deployment > ReplicaSet > 2 Pods, a Service and a ConfigMap: six objects and the header.
    await expect.poll(() => live.rowCount()).toBe(7);
    const deployment = live.rows('Deployment');
    await expect(deployment).toHaveAttribute('aria-level', '1');
    await expect(deployment).toHaveAttribute('aria-expanded', 'true');
    const replicaSet = live.rows('ReplicaSet', 'checkout-7d9f8c6b5');
    await expect(replicaSet).toHaveAttribute('aria-level', '2');
    await expect(replicaSet).toHaveAttribute('aria-expanded', 'true');
    for (const pod of ['checkout-7d9f8c6b5-x2k8p', 'checkout-7d9f8c6b5-q7w4m']) {
      await expect(live.rows('Pod', pod)).toHaveAttribute('aria-level', '3');
      await expect(live.rows('Pod', pod)).toContainText('Healthy');
    }
    await expect(live.rows('Service', 'checkout')).toHaveAttribute('aria-level', '1');
    await expect(live.rows('ConfigMap', 'checkout-config')).toHaveAttribute('aria-level', '1');
    await expect(live.grid.getByText('Unknown', { exact: true })).toHaveCount(0);
    await snap(page, testInfo, 'live-status-checkout-production');
  });

  test('reads the drawer’s Summary, Events, Logs and Manifest', async ({ page }, testInfo) => {
    await page.goto(checkoutProduction);
    const live = new LiveStatusPage(page);
    await live.waitForObjects();

    await objectLink(live, 'Deployment').click();
    const deployment = new ObjectDrawer(page, 'Deployment checkout');
    await expect(deployment.dialog).toBeVisible();
    await expect(deployment.tab('Summary')).toHaveAttribute('aria-selected', 'true');
    await expect(deployment.dialog.getByText('checkout-production').first()).toBeVisible();
    await expect(deployment.dialog.getByText('app.kubernetes.io/managed-by').first()).toBeVisible();
    await snap(page, testInfo, 'drawer-summary');

    await deployment.tab('Events').click();
    const events = deployment.dialog.getByRole('table', { name: /^Events of Deployment checkout/ });
    await expect(events.getByRole('row').filter({ hasText: 'ScalingReplicaSet' })).toContainText(
      'Scaled up replica set checkout-7d9f8c6b5 to 2',
    );
    await snap(page, testInfo, 'drawer-events');

    await deployment.tab('Manifest').click();
    await expect(deployment.editorLines()).toContainText('kind: Deployment');
    await expect(deployment.editorLines()).toContainText('replicas: 2');
    await snap(page, testInfo, 'drawer-manifest');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Expand all' }).click();
    await objectLink(live, 'Pod', 'checkout-7d9f8c6b5-x2k8p').click();
    const pod = new ObjectDrawer(page, /^Pod checkout-7d9f8c6b5-x2k8p/);
    await expect(pod.dialog).toBeVisible();
    // The Pod's containers come from its manifest summary's ContainerDetails.
    await expect(pod.dialog.getByText('ghcr.io/example/checkout:1.4.2')).toBeVisible();
    await pod.tab('Events').click();
    await expect(
      pod.dialog.getByRole('table', { name: /^Events of Pod checkout-7d9f8c6b5-x2k8p/ }),
    ).toContainText('Scheduled');
    await pod.tab('Logs').click();
    await expect(pod.logRegion()).toContainText('listening on :8080');
    await snap(page, testInfo, 'drawer-logs');
  });

  test('sees why checkout in Staging is Degraded, down to the diff and the crash', async ({
    page,
  }, testInfo) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.cell(/^checkout in Staging: Degraded/).click();
    const live = new LiveStatusPage(page);
    await expect(live.heading('checkout in Staging')).toBeVisible();
    await live.waitForObjects();
    const pod = live.rows('Pod', /Back-off restarting failed container checkout in pod/);
    await expect(pod).toHaveAttribute('aria-level', '3');
    await expect(pod).toContainText('Degraded');
    await expect(live.rows('Deployment', 'exceeded its progress deadline')).toContainText(
      'Out of Sync',
    );
    // An orphan sent with OrphanedAt and no SyncStatus at all reads Orphaned, and is counted.
    await expect(live.rows('ConfigMap', 'checkout-feature-flags')).toContainText('Orphaned');
    await expect(page.getByRole('link', { name: '1 orphaned object' })).toBeVisible();
    await snap(page, testInfo, 'live-status-checkout-staging');

    await objectLink(live, 'Deployment').click();
    const drawer = new ObjectDrawer(page, 'Deployment checkout');
    await drawer.tab('Manifest').click();
    await drawer.switch('Show diff').click();
    // Left is what the step applied, right what the cluster runs.
    await expect(drawer.editorLines('original')).toContainText('replicas: 2');
    await expect(drawer.editorLines('modified')).toContainText('replicas: 1');
    await snap(page, testInfo, 'drawer-manifest-diff');
    await page.keyboard.press('Escape');

    await objectLink(live, 'Pod').click();
    const crashing = new ObjectDrawer(page, /^Pod checkout-5c8d7b9f4-h2v6n/);
    await crashing.tab('Logs').click();
    await crashing.switch('Previous container').click();
    await expect(crashing.logRegion()).toContainText('FATAL: PAYMENT_PROVIDER is not set');
  });

  test('opens a tenant’s application', async ({ page }, testInfo) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.cell(/^ledger in Production: Progressing/).click();
    await expect(page).toHaveURL(
      '/projects/Projects-2/environments/Environments-2/tenants/Tenants-2',
    );
    const live = new LiveStatusPage(page);
    await expect(live.heading('ledger in Production for Globex')).toBeVisible();
    await live.waitForObjects();
    await expect(live.rows('Deployment', 'ledger')).toContainText('Progressing');
    await snap(page, testInfo, 'live-status-ledger-globex');
  });

  test('opens a deployment’s Task log', async ({ page }, testInfo) => {
    await openDashboardDeployments(page);
    await page.getByRole('link', { name: /^checkout in Production: Success/ }).click();
    await expect(page).toHaveURL('/deployments/Deployments-11');
    const deployment = new DeploymentPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^checkout 1\.4\.2 to Production$/,
    );
    await expect(deployment.taskState()).toHaveText('Success');
    await expect(deployment.tab('Task log')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: /^Step 1: Deploy checkout/ })).toBeVisible();
    await page.getByRole('button', { name: 'Expand all' }).click();
    const log = page.getByRole('region', { name: 'Activity log' });
    await expect(log).toContainText('Applying Kubernetes manifests to k8s-production');
    await expect(log).toContainText('Deployment complete');
    await snap(page, testInfo, 'task-log');
  });

  test('the Kubernetes tab says what it needs and shows the live status instead', async ({
    page,
  }, testInfo) => {
    const paths = recordApiPaths(page);
    await openDashboardDeployments(page);
    await page.getByRole('link', { name: /^checkout in Production: Success/ }).click();
    const deployment = new DeploymentPage(page);
    await deployment.openKubernetesTab();

    const explanation = page.getByRole('region', {
      name: 'This server does not share each step’s Kubernetes objects',
    });
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText('kubernetes-object-status');
    const liveStatus = page.getByRole('region', { name: 'Live status of checkout in Production' });
    await expect(liveStatus).toContainText('Healthy');
    await expect(liveStatus.getByRole('listitem').filter({ hasText: 'Deployment' })).toContainText(
      'checkout',
    );
    await expect(
      page.getByRole('link', { name: 'Open the live status of checkout in Production' }),
    ).toHaveAttribute('href', checkoutProduction);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
    await snap(page, testInfo, 'kubernetes-tab-without-extension');
    expect(await blockingViolations(page)).toEqual([]);

    // Another deployment in the same session (no reload): the server is not asked again.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await new DashboardPage(page).setLive(false);
    await page.getByRole('link', { name: /^checkout in Staging: Success/ }).click();
    await deployment.openKubernetesTab();
    await expect(
      page.getByRole('region', { name: 'Live status of checkout in Staging' }),
    ).toContainText('Degraded');
    const asked = paths.filter((path) => path.includes('/kubernetes-object-status'));
    expect(asked).toHaveLength(1);
  });

  test('the built bundle has no API key in it', () => {
    const assets = join(realShapeServer.outDir, 'assets');
    const files = readdirSync(assets).filter((file) => /\.(js|css|html|map)$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(join(assets, file), 'utf8'), file).not.toContain(realShapeServer.apiKey);
    }
  });
});
