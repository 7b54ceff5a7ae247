import { expect as baseExpect, test, type Page, type Request } from '@playwright/test';
import { blockingViolations } from './axe';
import { ComparePage } from './compare-page';
import { demo, paths } from './demo';
import { LiveStatusPage } from './live-status-page';

// Monaco's first load parses 2.7 MB of script: on a busy two-core machine that takes seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Counts the manifest requests the page has in flight at once, and the most it ever had. */
function trackManifestRequests(page: Page) {
  let inFlight = 0;
  let most = 0;
  const isManifest = (request: Request) => request.url().endsWith('/manifest');
  page.on('request', (request) => {
    if (!isManifest(request)) return;
    inFlight += 1;
    most = Math.max(most, inFlight);
  });
  const settle = (request: Request) => {
    if (isManifest(request)) inFlight -= 1;
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return { mostInFlight: () => most };
}

const production = demo.outOfSync;
const staging = demo.promotionCandidate;

test.describe('comparing environments', () => {
  test.describe.configure({ timeout: 90_000 });

  test('payment: from Production’s live status, Compare with… Staging shows what a promotion changes', async ({
    page,
  }) => {
    await page.goto(paths.applicationLiveStatus(production));
    const live = new LiveStatusPage(page);
    await expect(live.heading('payment in Production')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('combobox', { name: 'Compare with…' }).selectOption({ label: 'Staging' });
    await page.getByRole('link', { name: 'Compare', exact: true }).click();

    await expect(page).toHaveURL(
      paths.environmentCompare({
        projectId: production.projectId,
        left: production,
        right: staging,
      }),
    );
    const compare = new ComparePage(page);
    await expect(compare.heading('payment: Production vs Staging')).toBeVisible();
    await expect(page).toHaveTitle('payment: Production vs Staging · Compare · Periscope');
    await expect(compare.side('Production')).toContainText('Out of Sync');
    await expect(compare.side('Staging')).toContainText('In Sync');
    await compare.waitForRows();
    await expect(compare.rows('Deployment', 'payment')).toContainText('Both');
    await expect(compare.rows('Deployment', 'payment')).toContainText(/Differ \(\d+ fields\)/);
    await expect(page.getByRole('status').filter({ hasText: /^Compared/ })).toHaveText(
      'Compared 2 of 2 objects',
    );

    await compare.onlyDifferences.click();
    await expect(page).toHaveURL(/[?&]diff=1/);
    await expect(compare.rows('Deployment', 'payment')).toHaveCount(1);

    await compare.nameLink('Deployment', 'payment').click();
    await expect(page).toHaveURL(/[?&]object=Deployment%2Fpayment/);
    await expect(compare.rows('Deployment', 'payment')).toHaveAttribute('aria-current', 'true');
    const selection = compare.selection('Deployment payment');
    await expect(selection).toBeVisible();
    await expect(compare.differingFields.getByRole('listitem')).toContainText([
      'spec.replicas: 2 vs 1',
      'spec.template.spec.containers[payment].image: weaveworksdemos/payment:0.4.3 vs weaveworksdemos/payment:0.4.4',
    ]);
    // Monaco's diff editor: Production's applied manifest on the left, Staging's on the right.
    await expect(compare.diffLines('original')).toContainText('replicas: 2');
    await expect(compare.diffLines('modified')).toContainText('replicas: 1');
    await expect(compare.diffLines('original')).toContainText('weaveworksdemos/payment:0.4.3');
    await expect(compare.diffLines('modified')).toContainText('weaveworksdemos/payment:0.4.4');

    // The whole state is in the URL: a reload comes back to it.
    await page.reload();
    await expect(compare.heading('payment: Production vs Staging')).toBeVisible({
      timeout: 20_000,
    });
    await expect(compare.onlyDifferences).toHaveAttribute('aria-checked', 'true');
    await expect(compare.differingFields).toContainText('spec.replicas: 2 vs 1');
  });

  test('the keyboard picks sides, swaps them and selects a row', async ({ page }) => {
    await page.goto(paths.environmentCompare({ projectId: production.projectId }));
    const compare = new ComparePage(page);
    await expect(page.getByRole('heading', { name: 'Pick two sides to compare' })).toBeVisible({
      timeout: 20_000,
    });
    await compare.picker('Left side').selectOption({ label: 'Staging' });
    await compare.picker('Right side').selectOption({ label: 'Production' });
    await expect(compare.heading('payment: Staging vs Production')).toBeVisible();
    await page.getByRole('button', { name: 'Swap sides' }).press('Enter');
    await expect(compare.heading('payment: Production vs Staging')).toBeVisible();

    await compare.waitForRows();
    await compare.rows('Deployment', 'payment').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(compare.selection('Service payment')).toBeVisible();
    await expect(page).toHaveURL(/[?&]object=Service%2Fpayment/);
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await page.goto(
      `${paths.environmentCompare({ projectId: production.projectId, left: production, right: staging })}&object=Deployment%2Fpayment`,
    );
    const compare = new ComparePage(page);
    await expect(compare.heading('payment: Production vs Staging')).toBeVisible({
      timeout: 20_000,
    });
    await expect(compare.differingFields).toBeVisible();
    // eslint-disable-next-line playwright/no-networkidle -- axe reads the page once its requests have landed
    await page.waitForLoadState('networkidle');
    expect(await blockingViolations(page)).toEqual([]);
  });

  test('catalogue: the ConfigMap Staging still runs, orphaned, is on one side only', async ({
    page,
  }) => {
    const { orphaned } = demo;
    await page.goto(
      paths.environmentCompare({ projectId: orphaned.projectId, left: orphaned, right: null }),
    );
    const compare = new ComparePage(page);
    await compare.picker('Right side').selectOption({ label: 'Production' });
    await expect(compare.heading('catalogue: Staging vs Production')).toBeVisible({
      timeout: 20_000,
    });
    await compare.waitForRows();
    const orphan = compare.rows(orphaned.orphan.kind, orphaned.orphan.name);
    await expect(orphan).toContainText('Only in Staging');
    await expect(orphan).toContainText('Orphaned');
    await compare.onlyDifferences.click();
    await expect(orphan).toHaveCount(1);
  });

  test('the large world: 1,000 Deployments (5,000 objects) a side, compared a few requests at a time', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const manifests = trackManifestRequests(page);

    // The large world's first project, in Production EU and, one release behind, Production US.
    const fleet = {
      projectId: 'Projects-1',
      left: { environmentId: 'Environments-8' },
      right: { environmentId: 'Environments-9' },
    };
    await page.goto(`${paths.environmentCompare(fleet)}&world=large`);
    const compare = new ComparePage(page);
    await expect(compare.heading('fleet-controller: Production EU vs Production US')).toBeVisible({
      timeout: 30_000,
    });
    await compare.waitForRows();
    await expect(compare.table).toHaveAttribute('aria-rowcount', '1001');
    // Virtualized: the rows in view, not a thousand.
    expect(await compare.table.getByRole('row').count()).toBeLessThan(80);
    const progress = page.getByRole('status').filter({ hasText: /^Compared/ });
    await expect(progress).toHaveText(/^Compared [\d,]+ of 1,000 objects/);
    // The rows in view are compared first: one release apart, every Deployment differs.
    await expect(compare.rows('Deployment', 'fleet-0000')).toContainText(/Differ \(\d+ fields?\)/);
    await compare.nameLink('Deployment', 'fleet-0003').click();
    await expect(compare.differingFields).toBeVisible();
    expect(manifests.mostInFlight()).toBeGreaterThan(0);
    expect(manifests.mostInFlight()).toBeLessThanOrEqual(4);
  });
});
