import { expect, test } from '@playwright/test';
import { blockingViolations } from './axe';
import { DashboardPage } from './dashboard-page';
import { demo, paths } from './demo';
import { LiveStatusPage } from './live-status-page';
import { ObjectDrawer } from './object-drawer';

/**
 * Objects a later release stopped deploying: catalogue in Staging still runs a ConfigMap release
 * 0.3.4 left out. Octopus keeps monitoring it as Orphaned; Periscope shows it, counts it apart
 * from the application's health, and says how to delete it in Octopus (it never deletes).
 */

const { orphaned } = demo;
const liveStatusPath = paths.applicationLiveStatus(orphaned);

/** The sync cell of a row: name, kind, namespace, health, sync, updated. */
const syncCell = (live: LiveStatusPage, name: string) =>
  live.rows(name).getByRole('gridcell').nth(4);

test.describe('orphaned objects', () => {
  test('catalogue in Staging: "1 orphaned object" filters the table to it, and says how to delete it in Octopus', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.expectLive(true);
    const cell = dashboard.cell(orphaned.liveCell);
    await cell.hover();
    await expect(page.getByRole('tooltip')).toContainText(
      '1 orphaned object: Octopus no longer deploys it',
    );
    await cell.click();
    await expect(page).toHaveURL(liveStatusPath);

    const live = new LiveStatusPage(page);
    await expect(live.heading(orphaned.cell)).toBeVisible();
    await live.waitForObjects();
    // Orphans do not count toward the application's health: it stays Healthy.
    await expect(page.getByText('Healthy', { exact: true }).first()).toBeVisible();

    const note = page.getByRole('note', { name: 'Orphaned objects' });
    await expect(note).toContainText(
      'Octopus no longer deploys it, and it keeps running until someone deletes it',
    );
    await expect(note).toContainText('set the Sync status filter to Orphaned');
    await expect(note).toContainText('Resource actions → Review & delete');
    await expect(note).toContainText('DeployedResourceAdminister permission');
    await expect(note).toContainText('Periscope only reads: it never deletes.');

    await note.getByRole('link', { name: '1 orphaned object' }).click();
    await expect(page).toHaveURL(`${liveStatusPath}?sync=Orphaned`);
    // The header row and the orphan's.
    await expect.poll(() => live.rowCount()).toBe(2);
    await expect(live.rows(orphaned.orphan.name)).toContainText(orphaned.orphan.kind);
    await expect(syncCell(live, orphaned.orphan.name)).toHaveText('Orphaned');
    await expect(
      page
        .getByRole('group', { name: 'Sync' })
        .getByRole('checkbox', { name: 'Orphaned 1 object' }),
    ).toBeChecked();
    expect(await blockingViolations(page)).toEqual([]);

    await live.rows(orphaned.orphan.name).getByRole('link').click();
    const drawer = new ObjectDrawer(page, `${orphaned.orphan.kind} ${orphaned.orphan.name}`);
    await expect(drawer.dialog).toBeVisible();
    await expect(drawer.dialog).toContainText(/Orphaned since \d+ \w+ \d{4}/);
    await expect(drawer.dialog).toContainText(
      'It keeps running until someone deletes it in Octopus',
    );
    await page.keyboard.press('Escape');
    await expect(drawer.dialog).toBeHidden();

    // The filter and the drawer replaced the history entry: Back goes to the dashboard.
    await page.goBack();
    await expect(dashboard.grid).toBeVisible();
  });

  test('orphan-deleting: while Octopus deletes the orphan, its sync is Deleting', async ({
    page,
  }) => {
    await page.goto(`${liveStatusPath}?scenario=orphan-deleting`);
    const live = new LiveStatusPage(page);
    await expect(live.heading(orphaned.cell)).toBeVisible({ timeout: 20_000 });
    await live.waitForObjects();

    await expect(syncCell(live, orphaned.orphan.name)).toHaveText('Deleting');
    await expect(
      page
        .getByRole('group', { name: 'Sync' })
        .getByRole('checkbox', { name: 'Deleting 1 object' }),
    ).toBeVisible();
    // Still an orphan until the monitor reports it gone.
    await expect(page.getByRole('link', { name: '1 orphaned object' })).toBeVisible();

    await live.rows(orphaned.orphan.name).getByRole('link').click();
    const drawer = new ObjectDrawer(page, `${orphaned.orphan.kind} ${orphaned.orphan.name}`);
    await expect(drawer.dialog).toContainText('Octopus is deleting this orphaned object');
  });
});
