import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { demo, paths } from './demo';

/**
 * The simulated server's failure scenarios (`?scenario=`, mocks/server/scenarios.ts), each opened as a
 * user would meet it: what the page says, and the way out it offers.
 */

function dashboardFailure(page: Page) {
  return page.getByRole('region', { name: 'The dashboard could not be loaded' });
}

test.describe('the simulated server’s failure scenarios', () => {
  test('unauthorized: the key is refused, and the page says it is the key', async ({ page }) => {
    await page.goto('/?scenario=unauthorized');
    const panel = dashboardFailure(page);
    await expect(panel).toContainText('HTTP 401');
    await expect(panel).toContainText(
      'The server did not accept the API key, or none was sent (401): You must be logged in to perform this action.',
    );
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The server answered: this is not the network, so no offline banner.
    await expect(page.getByRole('status').filter({ hasText: /^Offline/ })).toHaveCount(0);
  });

  test('forbidden: the key may not view the space, and the page names the missing permission', async ({
    page,
  }) => {
    await page.goto('/?scenario=forbidden');
    const panel = page.getByRole('region', { name: 'Not allowed to view this space' });
    await expect(panel).toContainText('HTTP 403');
    await expect(panel).toContainText('Missing permission: ProjectView');
    await expect(panel).toContainText(
      "Ask your Octopus administrator to grant the key's user, or a team it is in, the ProjectView permission.",
    );
    await expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('offline: nothing reaches a server, the banner says no data has arrived yet', async ({
    page,
  }, testInfo) => {
    await page.goto('/?scenario=offline');
    await expect(page.getByRole('status').filter({ hasText: /^Offline/ })).toHaveText(
      /^Offline: no data has arrived yet\. Could not reach the server\. Periscope keeps trying\./,
    );
    // Three more tries with backoff (1 s, 2 s, 4 s), then the dashboard's own message.
    const panel = dashboardFailure(page);
    await expect(panel).toContainText('Could not reach the server', { timeout: 15_000 });
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline-scenario.png') });
  });

  test('server-timeout: the dashboard never answers; after 20 s the page says so, with Retry', async ({
    page,
  }, testInfo) => {
    await page.clock.install();
    const asked = page.waitForRequest((request) =>
      request.url().endsWith('/api/Spaces-1/dashboard'),
    );
    await page.goto('/?scenario=server-timeout');
    // The client's 20 s start with the request.
    await asked;
    await expect(
      page.getByRole('region', { name: 'The dashboard could not be loaded' }),
    ).toHaveCount(0);
    await page.clock.fastForward(21_000);
    const panel = dashboardFailure(page);
    await expect(panel).toContainText('The server took too long to answer (over 20 s)');
    await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('server-timeout.png') });
  });

  test('offline on the large dashboard: the banner, and the grid keeps its scroll and the Live status switch', async ({
    page,
    context,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open('/?world=large');
    await dashboard.liveSwitch.click();
    await dashboard.expectLive(false);
    const scroller = dashboard.grid.locator('xpath=..');
    await scroller.evaluate((element) => element.scrollBy({ top: 40 * 54 }));
    const scrollTop = await scroller.evaluate((element) => element.scrollTop);
    expect(scrollTop).toBeGreaterThan(0);

    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: /^Offline/ })).toHaveText(
      /^Offline: showing data from \d\d:\d\d:\d\d .*The browser has no network connection\./,
    );
    await expect(page.getByText(/^Offline: last checked \d+ s ago$/)).toBeVisible();
    expect(await scroller.evaluate((element) => element.scrollTop)).toBe(scrollTop);
    await dashboard.expectLive(false);

    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: /^Offline/ })).toHaveCount(0);
    expect(await scroller.evaluate((element) => element.scrollTop)).toBe(scrollTop);
    await dashboard.expectLive(false);
  });

  test('gateway-unavailable: 503s, backed off, then the dashboard; the banner says so meanwhile', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await page.goto('/?scenario=gateway-unavailable');
    const banner = page.getByRole('status').filter({ hasText: /^Offline/ });
    await expect(banner).toContainText(
      'The server is unavailable right now (503). Periscope keeps trying.',
    );
    // 1 s, 2 s and 4 s of backoff, then the fourth try gets through.
    await expect(dashboard.cell(demo.degraded.liveCell)).toBeVisible({ timeout: 20_000 });
    await expect(banner).toHaveCount(0);
  });

  test('live-status-forbidden: the application says what the key may not view, and the way back', async ({
    page,
  }) => {
    await page.goto(`${paths.applicationLiveStatus(demo.degraded)}?scenario=live-status-forbidden`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Not allowed to view this application' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('the EnvironmentView permission');
    await page.getByRole('link', { name: 'Go to dashboard' }).click();
    await expect(page).toHaveURL(/^[^?]*\/(\?.*)?$/);
  });

  test('object-not-found: the drawer says the object is no longer monitored, and closes back', async ({
    page,
  }) => {
    await page.goto(`${paths.applicationLiveStatus(demo.degraded)}?scenario=object-not-found`);
    const objects = page.getByRole('treegrid', { name: 'Objects' });
    await objects
      .getByRole('row')
      .filter({ hasText: 'exceeded its progress deadline' })
      .getByRole('link')
      .first()
      .click();
    const drawer = page.getByRole('dialog', { name: 'Object not found' });
    await expect(drawer.getByRole('alert')).toContainText('is no longer monitored');
    await drawer.getByRole('button', { name: 'Back to live status' }).click();
    await expect(drawer).toHaveCount(0);
    await expect(objects).toBeVisible();
  });

  test('live-status-timeout: after 20 s the live status page says so, with Retry, and keeps saying so while its polls ask again', async ({
    page,
  }) => {
    // Real time: with Playwright's clock installed, this page's request timer is not fired by
    // fastForward under the service worker (the dashboard's is), so the test waits the 20 s.
    test.setTimeout(60_000);
    await page.goto(`${paths.applicationLiveStatus(demo.degraded)}?scenario=live-status-timeout`);
    const main = page.getByRole('main');
    await expect(main).toContainText('The server took too long to answer (over 20 s)', {
      timeout: 25_000,
    });
    await expect(main.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The next poll (5 s later) asks again and hangs again: the message stays meanwhile.
    const polled = page.waitForRequest((request) =>
      new URL(request.url()).pathname.endsWith('/untenanted/livestatus'),
    );
    await polled;
    // eslint-disable-next-line playwright/no-wait-for-timeout -- proves nothing changes: no event to wait for
    await page.waitForTimeout(1_000);
    await expect(main).toContainText('The server took too long to answer (over 20 s)');
    await expect(main).not.toContainText('Loading live status');
  });
});
