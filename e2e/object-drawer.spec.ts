import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { LiveStatusPage } from './live-status-page';
import { isMonacoRequest, ObjectDrawer } from './object-drawer';
import { blockingViolations } from './axe';
import { demo, paths } from './demo';

declare global {
  interface Window {
    /** Long tasks seen while the 20,000-line manifest scrolls, in ms. */
    drawerLongTasks?: number[];
  }
}

// Monaco's first load parses 2.7 MB of script: on a busy two-core machine that takes seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

const applications = {
  cartsProduction: paths.applicationLiveStatus(demo.degraded),
  paymentProduction: paths.applicationLiveStatus(demo.outOfSync),
  frontEndProduction: paths.applicationLiveStatus(demo.executing),
  // The large world's third project in its busiest environment.
  edgeRouterProductionEu: `${paths.applicationLiveStatus({ projectId: 'Projects-3', environmentId: 'Environments-8' })}?world=large`,
};

/** The Secret values of the demo world's front-end-session, plain and as base64. */
const FRONT_END_SECRETS = ['sooper-secret-production-session', 'md.sid-production-0b6f1c'].flatMap(
  (value) => [value, Buffer.from(value).toString('base64')],
);

/** The link on an object's name in the live status table. */
function objectLink(live: LiveStatusPage, kind: string, ...texts: (string | RegExp)[]) {
  return live
    .rows(kind, ...texts)
    .getByRole('link')
    .first();
}

async function openApplication(page: Page, path: string) {
  await page.goto(path);
  const live = new LiveStatusPage(page);
  await live.waitForObjects();
  return live;
}

test.describe('the object drawer', () => {
  // Each journey reads several tabs (and the large world builds 5,000 objects): more than 30 s
  // on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('from carts in Production: the Deployment’s manifest, loaded only on first open', async ({
    page,
  }) => {
    const monaco: string[] = [];
    page.on('request', (request) => {
      if (isMonacoRequest(request)) monaco.push(request.url());
    });
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.cell(demo.degraded.liveCell).click();
    const live = new LiveStatusPage(page);
    await live.waitForObjects();

    await objectLink(live, 'Deployment', 'exceeded its progress deadline').click();
    const drawer = new ObjectDrawer(page, 'Deployment carts');
    await expect(drawer.dialog).toBeVisible();
    await expect(drawer.dialog.getByText('sock-shop-production').first()).toBeVisible();
    // A Deployment's summary names no containers (a real server summarises them for Pods only);
    // its annotations and its place in the tree are there.
    await expect(drawer.dialog.getByText('deployment.kubernetes.io/revision')).toBeVisible();
    await expect(drawer.dialog.getByText('None: Octopus applied this object')).toBeVisible();
    await drawer.tab('Events').click();
    await expect(
      drawer.dialog.getByRole('table', { name: /^Events of Deployment carts/ }),
    ).toBeVisible();
    expect(monaco, 'Monaco is requested before the first Manifest tab').toEqual([]);

    await drawer.tab('Manifest').click();
    await expect(page).toHaveURL(/[?&]objectTab=manifest/);
    await expect(drawer.editorLines()).toContainText('kind: Deployment');
    expect(monaco.length).toBeGreaterThan(0);
    // From this app's own origin: never a CDN.
    for (const url of monaco) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  test('the crash-looping Pod: its back-off warning in Events, and its logs', async ({ page }) => {
    const live = await openApplication(page, applications.cartsProduction);
    await objectLink(live, 'Pod', /Back-off restarting failed container/).click();
    const drawer = new ObjectDrawer(page, /^Pod carts-/);
    await expect(drawer.dialog).toBeVisible();

    await drawer.tab('Events').click();
    const events = drawer.dialog.getByRole('table', { name: /^Events of Pod carts-/ });
    const backOff = events.getByRole('row').filter({ hasText: 'BackOff' });
    await expect(backOff).toContainText('Warning');
    await expect(backOff).toContainText(/Back-off restarting failed container carts in pod carts-/);
    await drawer.switch('Warnings only').click();
    await expect(events.getByRole('row').filter({ hasText: 'Normal' })).toHaveCount(0);

    await drawer.tab('Logs').click();
    await expect(drawer.logRegion()).toContainText(/INFO/);
    await drawer.switch('Previous container').click();
    await expect(drawer.logRegion()).toHaveAccessibleName(/\(previous\)/);
    await expect(drawer.logRegion()).toContainText('MongoSocketOpenException');
  });

  test('payment: Show diff puts replicas 2 as applied beside 3 live, off the main thread', async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const live = await openApplication(page, applications.paymentProduction);
    await objectLink(live, 'Deployment', 'payment').click();
    const drawer = new ObjectDrawer(page, 'Deployment payment');
    await drawer.tab('Manifest').click();
    await expect(drawer.editorLines()).toContainText('kind: Deployment');

    await drawer.switch('Show diff').click();
    await expect(page).toHaveURL(/[?&]objectDiff=1/);
    await expect(drawer.dialog.getByRole('status').filter({ hasText: 'applied field' })).toHaveText(
      /1 applied field differs: spec\.replicas \(applied 2, live 3\)/,
    );
    await expect(drawer.editorLines('original')).toContainText('replicas: 2');
    await expect(drawer.editorLines('modified')).toContainText('replicas: 3');
    // Monaco's diff runs in its editor worker.
    expect(workers.some((url) => url.includes('editor.worker'))).toBe(true);
  });

  test('a Secret shows only masks: in the editor, the diff, the clipboard and the download', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const live = await openApplication(page, applications.frontEndProduction);
    await objectLink(live, 'Secret', 'front-end-session').click();
    const drawer = new ObjectDrawer(page, 'Secret front-end-session');
    await drawer.tab('Manifest').click();
    await expect(drawer.editorLines()).toContainText('session-secret: ••••••••');
    await expect(drawer.editorLines()).toContainText('cookie-key: ••••••••');

    const noSecretIn = (text: string) => {
      for (const secret of FRONT_END_SECRETS) expect(text).not.toContain(secret);
    };
    noSecretIn(await page.content());

    await drawer.dialog.getByRole('button', { name: 'Copy the live manifest' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('session-secret: ••••••••');
    noSecretIn(copied);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer.dialog.getByRole('button', { name: /^Download the live manifest/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('secret-front-end-session.yaml');
    const saved = await readFile(await download.path(), 'utf8');
    expect(saved).toContain('cookie-key: ••••••••');
    noSecretIn(saved);

    await drawer.switch('Show diff').click();
    await expect(drawer.editorLines('original')).toContainText('session-secret: ••••••••');
    await expect(drawer.editorLines('modified')).toContainText('session-secret: ••••••••');
    noSecretIn(await page.content());
  });

  test('Escape closes it and focus goes back to the name; a reload reopens it', async ({
    page,
  }) => {
    const live = await openApplication(page, applications.cartsProduction);
    const link = objectLink(live, 'Service', /^carts(?!-db)/);
    await link.click();
    const drawer = new ObjectDrawer(page, 'Service carts');
    await expect(drawer.dialog).toBeVisible();
    await expect(drawer.dialog).toBeFocused();
    // A modal dialog: the page behind is inert, so nothing there can take focus, and Tab moves
    // focus on to a control inside the drawer.
    await link.focus();
    await expect(drawer.dialog).toBeFocused();
    await page.keyboard.press('Tab');
    const focusInDrawer = await page.evaluate(
      () => document.activeElement?.closest('dialog[open]') !== null,
    );
    expect(focusInDrawer).toBe(true);

    await page.keyboard.press('Escape');
    await expect(drawer.dialog).toBeHidden();
    await expect(page).not.toHaveURL(/object=/);
    await expect(link).toBeFocused();

    // Open again, on the Manifest tab, and reload: the same drawer, on the same tab.
    await link.click();
    await drawer.tab('Manifest').click();
    await expect(drawer.editorLines()).toContainText('kind: Service');
    const url = page.url();
    await page.reload();
    await expect(drawer.dialog).toBeVisible({ timeout: 20_000 });
    expect(page.url()).toBe(url);
    await expect(drawer.tab('Manifest')).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.editorLines()).toContainText('kind: Service');
    await page.keyboard.press('Escape');
    await expect(drawer.dialog).toBeHidden();
    await expect(objectLink(live, 'Service', /^carts(?!-db)/)).toBeFocused();
  });

  /** carts' latest deployment to Production, its Kubernetes tab, and its Deployment's drawer. */
  async function openStepObject(page: Page) {
    await openApplication(page, applications.cartsProduction);
    await page.getByRole('link', { name: /Release 0\.4\.6: Success/ }).click();
    await page.getByRole('tab', { name: 'Kubernetes', exact: true }).click();
    const table = page.getByRole('treegrid', { name: 'Deploy carts', exact: true });
    const link = table.getByRole('link', { name: 'carts', exact: true }).first();
    await link.click();
    const drawer = new ObjectDrawer(page, 'Deployment carts');
    await expect(drawer.dialog).toBeVisible();
    return { drawer, link };
  }

  test('on a deployment’s Kubernetes tab: what the step saw, Summary and Manifest only', async ({
    page,
  }) => {
    const { drawer, link } = await openStepObject(page);
    await expect(drawer.dialog.getByText('Deploy carts', { exact: true })).toBeVisible();
    await expect(drawer.dialog.getByRole('tab')).toHaveText(['Summary', 'Manifest']);
    await drawer.tab('Manifest').click();
    await expect(page).toHaveURL(/[?&]objectTab=manifest/);
    await page.keyboard.press('Escape');
    await expect(drawer.dialog).toBeHidden();
    await expect(page).toHaveURL(/[?&]tab=kubernetes/);
    await expect(page).not.toHaveURL(/object(Tab)?=/);
    await expect(link).toBeFocused();
  });

  test('on a deployment’s Kubernetes tab: the manifest the step applied', async ({ page }) => {
    const { drawer } = await openStepObject(page);
    await drawer.tab('Manifest').click();
    // Monaco's first load in this page: a slow, busy machine has needed more than 15 s.
    await expect(drawer.editorLines()).toContainText('kind: Deployment', { timeout: 30_000 });
    await expect(drawer.dialog.getByRole('switch', { name: 'Show diff' })).toHaveCount(0);
  });

  test('a 20,000-line manifest opens and scrolls without freezing the page', async ({ page }) => {
    await page.addInitScript(() => {
      window.drawerLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.drawerLongTasks?.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const live = await openApplication(page, applications.edgeRouterProductionEu);
    await objectLink(live, 'ConfigMap', 'edge-routes').click();
    const drawer = new ObjectDrawer(page, 'ConfigMap edge-routes');
    await drawer.tab('Manifest').click();
    await expect(drawer.editorLines()).toContainText('routes.conf', { timeout: 20_000 });

    await page.evaluate(() => {
      window.drawerLongTasks = [];
    });
    // Wheel through the first thousand lines, then jump to the end and back.
    await drawer.editorLines().hover();
    for (let step = 0; step < 40; step++) await page.mouse.wheel(0, 1_000);
    await expect(drawer.editorLines()).not.toContainText('apiVersion: v1');
    await drawer.editorLines().click();
    await page.keyboard.press('Control+End');
    await expect(drawer.editorLines()).toContainText(/route\s19\d{3}/);
    await page.keyboard.press('Control+Home');
    await expect(drawer.editorLines()).toContainText('kind: ConfigMap');
    const longTasks = await page.evaluate(() => window.drawerLongTasks ?? []);
    // Scrolling never blocks the page for long: Monaco draws only the lines in view.
    expect(Math.max(0, ...longTasks)).toBeLessThan(500);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations on any tab (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const live = await openApplication(page, applications.cartsProduction);
      await objectLink(live, 'Pod', /Back-off restarting failed container/).click();
      const drawer = new ObjectDrawer(page, /^Pod carts-/);
      await expect(drawer.dialog.getByText('Containers')).toBeVisible();
      expect(await blockingViolations(page), 'Summary').toEqual([]);

      await drawer.tab('Events').click();
      await expect(drawer.dialog.getByRole('table')).toBeVisible();
      expect(await blockingViolations(page), 'Events').toEqual([]);

      await drawer.tab('Logs').click();
      await expect(drawer.logRegion()).toBeVisible();
      expect(await blockingViolations(page), 'Logs').toEqual([]);

      await page.goto(applications.paymentProduction);
      await live.waitForObjects();
      await objectLink(live, 'Deployment', 'payment').click();
      const payment = new ObjectDrawer(page, 'Deployment payment');
      await payment.tab('Manifest').click();
      await expect(payment.editorLines()).toContainText('kind: Deployment');
      expect(await blockingViolations(page), 'Manifest').toEqual([]);
      await payment.switch('Show diff').click();
      await expect(payment.editorLines('modified')).toContainText('replicas: 3');
      expect(await blockingViolations(page), 'Diff').toEqual([]);
    });
  }
});
