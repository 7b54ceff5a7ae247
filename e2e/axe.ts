import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Axe findings that block a release: serious and critical ones, by rule, impact and targets. */
export async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
