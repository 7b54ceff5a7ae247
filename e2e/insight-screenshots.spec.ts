import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ComparePage } from './compare-page';
import { demo, paths } from './demo';
import { LiveStatusPage } from './live-status-page';
import { ObjectDrawer } from './object-drawer';

/**
 * The README's screenshots of orphaned objects, the drift-only diff and the comparison across
 * environments, light and dark. Not part of the normal run: `SCREENSHOTS=1 npx playwright test
 * insight-screenshots` writes them again into docs/screenshots.
 */
test.skip(!process.env.SCREENSHOTS, 'Set SCREENSHOTS=1 to write docs/screenshots.');

// Monaco's first load parses 2.7 MB of script: on a busy two-core machine that takes seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const schemes = ['light', 'dark'] as const;

async function prepare(page: Page, colorScheme: (typeof schemes)[number]) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
}

async function shoot(page: Page, file: string) {
  // Away from any tooltip; reduced motion has stopped the spinners.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `docs/screenshots/${file}` });
}

for (const scheme of schemes) {
  test(`orphaned objects (${scheme})`, async ({ page }) => {
    await prepare(page, scheme);
    await page.goto(`${paths.applicationLiveStatus(demo.orphaned)}?sync=Orphaned`);
    const live = new LiveStatusPage(page);
    await live.waitForObjects();
    await expect(live.rows(demo.orphaned.orphan.name)).toBeVisible();
    await shoot(page, `orphaned-objects-${scheme}.png`);
  });

  test(`drift-only diff (${scheme})`, async ({ page }) => {
    await prepare(page, scheme);
    await page.goto(paths.applicationLiveStatus(demo.outOfSync));
    const live = new LiveStatusPage(page);
    await live.waitForObjects();
    await live.rows('Deployment', 'payment').getByRole('link').first().click();
    const drawer = new ObjectDrawer(page, 'Deployment payment');
    await drawer.tab('Manifest').click();
    await drawer.switch('Show diff').click();
    await expect(drawer.editorLines('modified')).toContainText('replicas: 3');
    await expect(
      drawer.dialog.getByRole('status').filter({ hasText: 'Line by line' }),
    ).toBeVisible();
    await shoot(page, `drift-diff-${scheme}.png`);
  });

  test(`payment compared across Production and Staging (${scheme})`, async ({ page }) => {
    await prepare(page, scheme);
    await page.setViewportSize({ width: 1440, height: 1200 });
    const production = demo.outOfSync;
    await page.goto(
      `${paths.environmentCompare({ projectId: production.projectId, left: production, right: demo.promotionCandidate })}&object=Deployment%2Fpayment`,
    );
    const compare = new ComparePage(page);
    await compare.waitForRows();
    await expect(compare.differingFields).toContainText('spec.replicas: 2 vs 1');
    await expect(compare.diffLines('modified')).toContainText('weaveworksdemos/payment:0.4.4');
    // Monaco marks the changed lines once its worker has diffed them.
    await expect(page.locator('.monaco-diff-editor .line-insert').first()).toBeVisible();
    await shoot(page, `compare-payment-${scheme}.png`);
  });
}
