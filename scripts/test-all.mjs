#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, each under a header. A failed stage does not
 * stop the run, so one run shows everything that is wrong. Ends with a plain line
 * `N passed, N failed` (tests counted from the Vitest and Playwright JSON reports; each check stage
 * counts as one) and exits non-zero when anything failed or when a test stage ran no test at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportsDir = join(root, 'reports');
const vitestReport = join(reportsDir, 'vitest.json');
const playwrightReport = join(reportsDir, 'playwright.json');

/**
 * @typedef {{ passed: number, failed: number, total: number }} Counts
 * @typedef {{ title: string, command: string[], report?: (file: string) => Counts, reportFile?: string }} Stage
 */

/** @type {Stage[]} */
const stages = [
  { title: 'Type-check', command: ['npx', 'tsc', '-p', 'tsconfig.json'] },
  { title: 'Lint', command: ['npm', 'run', 'lint'] },
  { title: 'Format check', command: ['npm', 'run', 'format:check'] },
  {
    title: 'Unit tests (Vitest)',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${join('reports', 'vitest.json')}`,
    ],
    reportFile: vitestReport,
    report: readVitestReport,
  },
  {
    title: 'End-to-end tests (Playwright)',
    command: ['npx', 'playwright', 'test'],
    reportFile: playwrightReport,
    report: readPlaywrightReport,
  },
];

/** @param {string} file @returns {Counts} */
function readVitestReport(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const passed = Number(json.numPassedTests ?? 0);
  const failed = Number(json.numFailedTests ?? 0);
  return { passed, failed, total: passed + failed };
}

/** @param {string} file @returns {Counts} */
function readPlaywrightReport(file) {
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  const passed = Number(stats.expected ?? 0) + Number(stats.flaky ?? 0);
  const failed = Number(stats.unexpected ?? 0);
  return { passed, failed, total: passed + failed };
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
/** @param {string} code @param {string} text */
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

/** @param {number} index @param {Stage} stage */
function printHeader(index, stage) {
  const title = `[${index + 1}/${stages.length}] ${stage.title}`;
  const rule = '─'.repeat(Math.max(8, 72 - title.length));
  console.log(`\n${paint('1;36', `── ${title} ${rule}`)}`);
  console.log(paint('2', `$ ${stage.command.join(' ')}`));
}

/** @param {string[]} command @returns {number} the exit code (1 when it could not run) */
function run(command) {
  const [executable, ...args] = command;
  if (executable === undefined) return 1;
  const result = spawnSync(executable, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`Could not run ${executable}: ${result.error.message}`);
    return 1;
  }
  if (result.signal) {
    console.error(`${executable} was stopped by ${result.signal}`);
    return 1;
  }
  return result.status ?? 1;
}

rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });
mkdirSync(reportsDir, { recursive: true });

let passed = 0;
let failed = 0;
/** @type {{ title: string, outcome: string, ok: boolean }[]} */
const summary = [];

stages.forEach((stage, index) => {
  printHeader(index, stage);
  const started = Date.now();
  const exitCode = run(stage.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (!stage.report || !stage.reportFile) {
    const ok = exitCode === 0;
    if (ok) passed += 1;
    else failed += 1;
    summary.push({ title: stage.title, ok, outcome: `${ok ? 'passed' : 'failed'} (${seconds}s)` });
    return;
  }

  /** @type {Counts} */
  let counts = { passed: 0, failed: 0, total: 0 };
  const problems = [];
  if (existsSync(stage.reportFile)) {
    try {
      counts = stage.report(stage.reportFile);
    } catch (error) {
      problems.push(
        `unreadable report (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  } else {
    problems.push('no report written');
  }
  if (counts.total === 0) problems.push('no test ran');
  if (exitCode !== 0 && counts.failed === 0) problems.push(`exited with code ${exitCode}`);

  // A stage that failed without a failing test (crash, no report, nothing ran) still counts once.
  const stageFailures = counts.failed + (problems.length > 0 && counts.failed === 0 ? 1 : 0);
  passed += counts.passed;
  failed += stageFailures;
  const ok = stageFailures === 0;
  const detail = `${counts.passed} passed, ${counts.failed} failed`;
  const extra = problems.length > 0 ? `; ${problems.join('; ')}` : '';
  summary.push({ title: stage.title, ok, outcome: `${detail}${extra} (${seconds}s)` });
});

console.log(`\n${paint('1', '── Summary ')}${paint('1', '─'.repeat(61))}`);
const width = Math.max(...summary.map((entry) => entry.title.length));
for (const entry of summary) {
  const mark = entry.ok ? paint('32', '✓') : paint('31', '✗');
  console.log(`${mark} ${entry.title.padEnd(width)}  ${entry.outcome}`);
}
console.log('');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
