import { expect, type Page } from '@playwright/test';

/** The deployment page, by roles and names: what a user (or a screen reader) finds there. */
export class DeploymentPage {
  constructor(readonly page: Page) {}

  tab(name: 'Task log' | 'Kubernetes') {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** A step's section on the Kubernetes tab, named by the step. */
  step(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A step's table of objects (a tree grid), named by the step too. */
  stepTable(name: string) {
    return this.step(name).getByRole('treegrid', { name, exact: true });
  }

  /** The task state badge next to the page's title. */
  taskState() {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 1 })
      .locator('..')
      .getByRole('button');
  }

  async openKubernetesTab() {
    await this.tab('Kubernetes').click();
    await expect(this.tab('Kubernetes')).toHaveAttribute('aria-selected', 'true');
    await expect(this.page).toHaveURL(/[?&]tab=kubernetes/);
  }
}

/** Opens the dashboard in deployment mode (Live status off), where cells link to deployments. */
export async function openDashboardDeployments(page: Page) {
  await page.goto('/');
  const live = page.getByRole('switch', { name: 'Live status' });
  await expect(live).toBeVisible();
  if ((await live.getAttribute('aria-checked')) === 'true') await live.click();
  await expect(live).toHaveAttribute('aria-checked', 'false');
}

/** Opens a deployment from its dashboard cell (`front-end in Production: Executing`). */
export async function openDeploymentFromDashboard(page: Page, cell: RegExp) {
  await openDashboardDeployments(page);
  await page.getByRole('link', { name: cell }).click();
  await expect(page).toHaveURL(/\/deployments\/[^/?]+/);
  return new DeploymentPage(page);
}
