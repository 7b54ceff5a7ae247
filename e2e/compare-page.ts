import { expect, type Locator, type Page } from '@playwright/test';

/** The environment comparison page, by roles and names; Monaco's own DOM only where it has none. */
export class ComparePage {
  readonly table: Locator;
  readonly onlyDifferences: Locator;
  readonly differingFields: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('treegrid', { name: 'Comparison' });
    this.onlyDifferences = page.getByRole('switch', { name: /^Only differences/ });
    this.differingFields = page.getByRole('list', { name: 'Differing fields' });
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A side's summary ("Production"), a region named by its heading. */
  side(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The side pickers and the swap button. */
  picker(side: 'Left side' | 'Right side') {
    return this.page.getByRole('combobox', { name: side });
  }

  /** Rows of the Comparison table showing all of `texts`. */
  rows(...texts: (string | RegExp)[]): Locator {
    let rows = this.table.getByRole('row');
    for (const text of texts) rows = rows.filter({ hasText: text });
    return rows;
  }

  /** The link on a row's name: it selects the row. */
  nameLink(kind: string, name: string) {
    return this.rows(kind, name).getByRole('link', { name, exact: true });
  }

  async waitForRows() {
    await expect(this.table.getByRole('row').nth(1)).toBeVisible({ timeout: 20_000 });
  }

  /** The selected row's panel ("Deployment payment"). */
  selection(name: string) {
    return this.page.getByRole('region', { name });
  }

  /** The lines Monaco draws in the diff editor (only those in view). */
  diffLines(side: 'original' | 'modified'): Locator {
    return this.page.locator(`.monaco-diff-editor .editor.${side}`).locator('.view-lines');
  }
}
