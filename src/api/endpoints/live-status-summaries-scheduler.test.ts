import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveStatusBudgetFor } from '../../config/live-status-budget';
import { ApiError } from '../api-error';
import { createApiClient } from '../client';
import { liveStatusSummarySchema, type LiveStatusSummary } from '../contract';
import { summaryBody } from '../testing/fixtures';
import { liveStatusCellKey, type LiveStatusCell } from './live-status-summaries';
import {
  createClientCellReader,
  createLiveStatusScheduler,
  type LiveStatusScheduler,
  type SchedulerClock,
} from './live-status-summaries-scheduler';

const MINUTE = 60_000;
const budget = liveStatusBudgetFor(300);

/** The large world's shape: 480 projects x 10 environments. */
function grid(projects: number, environments = 10): LiveStatusCell[] {
  const cells: LiveStatusCell[] = [];
  for (let project = 1; project <= projects; project++) {
    for (let environment = 1; environment <= environments; environment++) {
      cells.push({
        projectId: `Projects-${project}`,
        environmentId: `Environments-${environment}`,
        tenantId: null,
      });
    }
  }
  return cells;
}

const keysOf = (cells: readonly LiveStatusCell[]) => cells.map(liveStatusCellKey);

/** A clock on Vitest's fake timers, handed to the scheduler explicitly. */
const fakeClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

interface Asked {
  key: string;
  at: number;
}

/**
 * A server that answers each summary after `latencyMs`, recording every request. `answer` may
 * throw (or return a rejected promise) to fail one.
 */
function fakeServer(
  latencyMs = 40,
  answer: (cell: LiveStatusCell) => LiveStatusSummary = () => healthy,
) {
  const asked: Asked[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchSummary = (cell: LiveStatusCell, signal: AbortSignal) => {
    asked.push({ key: liveStatusCellKey(cell), at: Date.now() });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<LiveStatusSummary>((resolve, reject) => {
      const timer = setTimeout(() => {
        inFlight--;
        try {
          resolve(answer(cell));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, latencyMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        inFlight--;
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
    });
  };
  return {
    asked,
    fetchSummary,
    maxInFlight: () => maxInFlight,
    between: (from: number, to: number) => asked.filter(({ at }) => at >= from && at < to),
  };
}

const healthy = liveStatusSummarySchema.parse(summaryBody());
const degraded = liveStatusSummarySchema.parse(summaryBody({ Status: 'Degraded' }));

/** The most requests in any 60 s window (each window starting at a request). */
function busiestMinute(asked: readonly Asked[]): number {
  const times = asked.map(({ at }) => at).sort((a, b) => a - b);
  let most = 0;
  let end = 0;
  for (let start = 0; start < times.length; start++) {
    const from = times[start] ?? 0;
    while (end < times.length && (times[end] ?? 0) < from + MINUTE) end++;
    most = Math.max(most, end - start);
  }
  return most;
}

/** The shortest time between two requests for the same cell. */
function shortestRefresh(asked: readonly Asked[]): number {
  const last = new Map<string, number>();
  let shortest = Infinity;
  for (const { key, at } of asked) {
    const previous = last.get(key);
    if (previous !== undefined) shortest = Math.min(shortest, at - previous);
    last.set(key, at);
  }
  return shortest;
}

let scheduler: LiveStatusScheduler | undefined;
let start = 0;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z') });
  start = Date.now();
});
afterEach(() => {
  scheduler?.stop();
  scheduler = undefined;
  vi.useRealTimers();
});

function startScheduler(
  server: ReturnType<typeof fakeServer>,
  cells: readonly LiveStatusCell[],
  viewport: { visible: readonly string[]; near: readonly string[] } | null,
) {
  const created = createLiveStatusScheduler({
    fetchSummary: server.fetchSummary,
    budget,
    clock: fakeClock,
  });
  created.setCells(cells);
  if (viewport) created.setViewport(viewport);
  created.start();
  scheduler = created;
  return created;
}

describe('the live status scheduler', () => {
  it('keeps 4,800 cells within 300 requests in any minute over 5 minutes, visible cells first', async () => {
    const cells = grid(480);
    const keys = keysOf(cells);
    // Rows 20 to 27 on screen (7 environments wide), 8 rows either side rendered around them.
    const visible = keys.filter((key, index) => {
      const row = Math.floor(index / 10);
      return row >= 20 && row < 28 && index % 10 < 7;
    });
    const near = keys.slice(12 * 10, 36 * 10).filter((key) => !visible.includes(key));
    const server = fakeServer();
    startScheduler(server, cells, { visible, near });

    await vi.advanceTimersByTimeAsync(5 * MINUTE);

    expect(busiestMinute(server.asked)).toBeLessThanOrEqual(300);
    // The budget is spent, not hoarded: close to the sustained rate over the 5 minutes.
    expect(server.asked.length).toBeGreaterThan(5 * 240 - 10);
    expect(shortestRefresh(server.asked)).toBeGreaterThanOrEqual(30_000);
    expect(server.maxInFlight()).toBeLessThanOrEqual(budget.concurrency);
    // The first requests are the cells on screen, and all of them are read within a second.
    expect(
      server.asked
        .slice(0, visible.length)
        .map(({ key }) => key)
        .sort(),
    ).toEqual([...visible].sort());
    expect(server.between(start, start + 1_000).length).toBeGreaterThanOrEqual(visible.length);
    // Every visible cell is refreshed every 30 s or so, however busy the rest is.
    for (const key of visible) {
      const times = server.asked.filter((entry) => entry.key === key).length;
      expect(times).toBeGreaterThanOrEqual(9);
    }
    // Then the cells around the screen.
    const nearAsked = new Set(
      server.asked.map(({ key }) => key).filter((key) => near.includes(key)),
    );
    expect(nearAsked.size).toBe(near.length);
  });

  it('asks nothing before it knows what is on screen', async () => {
    const server = fakeServer();
    const created = startScheduler(server, grid(10), null);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.asked).toHaveLength(0);
    created.setViewport({ visible: keysOf(grid(1)), near: [] });
    await vi.advanceTimersByTimeAsync(1);
    expect(server.asked).toHaveLength(budget.concurrency);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.asked.slice(0, 10).map(({ key }) => key)).toEqual(keysOf(grid(1)));
  });

  it('refreshes a cell on screen every 30 s, never sooner', async () => {
    const cells = grid(1, 3);
    const server = fakeServer();
    startScheduler(server, cells, { visible: keysOf(cells), near: [] });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(server.asked).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(server.asked).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(server.asked).toHaveLength(3 * 6);
    expect(shortestRefresh(server.asked)).toBe(30_000);
  });

  it('spends its reserve on what scrolls into view, before anything off screen', async () => {
    const cells = grid(480);
    const keys = keysOf(cells);
    const server = fakeServer();
    const created = startScheduler(server, cells, {
      visible: keys.slice(0, 60),
      near: keys.slice(60, 300),
    });
    // A minute in, the bucket is down to its reserve: off screen cells ate the rest.
    await vi.advanceTimersByTimeAsync(MINUTE);
    const before = server.asked.length;
    const scrolled = keys.slice(2000, 2060);
    created.setViewport({ visible: scrolled, near: keys.slice(1900, 2160) });
    await vi.advanceTimersByTimeAsync(1_000);
    const next = server.asked.slice(before).map(({ key }) => key);
    // The first reads after the scroll are all on screen, and a burst of them goes at once (the
    // sustained rate alone would allow 4 in that second).
    expect(next.length).toBeGreaterThanOrEqual(20);
    expect(next.every((key) => scrolled.includes(key))).toBe(true);
    await vi.advanceTimersByTimeAsync(9_000);
    const after = new Set(server.asked.slice(before).map(({ key }) => key));
    expect(scrolled.every((key) => after.has(key))).toBe(true);
  });

  it('pauses every request for the Retry-After of a 429, then asks that cell again', async () => {
    const cells = grid(20);
    const keys = keysOf(cells);
    const limitedAt: number[] = [];
    const server = fakeServer(40, (cell) => {
      if (
        limitedAt.length === 0 &&
        cell.projectId === 'Projects-1' &&
        cell.environmentId === 'Environments-5'
      ) {
        limitedAt.push(Date.now());
        throw new ApiError({
          kind: 'http',
          status: 429,
          path: '/api/x',
          retryAfterSeconds: 20,
          message: 'Too many requests (429)',
        });
      }
      return healthy;
    });
    const created = startScheduler(server, cells, { visible: keys.slice(0, 100), near: [] });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(limitedAt).toEqual([start + 40]);
    const pausedAt = start + 40;
    const duringPause = server.between(pausedAt + 1, pausedAt + 20_000);
    expect(duringPause).toHaveLength(0);
    expect(created.getSnapshot().failed).toBe(0);
    await vi.advanceTimersByTimeAsync(20_000);
    const afterPause = server.between(pausedAt + 20_000, pausedAt + 21_000);
    expect(afterPause.length).toBeGreaterThan(0);
    expect(afterPause.map(({ key }) => key)).toContain('Projects-1|Environments-5|');
  });

  it('asks nothing while inactive (a hidden tab), and catches up when active again', async () => {
    const cells = grid(2);
    const server = fakeServer();
    const created = startScheduler(server, cells, { visible: keysOf(cells), near: [] });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.asked).toHaveLength(20);
    created.setActive(false);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(server.asked).toHaveLength(20);
    created.setActive(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.asked).toHaveLength(40);
  });

  it('records why a cell could not be read, keeps the last summary, and tries again after 30 s', async () => {
    const cells = grid(1, 2);
    let failing = true;
    const server = fakeServer(10, (cell) => {
      if (cell.environmentId === 'Environments-2' && failing) {
        throw new ApiError({
          kind: 'http',
          status: 500,
          path: '/api/x',
          message: 'The server failed while answering (500)',
        });
      }
      return degraded;
    });
    const created = startScheduler(server, cells, { visible: keysOf(cells), near: [] });
    const notified = vi.fn();
    created.subscribe(notified);
    await vi.advanceTimersByTimeAsync(1_000);
    const snapshot = created.getSnapshot();
    expect(notified).toHaveBeenCalledTimes(1);
    expect(snapshot).toMatchObject({ total: 2, read: 1, failed: 1 });
    expect(snapshot.reads.get('Projects-1|Environments-2|')).toEqual({
      summary: null,
      readAt: null,
      error: 'The server failed while answering (500)',
    });
    expect(snapshot.reads.get('Projects-1|Environments-1|')?.summary?.Status).toBe('Degraded');
    await vi.advanceTimersByTimeAsync(28_000);
    expect(server.asked).toHaveLength(2);

    failing = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.asked).toHaveLength(4);
    expect(created.getSnapshot()).toMatchObject({ read: 2, failed: 0 });

    // A refresh that fails keeps what was read, and says why.
    failing = true;
    await vi.advanceTimersByTimeAsync(30_000);
    const kept = created.getSnapshot().reads.get('Projects-1|Environments-2|');
    expect(kept?.summary?.Status).toBe('Degraded');
    expect(kept?.error).toMatch(/500/);
    expect(created.getSnapshot()).toMatchObject({ read: 2, failed: 0 });
  });

  it('charges the requests the tab makes elsewhere to the same budget', async () => {
    const cells = grid(480);
    const keys = keysOf(cells);
    const server = fakeServer();
    const created = startScheduler(server, cells, {
      visible: keys.slice(0, 60),
      near: keys.slice(60, 300),
    });
    const tokens = created.tokens();
    created.charge(10);
    expect(created.tokens()).toBeCloseTo(tokens - 10, 0);
    for (let second = 0; second < 60; second++) {
      created.charge(second === 0 ? 0 : 2);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // 128 requests elsewhere leave at most 172 for cells in the minute, and the cells get them.
    expect(server.asked.length).toBeLessThanOrEqual(300 - 128);
    expect(server.asked.length).toBeGreaterThan(130);
  });

  it('keeps the reads of cells that stay when the dashboard changes, and forgets the others', async () => {
    const cells = grid(3, 1);
    const server = fakeServer();
    const created = startScheduler(server, cells, { visible: keysOf(cells), near: [] });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(created.getSnapshot()).toMatchObject({ total: 3, read: 3 });
    created.setCells([...grid(2, 1), ...grid(1, 2).slice(1)]);
    await vi.advanceTimersByTimeAsync(1_000);
    const { reads, total } = created.getSnapshot();
    expect(total).toBe(3);
    expect(reads.has('Projects-1|Environments-1|')).toBe(true);
    expect(reads.has('Projects-2|Environments-1|')).toBe(true);
    expect(reads.has('Projects-3|Environments-1|')).toBe(false);
    // The new cell, off screen, was read with spare budget; the two that stayed were not re-read.
    expect(server.asked.map(({ key }) => key)).toEqual([
      ...keysOf(cells),
      'Projects-1|Environments-2|',
    ]);
  });

  it('stops asking when stopped, and resumes when started again', async () => {
    const cells = grid(1);
    const server = fakeServer(100);
    const created = startScheduler(server, cells, { visible: keysOf(cells), near: [] });
    await vi.advanceTimersByTimeAsync(10);
    created.stop();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(created.getSnapshot().read).toBe(0);
    const asked = server.asked.length;
    created.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.asked.length).toBeGreaterThan(asked);
    expect(created.getSnapshot().read).toBe(10);
  });

  it('rejects a burst that leaves no budget to refill', () => {
    expect(() =>
      createLiveStatusScheduler({
        fetchSummary: () => Promise.resolve(healthy),
        budget: { ...budget, burst: 300 },
      }),
    ).toThrow(RangeError);
  });
});

describe('a cell reader on an API client', () => {
  /** A fetch that answers each live status after 20 ms, 429 (Retry-After 10) when told to. */
  function fakeFetch() {
    const calls: { path: string; at: number }[] = [];
    let limitNext = 0;
    const fetchSpy = vi.fn<typeof fetch>((input) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://periscope.test',
      );
      calls.push({ path: url.pathname, at: Date.now() });
      const limited = limitNext > 0;
      if (limited) limitNext--;
      return new Promise<Response>((resolve) => {
        setTimeout(() => {
          resolve(
            limited
              ? new Response(JSON.stringify({ ErrorMessage: 'Slow down' }), {
                  status: 429,
                  headers: { 'Retry-After': '10' },
                })
              : new Response(JSON.stringify({ MachineStatuses: [], Summary: summaryBody() }), {
                  headers: { 'Content-Type': 'application/json' },
                }),
          );
        }, 20);
      });
    });
    return {
      calls,
      fetchSpy,
      limit: (count: number) => {
        limitNext = count;
      },
    };
  }

  it('pauses with the whole client on a 429, and charges the client’s other requests', async () => {
    const server = fakeFetch();
    const client = createApiClient({ fetch: server.fetchSpy });
    const cells = grid(480);
    const keys = keysOf(cells);
    const reader = createClientCellReader({
      client,
      spaceId: 'Spaces-1',
      budget,
      clock: fakeClock,
    });
    scheduler = reader;
    reader.setCells(cells);
    reader.setViewport({ visible: keys.slice(0, 60), near: keys.slice(60, 300) });
    reader.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(server.calls.length).toBeGreaterThanOrEqual(60);

    // Another part of the app meets a 429: every request of the client waits 10 s.
    server.limit(1);
    const elsewhere = client.get('/api/Spaces-1/elsewhere', liveStatusSummarySchema.partial());
    void elsewhere.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(100);
    const limitedAt = Date.now() - 80;
    const countAtPause = server.calls.length;
    await vi.advanceTimersByTimeAsync(9_800);
    expect(server.calls.length).toBe(countAtPause);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.calls.length).toBeGreaterThan(countAtPause);
    expect(server.calls.find(({ at }) => at > limitedAt)?.at).toBeGreaterThanOrEqual(
      limitedAt + 10_000,
    );

    // The other request (sent twice) counted against the budget: still at most 300 a minute.
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(
      busiestMinute(server.calls.map(({ path, at }) => ({ key: path, at }))),
    ).toBeLessThanOrEqual(300);
  });
});
