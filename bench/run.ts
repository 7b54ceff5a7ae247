/**
 * `npm run bench`: the app's production build in headless Chromium, against the large world of
 * the simulated server over HTTP. Writes results.json and results.md, and prints the table.
 *
 *   npm run bench -- [--reps 5] [--scales 0.25,0.5,1] [--smoke] [--out bench] [--strict]
 *                    [--only id,id] [--no-build] [--port 4197] [--mock-port 8097]
 *
 * --smoke is one repetition of every scenario at a quarter of the size (what `npm test` runs).
 * --strict fails the process when a budget fails (budgets are checked at scale 1 only).
 * --no-build reuses dist-bench/ as it is.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench, stopChildren } from './harness';
import { markdown, scenarioOrder, type ScenarioId } from './report';

const { values } = parseArgs({
  options: {
    reps: { type: 'string' },
    scales: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench' },
    strict: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4197' },
    'mock-port': { type: 'string', default: '8097' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const reps = Number(values.reps ?? (values.smoke ? '1' : '5'));
if (!Number.isInteger(reps) || reps < 1) fail('--reps must be a whole number, 1 or more.');
if (!values.smoke && reps < 5 && values.reps !== undefined)
  console.warn(`Only ${String(reps)} repetition(s): medians of fewer than 5 are rough.`);
const scales = (values.scales ?? (values.smoke ? '0.25' : '0.25,0.5,1'))
  .split(',')
  .map((text) => Number(text.trim()));
if (scales.some((scale) => !Number.isFinite(scale) || scale <= 0 || scale > 1))
  fail('--scales takes numbers above 0 and up to 1, such as 0.25,0.5,1.');
const only = values.only?.split(',').map((text) => text.trim()) ?? null;
const unknown = only?.filter((id) => !(scenarioOrder as string[]).includes(id)) ?? [];
if (unknown.length > 0)
  fail(`Unknown scenario(s) ${unknown.join(', ')}. Known: ${scenarioOrder.join(', ')}`);

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = resolve(root, values.out);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}
process.on('exit', stopChildren);

const started = Date.now();
const results = await runBench({
  root,
  reps,
  scales,
  port: Number(values.port),
  mockPort: Number(values['mock-port']),
  build: !values['no-build'],
  only: only as ScenarioId[] | null,
  log: (line) => console.log(line),
});
const table = markdown(results);
await mkdir(out, { recursive: true });
await writeFile(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(out, 'results.md'), table);
console.log('');
console.log(table);
console.log(
  `Wrote ${join(out, 'results.json')} and results.md in ${String(Math.round((Date.now() - started) / 1000))} s.`,
);
const errors = results.scenarios.flatMap((scenario) =>
  scenario.results.filter((result) => result.error !== undefined).map(() => scenario.id),
);
if (errors.length > 0) {
  console.error(`Scenarios that could not be measured: ${errors.join(', ')}`);
  process.exit(1);
}
if (values.strict && results.budgets.some((budget) => !budget.pass)) process.exit(1);
