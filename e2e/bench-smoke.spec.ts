import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { benchSmoke } from '../playwright.config';
import { scenarioOrder, type BenchResults } from '../bench/report';

/**
 * `npm run bench -- --smoke`: every scenario once, at a quarter of the large world, so that the
 * benchmark cannot break unnoticed. The figures themselves are not checked here, only that each
 * scenario measured something.
 */
test('the benchmark measures every scenario (one repetition, 1/4 scale)', async () => {
  // A build, a simulated server and about forty page loads in a second browser.
  test.setTimeout(8 * 60_000);
  const out = await mkdtemp(join(tmpdir(), 'periscope-bench-'));
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve, reject) => {
        const child = spawn(
          'npm',
          [
            'run',
            'bench',
            '--',
            '--smoke',
            '--out',
            out,
            '--port',
            String(benchSmoke.port),
            '--mock-port',
            String(benchSmoke.mockPort),
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (exitCode) => resolve({ code: exitCode, output: text }));
      },
    );
    expect(code, output).toBe(0);

    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as BenchResults;
    expect(results.scales).toEqual([0.25]);
    expect(results.entrySize.gzipBytes).toBeGreaterThan(0);
    expect(results.scenarios.map((scenario) => scenario.id)).toEqual(scenarioOrder);
    for (const scenario of results.scenarios) {
      const result = scenario.results.find((candidate) => candidate.scale === 0.25);
      expect(result, scenario.id).toBeDefined();
      expect(result?.error, scenario.id).toBeUndefined();
      expect(result?.time.samples, scenario.id).toHaveLength(1);
      const median = result?.time.median ?? NaN;
      expect(Number.isFinite(median) && median > 0, `${scenario.id}: ${String(median)}`).toBe(true);
      expect(result?.heapMB.median, scenario.id).toBeGreaterThan(0);
      expect(Number.isFinite(result?.longestTaskMs.max ?? NaN), scenario.id).toBe(true);
    }
    // The first-content scenarios are measured against a static floor too.
    const firstContent = results.scenarios.filter(({ id }) => id.endsWith('-first-content'));
    expect(firstContent.length).toBeGreaterThan(0);
    for (const scenario of firstContent) {
      const result = scenario.results.find((candidate) => candidate.scale === 0.25);
      const floor = result?.floor?.median ?? NaN;
      expect(Number.isFinite(floor) && floor > 0, `${scenario.id} floor`).toBe(true);
      expect(result?.ratio, scenario.id).toBeGreaterThan(0);
    }
    const table = await readFile(join(out, 'results.md'), 'utf8');
    for (const scenario of results.scenarios) expect(table).toContain(scenario.title);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
