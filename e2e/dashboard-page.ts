import { expect, type Page } from '@playwright/test';

/** The space dashboard, by roles and names: what a user (or a screen reader) finds there. */
export class DashboardPage {
  readonly liveSwitch;
  readonly grid;
  readonly nameFilter;

  constructor(readonly page: Page) {
    this.liveSwitch = page.getByRole('switch', { name: 'Live status' });
    this.grid = page.getByRole('table', { name: /latest deployment of each project/i });
    this.nameFilter = page.getByRole('searchbox', { name: 'Filter by project name' });
  }

  /** A cell's link, by its accessible name: `carts in Production: Degraded`. */
  cell(name: string | RegExp) {
    return this.grid.getByRole('link', { name, exact: typeof name === 'string' });
  }

  /** The summary strip of the current mode. */
  summary(mode: 'live' | 'deployments' = 'live') {
    const name = mode === 'live' ? 'Cells by live status' : 'Cells by deployment state';
    return this.page.getByRole('region', { name });
  }

  /** Opens the dashboard and waits until its cells are there. */
  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.grid.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  }

  async expectLive(live: boolean) {
    await expect(this.liveSwitch).toHaveAttribute('aria-checked', String(live));
  }

  /** Turns live status on or off, whichever it was (the choice is kept across visits). */
  async setLive(live: boolean) {
    if ((await this.liveSwitch.getAttribute('aria-checked')) !== String(live)) {
      await this.liveSwitch.click();
    }
    await this.expectLive(live);
  }
}
