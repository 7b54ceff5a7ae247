import { expect as baseExpect, test } from '@playwright/test';
import { LiveStatusPage } from './live-status-page';
import { ObjectDrawer } from './object-drawer';
import { demo, paths } from './demo';

// Monaco's first load parses 2.7 MB of script: on a busy two-core machine that takes seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe('the manifest diff shows only real drift', () => {
  test.describe.configure({ timeout: 90_000 });

  test('payment scaled by hand: replicas alone, until Show server-set fields brings the rest back', async ({
    page,
  }) => {
    await page.goto(paths.applicationLiveStatus(demo.outOfSync));
    const live = new LiveStatusPage(page);
    await live.waitForObjects();
    await live.rows('Deployment', 'payment').getByRole('link').first().click();
    const drawer = new ObjectDrawer(page, 'Deployment payment');
    await drawer.tab('Manifest').click();
    await expect(drawer.editorLines()).toContainText('kind: Deployment');
    // Nothing to choose before there is a diff.
    await expect(drawer.switch('Show server-set fields')).toBeDisabled();

    await drawer.switch('Show diff').click();
    await expect(page).toHaveURL(/[?&]objectDiff=1/);
    await expect(page).not.toHaveURL(/objectServerFields=/);
    await expect(
      drawer.dialog.getByText(
        'Only the fields that were applied: fields the cluster sets are hidden.',
      ),
    ).toBeVisible();
    const summary = drawer.dialog.getByRole('status').filter({ hasText: 'applied field' });
    await expect(summary).toHaveText(
      /1 applied field differs: spec\.replicas \(applied 2, live 3\)/,
    );
    // Monaco's own count, from its worker: the sides line up, and one line is the drift.
    await expect(summary).toContainText(
      'Line by line: 1 change (1 line on the applied side, 1 line on the live side).',
    );
    const modified = drawer.editorLines('modified');
    await expect(drawer.editorLines('original')).toContainText('replicas: 2');
    await expect(modified).toContainText('replicas: 3');
    // Monaco folds what did not change, so the line count above is what says that no line of
    // the live side past these is a server field; these are the lines in view.
    for (const serverSet of ['uid:', 'managedFields', 'resourceVersion', 'status:']) {
      await expect(modified).not.toContainText(serverSet);
    }

    await drawer.switch('Show server-set fields').click();
    await expect(page).toHaveURL(/[?&]objectServerFields=1/);
    await expect(drawer.switch('Show server-set fields')).toHaveAttribute('aria-checked', 'true');
    await expect(
      drawer.dialog.getByText('Every field of the live object, including those the cluster sets.'),
    ).toBeVisible();
    await expect(summary).toHaveText(/1 applied field differs: spec\.replicas/);
    await expect(summary).toContainText(/Line by line: \d+ changes/);
    // Server metadata is the first block that differs now, at the top.
    await expect(modified).toContainText('uid:');
    // Status is the live side's last block: the end of the live side brings it into view.
    await modified.click();
    await page.keyboard.press('Control+End');
    await expect(modified).toContainText('status:');

    // The choice is in the URL: a reload keeps it.
    await page.reload();
    await expect(drawer.switch('Show server-set fields')).toHaveAttribute('aria-checked', 'true', {
      timeout: 20_000,
    });
    await expect(drawer.editorLines('modified')).toContainText('uid:');
  });
});
