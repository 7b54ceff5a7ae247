import { expect, test } from '@playwright/test';
import { blockingViolations } from './axe';

test.describe('app shell', () => {
  test('loads the dashboard at /, under a header that says Periscope', async ({ page }) => {
    await page.goto('/');

    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Periscope' })).toBeVisible();
    await expect(header.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Dashboard');
    await expect(page).toHaveTitle('Dashboard · Periscope');
  });

  test('shows the not-found page on an unknown URL, with a way back', async ({ page }) => {
    await page.goto('/this/does/not/exist');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('/this/does/not/exist');

    await page.getByRole('main').getByRole('link', { name: 'Go to dashboard' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL('/');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });

      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);

      await page.goto('/this/does/not/exist');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }

  test('follows the OS theme, and data-theme overrides it', async ({ page }) => {
    const canvas = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const light = await canvas();

    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await canvas();
    expect(dark).not.toBe(light);

    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    expect(await canvas()).toBe(light);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await canvas()).toBe(dark);
  });
});
