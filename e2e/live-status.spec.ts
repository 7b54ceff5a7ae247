import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { LiveStatusPage } from './live-status-page';
import { blockingViolations } from './axe';
import { absentIds, demo, paths } from './demo';

declare global {
  interface Window {
    /** Long tasks seen by the 5,000-object journey's observer, in ms. */
    longTasks?: number[];
  }
}

/** Opens the dashboard (live status is on by default) and follows one cell's link. */
async function fromDashboard(page: Page, cell: string) {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await dashboard.expectLive(true);
  await dashboard.cell(cell).click();
  const live = new LiveStatusPage(page);
  return live;
}

test.describe('the application live status page', () => {
  test('carts in Production is Degraded: the crash-looping Pod under its ReplicaSet', async ({
    page,
  }) => {
    const live = await fromDashboard(page, demo.degraded.liveCell);
    await expect(page).toHaveURL(paths.applicationLiveStatus(demo.degraded));
    await expect(live.heading('carts in Production')).toBeVisible();
    await expect(page.getByText('Degraded', { exact: true }).first()).toBeVisible();
    await expect(page).toHaveTitle('carts in Production · Live status · Periscope');
    await live.waitForObjects();

    const pod = live.rows('Pod', /Back-off restarting failed container carts in pod/);
    await expect(pod).toHaveCount(1);
    await expect(pod).toHaveAttribute('aria-level', '3');
    await expect(pod.getByRole('gridcell').nth(3)).toContainText('Degraded');
    // The ReplicaSet right above it is its parent, open; the Deployment above that.
    const parentIndex = Number(await pod.getAttribute('aria-rowindex')) - 1;
    const replicaSet = live.grid.locator(`[role="row"][aria-rowindex="${String(parentIndex)}"]`);
    await expect(replicaSet).toContainText('ReplicaSet');
    await expect(replicaSet).toHaveAttribute('aria-expanded', 'true');
    await expect(live.rows('Deployment', 'exceeded its progress deadline')).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(
      page.getByRole('link', { name: `Release ${demo.degraded.release}: Success` }),
    ).toHaveAttribute('href', paths.deployment(demo.degraded.deploymentId));
  });

  test('orders in Production shows its Missing Service', async ({ page }) => {
    const live = await fromDashboard(page, demo.missing.liveCell);
    await expect(live.heading('orders in Production')).toBeVisible();
    await live.waitForObjects();
    const service = live.rows('Service', 'Missing');
    await expect(service).toHaveCount(1);
    await expect(service.getByRole('gridcell').first()).toHaveText('orders');
    await expect(service).toContainText('Out of Sync');
    await expect(service).toContainText('Object is missing from the cluster');
  });

  test('payment in Production shows its Deployment out of sync', async ({ page }) => {
    const live = await fromDashboard(page, demo.outOfSync.liveCell);
    await expect(live.heading('payment in Production')).toBeVisible();
    await live.waitForObjects();
    const deployment = live.rows('Deployment', 'Out of Sync');
    await expect(deployment).toHaveCount(1);
    await expect(deployment).toContainText('spec.replicas: applied 2, live 3');
    await expect(deployment).toContainText('Healthy');
  });

  test('front-end in Production is Waiting, with a link to the running deployment', async ({
    page,
  }) => {
    const live = await fromDashboard(page, demo.executing.liveCell);
    const waiting = live.panel('A deployment is running');
    await expect(waiting).toBeVisible();
    const link = waiting.getByRole('link', { name: 'View the running deployment' });
    await expect(link).toHaveAttribute('href', paths.deployment(demo.executing.deploymentId));
    await link.click();
    await expect(page).toHaveURL(paths.deployment(demo.executing.deploymentId));
  });

  test("a tenanted cell shows that tenant's objects, and the switcher changes tenant", async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.grid.getByRole('button', { name: /customer-portal/ }).click();
    await dashboard.cell(demo.tenantDegraded.liveCell).click();

    const live = new LiveStatusPage(page);
    await expect(live.heading('customer-portal in Production for Globex')).toBeVisible();
    await live.waitForObjects();
    await expect(live.rows('Pod', /_portal-globex-production/)).toHaveCount(1);

    const tenants = page.getByRole('navigation', { name: 'Tenants' });
    await expect(tenants.getByRole('link', { name: 'Globex' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await tenants.getByRole('link', { name: 'Acme Corp' }).click();
    await expect(live.heading('customer-portal in Production for Acme Corp')).toBeVisible();
    await expect(live.rows(/_portal-globex-production/)).toHaveCount(0);
  });

  test('the tree is navigated with the keyboard alone, drawer included', async ({ page }) => {
    const live = await fromDashboard(page, demo.degraded.liveCell);
    await live.waitForObjects();

    // Tab from the search box to the grid: one tab stop for the whole tree.
    await live.search.focus();
    await live.tabToGrid();
    const deployment = live.rows('Deployment', 'exceeded its progress deadline');
    await expect(deployment).toBeFocused();

    await page.keyboard.press('ArrowLeft');
    await expect(deployment).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(deployment).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(live.focusedRow()).toHaveAttribute('aria-level', '2');
    await page.keyboard.press('ArrowDown');
    await expect(live.focusedRow()).toContainText('Back-off restarting failed container');
    await page.keyboard.press('ArrowLeft');
    await expect(live.focusedRow()).toContainText('ReplicaSet');
    await page.keyboard.press('End');
    await expect(live.focusedRow()).toHaveAttribute('aria-rowindex', String(await live.rowCount()));
    await page.keyboard.press('Home');
    await expect(deployment).toBeFocused();

    // Enter opens the object's drawer, through the URL; Escape closes it and focus comes back.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Deployment carts' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\?object=Machines-4%3A/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(paths.applicationLiveStatus(demo.degraded));
    await expect(deployment).toBeFocused();
  });

  test('polling updates rows in place: expansion, focus, scroll and the drawer survive', async ({
    page,
  }) => {
    const live = await fromDashboard(page, demo.degraded.liveCell);
    await live.waitForObjects();
    const db = live.rows('Deployment', /^carts-db/);
    await db.getByRole('button', { name: 'Expand carts-db' }).click();
    await expect(db).toHaveAttribute('aria-expanded', 'true');
    await live
      .rows('Service', /^carts-db/)
      .getByRole('link')
      .click();
    const dialog = page.getByRole('dialog', { name: 'Service carts-db' });
    await expect(dialog).toBeVisible();

    // Two polls later (5 s apart), nothing moved.
    for (let poll = 0; poll < 2; poll++) {
      await page.waitForResponse((response) => response.url().includes('/livestatus'));
    }
    await expect(dialog).toBeVisible();
    await expect(db).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/\?object=/);
  });

  test('an unknown project is a not-found page', async ({ page }) => {
    await page.goto(
      paths.applicationLiveStatus({ ...demo.degraded, projectId: absentIds.projectId }),
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
    await expect(page.getByText(`Project ${absentIds.projectId} was not found.`)).toBeVisible();
  });

  test('5,000 objects render, expand, filter as you type and poll without freezing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const longTasks: number[] = [];
      window.longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const longest = () =>
      page.evaluate(() => {
        const tasks = window.longTasks ?? [];
        const max = Math.max(0, ...tasks);
        tasks.length = 0;
        return max;
      });
    // The large world's first project in its busiest environment.
    const fleet = { projectId: 'Projects-1', environmentId: 'Environments-8' };
    await page.goto(`${paths.applicationLiveStatus(fleet)}?world=large`);
    const live = new LiveStatusPage(page);
    await expect(live.heading('fleet-controller in Production EU')).toBeVisible({
      timeout: 20_000,
    });
    await live.waitForObjects();
    expect(await live.rowCount()).toBe(1001);
    await longest();

    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(live.grid).toHaveAttribute('aria-rowcount', '5001');
    expect(await live.grid.getByRole('row').count()).toBeLessThan(80);
    expect(await longest()).toBeLessThan(1000);

    await live.search.pressSequentially('fleet-0042', { delay: 50 });
    await expect(live.grid).toHaveAttribute('aria-rowcount', '6');
    expect(await longest()).toBeLessThan(1000);

    await page.waitForResponse((response) => response.url().includes('/livestatus'));
    await expect(live.grid).toHaveAttribute('aria-rowcount', '6');
    expect(await longest()).toBeLessThan(1000);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      // Six states and the drawer, each loaded and checked.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const live = new LiveStatusPage(page);
      const pages = [
        ...[demo.degraded, demo.executing, demo.notSupported, demo.unknown, demo.stale].map(
          (landmark) => [paths.applicationLiveStatus(landmark), landmark.cell] as const,
        ),
        [
          paths.applicationLiveStatus({ ...demo.degraded, projectId: absentIds.projectId }),
          'Project not found',
        ],
      ] as const;
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(live.heading(heading)).toBeVisible({ timeout: 20_000 });
        // eslint-disable-next-line playwright/no-networkidle -- axe reads the page once its requests have landed
        await page.waitForLoadState('networkidle');
        expect(await blockingViolations(page), path).toEqual([]);
      }
      // With the drawer open, too.
      await page.goto(paths.applicationLiveStatus(demo.degraded));
      await live.waitForObjects();
      await live
        .rows('Service', /^carts-db/)
        .getByRole('link')
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }
});
