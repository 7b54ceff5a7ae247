/* eslint-disable playwright/no-conditional-in-test, playwright/no-conditional-expect -- one script writes every shot, each set up as its data says */
import { expect, test } from '@playwright/test';
import { DashboardPage } from './dashboard-page';

/**
 * The dashboard's screenshots in docs/screenshots (the README shows one). Not part of the normal
 * run: `SCREENSHOTS=1 npx playwright test dashboard-screenshots` writes them again.
 */
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to write docs/screenshots.');

const shots = [
  { file: 'dashboard-live-light.png', path: '/', colorScheme: 'light', live: true },
  { file: 'dashboard-live-dark.png', path: '/', colorScheme: 'dark', live: true },
  { file: 'dashboard-deployments-light.png', path: '/', colorScheme: 'light', live: false },
  { file: 'dashboard-deployments-dark.png', path: '/', colorScheme: 'dark', live: false },
  { file: 'dashboard-large.png', path: '/?world=large', colorScheme: 'light', live: true },
  { file: 'dashboard-large-dark.png', path: '/?world=large', colorScheme: 'dark', live: false },
] as const;

for (const shot of shots) {
  test(shot.file, async ({ page }) => {
    // Tall enough for the whole demo grid, tenants open; the large world fills any height.
    await page.setViewportSize({ width: 1440, height: shot.path === '/' ? 1320 : 900 });
    await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    const dashboard = new DashboardPage(page);
    await dashboard.open(shot.path);
    if (!shot.live) await dashboard.liveSwitch.click();
    await dashboard.expectLive(shot.live);
    if (shot.path === '/') {
      await page.getByRole('button', { name: 'customer-portal 3 tenants' }).click();
      await expect(dashboard.cell(/^customer-portal for Globex/).first()).toBeVisible();
    }
    // Let the icons' spin and the shimmer settle (reduced motion stops them).
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
  });
}
