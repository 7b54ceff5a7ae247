import { expect, type Locator, type Page } from '@playwright/test';

/** An application's live status page, by roles and names. */
export class LiveStatusPage {
  readonly grid: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('treegrid', { name: 'Objects' });
    this.search = page.getByRole('searchbox', { name: 'Filter objects by name' });
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A special state's panel ("A deployment is running"). */
  panel(name: string) {
    return this.page.getByRole('region', { name });
  }

  /** Rows of the objects table showing all of `texts`. */
  rows(...texts: (string | RegExp)[]): Locator {
    let rows = this.grid.getByRole('row');
    for (const text of texts) rows = rows.filter({ hasText: text });
    return rows;
  }

  /** The grid's row count (header included), from `aria-rowcount`: rows are virtualized. */
  async rowCount(): Promise<number> {
    return Number(await this.grid.getAttribute('aria-rowcount'));
  }

  async waitForObjects() {
    await expect(this.grid.getByRole('row').nth(1)).toBeVisible({ timeout: 20_000 });
  }

  /** The row that has focus, for keyboard journeys. */
  focusedRow() {
    return this.grid.locator('[role="row"]:focus');
  }

  /** Presses Tab (30 times at most) until a row of the grid has focus. */
  async tabToGrid() {
    for (let step = 0; step < 30; step++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focusedRow().count()) > 0) return;
    }
  }
}
