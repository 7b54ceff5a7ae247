/** The benchmark's results: their shape, their statistics, the budgets and the Markdown tables. */

export interface Samples {
  samples: number[];
  median: number | null;
}

export interface FloorResult extends Samples {
  /** The floor page's first contentful paint, the same page measured by the browser itself. */
  firstContentfulPaint: Samples;
}

export interface ScaleResult {
  scale: number;
  /** What was measured, in ms. */
  time: Samples;
  /** The app page's first contentful paint (first-content scenarios only). */
  firstContentfulPaint?: Samples;
  floor: FloorResult | null;
  /** median / floor median. */
  ratio: number | null;
  /** Used JS heap after each sample, after a garbage collection, in MB. */
  heapMB: Samples;
  /** The longest main-thread task during each sample, in ms; `max` over them. */
  longestTaskMs: Samples & { max: number | null };
  error?: string;
}

export interface ScenarioResult {
  id: ScenarioId;
  title: string;
  measures: string;
  results: ScaleResult[];
}

export type ScenarioId =
  | 'dashboard-first-content'
  | 'live-status-first-content'
  | 'filter-keystroke'
  | 'live-status-toggle'
  | 'manifest-open'
  | 'expand-all'
  | 'poll-50-objects'
  | 'deployment-poll'
  | 'manifest-diff';

/** Every scenario, in the order of the table. */
export const scenarioOrder: ScenarioId[] = [
  'dashboard-first-content',
  'live-status-first-content',
  'filter-keystroke',
  'live-status-toggle',
  'manifest-open',
  'expand-all',
  'poll-50-objects',
  'deployment-poll',
  'manifest-diff',
];

export interface EntrySize {
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

export interface Budget {
  name: string;
  scenario: ScenarioId | 'entry';
  scale: number | null;
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; chromium: string };
  reps: number;
  scales: number[];
  entrySize: EntrySize;
  scenarios: ScenarioResult[];
  budgets: Budget[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function samples(values: number[]): Samples {
  return { samples: values, median: median(values) };
}

export const ENTRY_BUDGET_BYTES = 150 * 1024;
export const LONG_TASK_BUDGET_MS = 200;

/** The budgets, checked on the full-size world only (scale 1). */
export function budgetsOf(scenarios: readonly ScenarioResult[], entry: EntrySize): Budget[] {
  const budgets: Budget[] = [
    {
      name: 'Entry JS+CSS, gzip',
      scenario: 'entry',
      scale: null,
      value: entry.gzipBytes,
      limit: ENTRY_BUDGET_BYTES,
      unit: 'B',
      pass: entry.gzipBytes <= ENTRY_BUDGET_BYTES,
    },
  ];
  const timeLimits: Partial<Record<ScenarioId, { limit: number; ratio: boolean; name: string }>> = {
    'dashboard-first-content': { limit: 3, ratio: true, name: 'First content within 3x floor' },
    'live-status-first-content': { limit: 3, ratio: true, name: 'First content within 3x floor' },
    'filter-keystroke': { limit: 100, ratio: false, name: 'Under 100 ms' },
    'live-status-toggle': { limit: 100, ratio: false, name: 'Under 100 ms' },
    'manifest-open': { limit: 1000, ratio: false, name: 'First lines within 1 s' },
  };
  for (const scenario of scenarios) {
    const full = scenario.results.find((result) => result.scale === 1);
    if (!full) continue;
    const time = timeLimits[scenario.id];
    if (time) {
      const value = time.ratio ? full.ratio : full.time.median;
      budgets.push({
        name: time.name,
        scenario: scenario.id,
        scale: 1,
        value,
        limit: time.limit,
        unit: time.ratio ? 'x' : 'ms',
        pass: value !== null && (time.ratio ? value <= time.limit : value < time.limit),
      });
    }
    const longest = full.longestTaskMs.max;
    budgets.push({
      name: `No task over ${String(LONG_TASK_BUDGET_MS)} ms`,
      scenario: scenario.id,
      scale: 1,
      value: longest,
      limit: LONG_TASK_BUDGET_MS,
      unit: 'ms',
      pass: longest !== null && longest <= LONG_TASK_BUDGET_MS,
    });
  }
  return budgets;
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`;
/** Long tasks are those over 50 ms: none is reported as such. */
const task = (value: number | null) => (value === null ? '—' : value === 0 ? '<50 ms' : ms(value));
const mb = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value.toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const scaleLabel = (scale: number) =>
  scale === 1 ? '1' : scale === 0.5 ? '1/2' : scale === 0.25 ? '1/4' : String(scale);
const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

function budgetCell(budgets: readonly Budget[], scenario: ScenarioId, scale: number) {
  const own = budgets.filter((budget) => budget.scenario === scenario && budget.scale === scale);
  if (own.length === 0) return '';
  return own
    .map((budget) => {
      const limit =
        budget.unit === 'x'
          ? `≤${String(budget.limit)}x floor`
          : budget.unit === 'ms' && budget.name.startsWith('No task')
            ? `tasks ≤${String(budget.limit)} ms`
            : `<${String(budget.limit)} ms`;
      return `${limit} ${budget.pass ? 'PASS' : 'FAIL'}`;
    })
    .join(', ');
}

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const entryBudget = results.budgets.find((budget) => budget.scenario === 'entry');
  lines.push(
    `Periscope benchmark, ${results.date}: ${String(results.machine.cpus)} cores (${results.machine.cpuModel}), Chromium ${results.machine.chromium}, headless, 1440x900; ${String(results.reps)} repetition(s), medians.`,
  );
  lines.push('');
  lines.push(
    '| Scenario | Scale | Median | Floor | Ratio | Samples | JS heap after | Longest task | Budget |',
  );
  lines.push('| --- | --: | --: | --: | --: | --- | --: | --: | --- |');
  lines.push(
    `| Entry JS+CSS (gzip -9: entry script, its modulepreloads, stylesheets) | — | ${kb(results.entrySize.gzipBytes)} | | | ${String(results.entrySize.files.length)} files | | | ≤150 kB ${entryBudget?.pass ? 'PASS' : 'FAIL'} |`,
  );
  for (const scenario of results.scenarios) {
    for (const result of scenario.results) {
      const floor = result.floor;
      const sampleText = result.error
        ? `error: ${result.error.split('\n')[0] ?? ''}`
        : result.time.samples.map((value) => String(Math.round(value))).join(', ');
      lines.push(
        `| ${escapeCell(scenario.title)} | ${scaleLabel(result.scale)} | ${ms(result.time.median)} | ${floor ? ms(floor.median) : ''} | ${result.ratio === null ? '' : `${result.ratio.toFixed(2)}x`} | ${escapeCell(sampleText)} | ${mb(result.heapMB.median)} | ${task(result.longestTaskMs.max)} | ${budgetCell(results.budgets, scenario.id, result.scale)} |`,
      );
    }
  }
  if (results.scales.length > 1) {
    const scales = [...results.scales].sort((a, b) => a - b);
    const smallest = scales[0] ?? 1;
    const largest = scales.at(-1) ?? 1;
    lines.push('');
    lines.push(
      `How time and heap grow with the world (medians; growth is the largest scale over the smallest, ${String(largest / smallest)}x the data):`,
    );
    lines.push('');
    lines.push(
      `| Scenario | ${scales.map((scale) => `Time at ${scaleLabel(scale)}`).join(' | ')} | Time growth | ${scales.map((scale) => `Heap at ${scaleLabel(scale)}`).join(' | ')} | Heap growth |`,
    );
    lines.push(
      `| --- | ${scales.map(() => '--:').join(' | ')} | --: | ${scales.map(() => '--:').join(' | ')} | --: |`,
    );
    for (const scenario of results.scenarios) {
      const at = (scale: number) => scenario.results.find((result) => result.scale === scale);
      const growth = (pick: (result: ScaleResult) => number | null) => {
        const low = at(smallest);
        const high = at(largest);
        const a = low ? pick(low) : null;
        const b = high ? pick(high) : null;
        return a !== null && b !== null && a > 0 ? `${(b / a).toFixed(2)}x` : '—';
      };
      lines.push(
        `| ${escapeCell(scenario.title)} | ${scales.map((scale) => ms(at(scale)?.time.median)).join(' | ')} | ${growth((result) => result.time.median)} | ${scales.map((scale) => mb(at(scale)?.heapMB.median)).join(' | ')} | ${growth((result) => result.heapMB.median)} |`,
      );
    }
  }
  const failed = results.budgets.filter((budget) => !budget.pass);
  lines.push('');
  lines.push(
    results.budgets.length <= 1 && !results.scales.includes(1)
      ? 'Budgets apply to the full-size world (scale 1), which this run left out; only the entry size was checked.'
      : failed.length === 0
        ? 'Every budget passed.'
        : `Budgets failed: ${failed.map((budget) => `${budget.scenario} (${budget.name})`).join('; ')}.`,
  );
  return `${lines.join('\n')}\n`;
}
