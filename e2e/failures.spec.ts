import { expect, test, type Page, type Route } from '@playwright/test';
import { DashboardPage } from './dashboard-page';
import { LiveStatusPage } from './live-status-page';
import { absentIds, demo, paths } from './demo';

/**
 * Failures met over a real network: the app built for a real server, its requests going through
 * the preview server's proxy to the simulated server over HTTP (the `real-server` setup). Here
 * the browser's own network can be cut (`context.setOffline`) and any answer replaced on the way
 * (`page.route`), at any moment of a session, as a failing server or network would.
 */

const cartsProduction = paths.applicationLiveStatus(demo.degraded);

/** "Offline: showing data from 14:32:05", the banner under the header. */
function offlineBanner(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Offline: / });
}

/** The real server's error body. */
function octopusError(route: Route, status: number, message: string, headers = {}) {
  return route.fulfill({
    status,
    contentType: 'application/json',
    headers,
    body: JSON.stringify({ ErrorMessage: message, Errors: [message] }),
  });
}

const isLiveStatus = (url: URL) => url.pathname.endsWith('/livestatus');

/** Times (ms since the test started) of the requests whose URL matches. */
function recordRequests(page: Page, matches: (url: URL) => boolean) {
  const start = Date.now();
  const times: number[] = [];
  page.on('request', (request) => {
    if (matches(new URL(request.url()))) times.push(Date.now() - start);
  });
  return times;
}

/** Opens carts in Production and the drawer of its crash-looping Pod. */
async function openCrashLoopingPod(page: Page) {
  const live = new LiveStatusPage(page);
  await page.goto(cartsProduction);
  await live.waitForObjects();
  await live
    .rows('Pod', /Back-off restarting failed container/)
    .getByRole('link')
    .first()
    .click();
  return page.getByRole('dialog', { name: /^Pod carts-/ });
}

test.describe('failures over a real network', () => {
  test('offline and back: the banner gives the data’s time, the page keeps everything, polling resumes', async ({
    page,
    context,
  }, testInfo) => {
    // Short enough that the page scrolls.
    await page.setViewportSize({ width: 1280, height: 560 });
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    await live.waitForObjects();
    // A collapsed row, a filter, a scroll position and an open drawer: all must survive.
    const deployment = live.rows('Deployment').first();
    await expect(deployment).toHaveAttribute('aria-expanded', 'true');
    await deployment.getByRole('button', { name: /^Collapse / }).click();
    await expect(deployment).toHaveAttribute('aria-expanded', 'false');
    await live.search.fill('carts');
    await page.evaluate(() => window.scrollTo(0, 200));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Where the collapsed row sits in the viewport: the banner appears above it, and the browser's
    // scroll anchoring keeps what the user looks at in place.
    const rowTop = async () => (await deployment.boundingBox())?.y ?? Number.NaN;
    const deploymentTop = await rowTop();
    await live.rows('Deployment').first().getByRole('link').first().click();
    const drawer = page.getByRole('dialog', { name: 'Deployment carts' });
    await expect(drawer).toBeVisible();
    const rowCount = await live.rowCount();
    const url = page.url();

    await context.setOffline(true);
    const banner = offlineBanner(page);
    await expect(banner).toHaveText(
      /^Offline: showing data from \d\d:\d\d:\d\d \(just now\)\. The browser has no network connection\./,
    );
    // Nothing to retry while there is no network: the way out is the network coming back.
    await expect(banner.getByRole('button')).toHaveCount(0);
    // The open drawer covers the banner, so it says so itself.
    await expect(drawer.getByText(/^Offline: last checked \d+ s ago$/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('offline.png') });

    // A poll interval later, everything is still there.
    // eslint-disable-next-line playwright/no-wait-for-timeout -- proves nothing changes: no event to wait for
    await page.waitForTimeout(6_000);
    const unchanged = async () => {
      expect(await live.rowCount()).toBe(rowCount);
      await expect(live.rows('Deployment').first()).toHaveAttribute('aria-expanded', 'false');
      await expect(live.search).toHaveValue('carts');
      await expect(drawer).toBeVisible();
      expect(page.url()).toBe(url);
      expect(Math.abs((await rowTop()) - deploymentTop)).toBeLessThanOrEqual(1);
    };
    await unchanged();

    const resumed = page.waitForRequest((request) => isLiveStatus(new URL(request.url())));
    await context.setOffline(false);
    await resumed;
    await expect(banner).toHaveCount(0);
    await expect(drawer.getByText(/^Checked \d+ s ago$/)).toBeVisible();
    await unchanged();
  });

  test('an unreachable server on the dashboard: the banner says why, the page keeps its state, Try now brings it back', async ({
    page,
  }, testInfo) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.liveSwitch.click();
    await dashboard.expectLive(false);
    await dashboard.nameFilter.fill('car');
    const cell = dashboard.cell(new RegExp(`^${demo.degraded.cell}: `));
    await expect(cell).toBeVisible();
    const url = page.url();

    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    const banner = offlineBanner(page);
    // The dashboard polls every 10 s; its next poll meets the refused connection.
    await expect(banner).toHaveText(
      /^Offline: showing data from \d\d:\d\d:\d\d .*Could not reach the server\. Periscope keeps trying\./,
      { timeout: 20_000 },
    );
    await page.screenshot({ path: testInfo.outputPath('server-unreachable.png') });
    await expect(cell).toBeVisible();
    await dashboard.expectLive(false);
    await expect(dashboard.nameFilter).toHaveValue('car');
    expect(page.url()).toBe(url);

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await banner.getByRole('button', { name: 'Try now' }).click();
    await expect(banner).toHaveCount(0);
    await expect(cell).toBeVisible();
  });

  test('503 from a gateway: asked again after 1 s, 2 s and 4 s, then the message and Retry', async ({
    page,
  }, testInfo) => {
    let failing = true;
    const times = recordRequests(page, isLiveStatus);
    await page.route(
      (url) => isLiveStatus(url),
      (route) => (failing ? octopusError(route, 503, 'Service Unavailable') : route.continue()),
    );
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);

    // While it tries again, the banner says what the gateway said.
    await expect(offlineBanner(page)).toContainText(
      'The server is unavailable right now (503). Periscope keeps trying.',
    );
    // Then the page's own message, with Retry (the banner's button is "Try now").
    const retry = page.getByRole('main').getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('main')).toContainText('The server is unavailable right now (503)');
    await page.screenshot({ path: testInfo.outputPath('gateway-503.png') });
    // The first try and three more, each after a longer wait.
    expect(times.length).toBeGreaterThanOrEqual(4);
    const gaps = times.slice(1, 4).map((time, index) => time - (times[index] ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[1]).toBeGreaterThanOrEqual(1_900);
    expect(gaps[2]).toBeGreaterThanOrEqual(3_900);

    failing = false;
    await retry.click();
    await live.waitForObjects();
  });

  test('429: every request waits out Retry-After, then the page loads', async ({ page }) => {
    let limited = 0;
    const all = recordRequests(page, (url) => url.pathname.startsWith('/api/'));
    let limitedAt = 0;
    const start = Date.now();
    await page.route(
      (url) => isLiveStatus(url),
      (route) => {
        if (limited++ > 0) return route.continue();
        limitedAt = Date.now() - start;
        return octopusError(route, 429, 'Too many requests', { 'Retry-After': '3' });
      },
    );
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    // The page says why nothing moves, counting down.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Paused: the server asked Periscope to slow down \(429\)\./ }),
    ).toContainText(/they resume in [1-3] s/);
    await live.waitForObjects();

    expect(limited).toBeGreaterThanOrEqual(2);
    // Nothing went to the server while it had asked for quiet.
    const duringPause = all.filter((time) => time > limitedAt + 50 && time < limitedAt + 2_900);
    expect(duringPause).toEqual([]);
  });

  test('a server that never answers: after 20 s the page says so with Retry, and the next poll recovers by itself', async ({
    page,
  }, testInfo) => {
    await page.clock.install();
    let hanging = true;
    await page.route(
      (url) => isLiveStatus(url),
      (route) => (hanging ? undefined : route.continue()),
    );
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    await expect(page.getByText('Loading live status…')).toBeAttached();

    await page.clock.fastForward(21_000);
    const message = page.getByText(/The server took too long to answer \(over 20 s\)/).first();
    await expect(message).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' }).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('timeout.png') });

    // The server answers again: the page's own poll picks it up, no click needed.
    hanging = false;
    await page.clock.fastForward(6_000);
    await live.waitForObjects();
    await expect(message).toHaveCount(0);
  });

  test('data well past its polling interval is marked not current, and current again once confirmed', async ({
    page,
  }, testInfo) => {
    await page.clock.install();
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    await live.waitForObjects();
    const freshness = page.getByText(
      /^(Checked|Not current: last checked|Offline: last checked) \d+ (s|min) ago$/,
    );
    await expect(freshness).toHaveText(/^Checked \d+ s ago$/);

    // The server is there but its answers stop coming (no network error: not offline). Past three
    // polls of 5 s, or 5 s and 20 s more, the data on screen is no longer current.
    await page.route('**/api/**', () => undefined);
    for (let waited = 0; waited < 30_000; waited += 5_000) await page.clock.fastForward(5_000);
    await expect(freshness).toHaveText(/^Not current: last checked \d+ s ago$/);
    await expect(offlineBanner(page)).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('not-current.png') });
    await expect(live.rows('Pod').first()).toBeVisible();

    // Refused outright: offline, said at once.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    for (let waited = 0; waited < 10_000; waited += 5_000) await page.clock.fastForward(5_000);
    await expect(freshness).toHaveText(/^Offline: last checked \d+ s ago$/);
    await expect(offlineBanner(page)).toBeVisible();

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (let waited = 0; waited < 10_000; waited += 5_000) await page.clock.fastForward(5_000);
    await expect(freshness).toHaveText(/^Checked \d+ s ago$/);
    await expect(offlineBanner(page)).toHaveCount(0);
  });

  test('404 and 403, each in its own words, with the way out', async ({ page }) => {
    // The environment is gone (and with it the application's live status): the live status page
    // says which, not "application not found".
    await page.route(
      (url) =>
        url.pathname === `/api/Spaces-1/environments/${demo.degraded.environmentId}` ||
        isLiveStatus(url),
      (route) => octopusError(route, 404, 'The resource you requested was not found.'),
    );
    await page.goto(cartsProduction);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Environment not found' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      `The server has no environment ${demo.degraded.environmentId}. It may have been deleted, or the link is wrong.`,
    );
    await page.getByRole('link', { name: 'Go to dashboard' }).click();
    await expect(page).toHaveURL('/');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // The key may not read this application's live status.
    await page.route(
      (url) => isLiveStatus(url),
      (route) =>
        octopusError(
          route,
          403,
          'You do not have permission to perform this action. Missing permission: EnvironmentView',
        ),
    );
    await page.goto(cartsProduction);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Not allowed to view this application' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('the EnvironmentView permission');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // A deployment that retention deleted.
    await page.goto(paths.deployment(absentIds.deploymentId));
    await expect(page.getByRole('heading', { name: 'Deployment not found' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('retention policies');
    await expect(page.getByRole('link', { name: 'Go to dashboard' })).toBeVisible();
  });

  test('an open object that stops being monitored: the drawer says so, and closing it keeps the page', async ({
    page,
  }) => {
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    await live.waitForObjects();
    await live.search.fill('carts');
    await live.rows('Deployment').first().getByRole('link').first().click();
    const drawer = page.getByRole('dialog', { name: 'Deployment carts' });
    await expect(drawer).toBeVisible();

    // Its next poll (every 5 s) finds it gone.
    await page.route(/\/machines\/[^/]+\/resources\/[^/]+$/, (route) =>
      octopusError(route, 404, 'The resource you requested was not found.'),
    );
    const alert = drawer.getByRole('alert');
    await expect(alert).toContainText('Object not found', { timeout: 15_000 });
    await expect(alert).toContainText('is no longer monitored');
    await alert.getByRole('button', { name: 'Back to live status' }).click();
    await expect(drawer).toHaveCount(0);
    await expect(live.search).toHaveValue('carts');
  });

  test('an events session that ends in a monitor error keeps the events read before, says why, and retries', async ({
    page,
  }, testInfo) => {
    const drawer = await openCrashLoopingPod(page);
    await drawer.getByRole('tab', { name: 'Events', exact: true }).click();
    const events = drawer.getByRole('table', { name: /^Events of Pod carts-/ });
    const backOff = events.getByRole('row').filter({ hasText: 'BackOff' });
    await expect(backOff).toBeVisible();

    let failing = true;
    await page.route(/\/observability\/events\/sessions\/[^/]+$/, (route) =>
      failing
        ? route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({
              Events: [],
              IsSessionCompleted: true,
              Error: {
                ErrorCode: 'MonitorNotConnected',
                ErrorMessage: 'The Kubernetes monitor on prod-eu-west is not connected.',
              },
            }),
          })
        : route.continue(),
    );
    await drawer.getByRole('button', { name: 'Refresh' }).click();
    const alert = drawer.getByRole('alert');
    await expect(alert).toContainText(
      'The Kubernetes monitor could not read the events: The Kubernetes monitor on prod-eu-west is not connected. (MonitorNotConnected)',
    );
    await expect(alert).toContainText(/Showing the events read at \d\d:\d\d:\d\d/);
    await expect(backOff).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('events-monitor-error.png') });

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0);
    await expect(backOff).toBeVisible();
  });

  test('offline on a deployment’s Kubernetes tab: the tab, its tables and the URL stay, and it says so', async ({
    page,
    context,
  }) => {
    const live = new LiveStatusPage(page);
    await page.goto(cartsProduction);
    await live.waitForObjects();
    await page.getByRole('link', { name: /^Release 0\.4\.6: Success/ }).click();
    const kubernetes = page.getByRole('tab', { name: 'Kubernetes', exact: true });
    await kubernetes.click();
    await expect(kubernetes).toHaveAttribute('aria-selected', 'true');
    const tables = page.getByRole('tabpanel').getByRole('treegrid');
    await expect(tables.first()).toBeVisible();
    const tableCount = await tables.count();
    const url = page.url();

    // A finished deployment is not polled: when it was read, and never marked not current.
    const freshness = page.getByText(/^Checked \d+ (s|min) ago$/);
    await expect(freshness).toBeVisible();

    await context.setOffline(true);
    await expect(offlineBanner(page)).toContainText('The browser has no network connection.');
    await expect(freshness).toBeVisible();
    await expect(kubernetes).toHaveAttribute('aria-selected', 'true');
    await expect(tables).toHaveCount(tableCount);
    expect(page.url()).toBe(url);

    await context.setOffline(false);
    await expect(offlineBanner(page)).toHaveCount(0);
    await expect(tables).toHaveCount(tableCount);
  });

  test('a logs session that never completes keeps the lines read before, says so after 20 s, and retries', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    const drawer = await openCrashLoopingPod(page);
    await drawer.getByRole('tab', { name: 'Logs', exact: true }).click();
    const log = drawer.getByRole('region', { name: /^Log of container/ });
    await expect(log).toContainText(/INFO/);
    const lines = await log.innerText();

    let stalled = true;
    await page.route(/\/observability\/logs\/sessions\/[^/]+$/, (route) =>
      stalled
        ? route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({ Logs: [], IsSessionCompleted: false, Error: null }),
          })
        : route.continue(),
    );
    await drawer.getByRole('button', { name: 'Refresh' }).click();
    const alert = drawer.getByRole('alert');
    // The session's own limit is 20 s, in real time here.
    await expect(alert).toContainText('The logs session did not complete within 20 s', {
      timeout: 30_000,
    });
    await expect(alert).toContainText(/Showing the log lines read at \d\d:\d\d:\d\d/);
    // Exactly the lines read before, line breaks included (toHaveText would fold whitespace).
    await expect.poll(() => log.innerText()).toBe(lines);
    await page.screenshot({ path: testInfo.outputPath('logs-session-stalled.png') });

    stalled = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0);
    await expect(log).toContainText(/INFO/);
  });
});
