import { expect, test, type Page } from '@playwright/test';
import {
  DeploymentPage,
  openDashboardDeployments,
  openDeploymentFromDashboard,
} from './deployment-page';
import { blockingViolations } from './axe';
import { absentIds, demo, paths } from './demo';

/** Counts the page's requests for a task's object status, from now on. */
function countObjectStatusRequests(page: Page) {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().includes('/kubernetes-object-status')) count++;
  });
  return () => count;
}

test.describe('following a deployment', () => {
  test('watches the front-end deployment reach Success, then stops asking', async ({ page }) => {
    // Fake timers that run in real time until told to jump: the simulation follows this clock.
    await page.clock.install();
    const requests = countObjectStatusRequests(page);
    const deployment = await openDeploymentFromDashboard(
      page,
      new RegExp(`^${demo.executing.cell}: `),
    );

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^front-end \S+ to Production$/,
    );
    await expect(deployment.taskState()).toHaveText('Executing');
    await expect(deployment.tab('Task log')).toHaveAttribute('aria-selected', 'true');
    await deployment.openKubernetesTab();

    // Live: the front-end step's Pods are still coming up.
    const frontEnd = deployment.stepTable('Deploy front-end');
    await expect(
      frontEnd.getByRole('row').filter({ hasText: 'In progress' }).first(),
    ).toBeVisible();
    await expect(
      deployment.step('Deploy front-end').getByText('Live', { exact: true }),
    ).toBeVisible();
    await expect(frontEnd.getByRole('gridcell').first()).toHaveText('front-end');
    const liveAsks = requests();
    await expect.poll(requests, { timeout: 6_000 }).toBeGreaterThan(liveAsks);

    // A minute and a half later every step has ended its stabilization period.
    await page.clock.fastForward(90_000);
    for (const step of ['Deploy front-end config', 'Deploy front-end', 'Run smoke tests']) {
      await expect(deployment.step(step).getByText(/^Snapshot taken at /)).toBeVisible();
      const rows = deployment.stepTable(step).getByRole('row');
      await expect(rows.filter({ hasText: 'In progress' })).toHaveCount(0);
      // Every object row (the header row aside) says Success.
      const objectRows = (await rows.count()) - 1;
      expect(objectRows).toBeGreaterThan(0);
      await expect(rows.filter({ hasText: 'Success' })).toHaveCount(objectRows);
    }
    await expect(deployment.taskState()).toHaveText('Success');
    await expect(deployment.tab('Kubernetes')).toHaveText('Kubernetes');

    // Nothing is live and the task has completed: no more object status requests.
    const settled = requests();
    await page.clock.fastForward(30_000);
    await page.clock.runFor(10_000);
    expect(requests()).toBe(settled);
  });

  test('shows why the user deployment failed', async ({ page }) => {
    const deployment = await openDeploymentFromDashboard(
      page,
      new RegExp(`^${demo.failed.cell}: `),
    );
    await expect(deployment.taskState()).toHaveText('Failed');
    await deployment.openKubernetesTab();

    const table = deployment.stepTable('Deploy user');
    const pod = table.getByRole('row').filter({ hasText: 'ImagePullBackOff' });
    await expect(pod.getByText('Error', { exact: true })).toBeVisible();
    await expect(pod.getByRole('gridcell').first()).toHaveText(/^user-/);
    const userDeployment = table.getByRole('row').filter({ hasText: 'Deployment' }).first();
    await expect(userDeployment.getByText('Timed out while in progress')).toBeVisible();
    await expect(deployment.step('Deploy user').getByText(/^Snapshot taken at /)).toBeVisible();

    // A top-level name opens the object drawer through the URL; Escape closes it.
    await userDeployment.getByRole('link', { name: 'user', exact: true }).click();
    await expect(page).toHaveURL(/[?&]object=user-deploy%3A/);
    await expect(page.getByRole('dialog', { name: 'Deployment user' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/object=/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      // Three full-page axe runs on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openDashboardDeployments(page);
      const href = async (cell: RegExp) => {
        const value = await page.getByRole('link', { name: cell }).getAttribute('href');
        expect(value).toMatch(/^\/deployments\//);
        return value ?? '';
      };
      const failed = await href(new RegExp(`^${demo.failed.cell}: `));
      const running = await href(new RegExp(`^${demo.executing.cell}: `));
      const deployment = new DeploymentPage(page);

      await page.goto(failed);
      await expect(page.getByRole('button', { name: /^Step 2: Deploy user/ })).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);

      await deployment.openKubernetesTab();
      await expect(deployment.stepTable('Deploy user')).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);

      await page.goto(`${running}?tab=kubernetes`);
      await expect(
        deployment.step('Deploy front-end').getByText('Live', { exact: true }),
      ).toBeVisible();
      expect(await blockingViolations(page)).toEqual([]);
    });
  }
});

test('a deployment that does not exist says so', async ({ page }) => {
  await page.goto(paths.deployment(absentIds.deploymentId));
  await expect(page.getByRole('heading', { level: 1, name: 'Deployment not found' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Go to dashboard' }).click();
  await expect(page).toHaveURL('/');
});
