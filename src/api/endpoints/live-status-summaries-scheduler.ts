import type { LiveStatusBudget } from '../../config/live-status-budget';
import { isApiError } from '../api-error';
import type { ApiClient } from '../client';
import type { LiveStatusSummary } from '../contract';
import {
  getLiveStatusSummary,
  liveStatusCellKey,
  type LiveStatusCell,
} from './live-status-summaries';

/**
 * Reads the dashboard's live status one cell at a time, as a real Octopus server requires, within
 * a request budget. `createLiveStatusScheduler` is pure apart from the clock it is given (no React,
 * no DOM, no fetch of its own); `createClientCellReader` at the end binds it to an API client.
 *
 * - Cells are asked in order of priority: on screen, then near the screen (the rows rendered
 *   around it), then the rest. A cell never read comes before one due for a refresh.
 * - A cell is asked again no sooner than `refreshIntervalMs` after it was last asked.
 * - A token bucket holds the budget: `burst` tokens, refilled at `requestsPerMinute - burst` a
 *   minute, so no 60 s ever sees more than `requestsPerMinute` requests. Cells off screen only
 *   spend tokens above `offscreenReserve`, which keeps a burst ready for what scrolls into view.
 *   Requests the tab makes elsewhere are charged to the same bucket (`charge`).
 * - A 429 pauses everything until its `Retry-After` is over (`pauseUntil`).
 * - Nothing is asked while inactive (the tab is hidden, or the dashboard shows deployments) or
 *   before the first viewport arrives (so the first burst goes to the cells on screen).
 */

export interface SchedulerClock {
  now(): number;
  /** Runs `callback` after `ms`; returns a function that cancels it. */
  setTimeout(callback: () => void, ms: number): () => void;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = globalThis.setTimeout(callback, ms);
    return () => globalThis.clearTimeout(timer);
  },
};

/** What is known of one cell's live status. Immutable: a change makes a new object. */
export interface CellRead {
  /** The latest summary read, kept when a later refresh fails. */
  summary: LiveStatusSummary | null;
  /** When `summary` arrived (epoch ms). */
  readAt: number | null;
  /** Why the latest attempt failed; null once one succeeds. */
  error: string | null;
}

export interface SchedulerSnapshot {
  /** Cells with a summary or an error, by key (`liveStatusCellKey`). */
  reads: ReadonlyMap<string, CellRead>;
  /** Every cell the dashboard has. */
  total: number;
  /** Cells with a summary. */
  read: number;
  /** Cells without a summary whose latest attempt failed. */
  failed: number;
}

/** The cells on screen and those rendered around them, by key, each in reading order. */
export interface SchedulerViewport {
  visible: readonly string[];
  near: readonly string[];
}

export interface LiveStatusSchedulerOptions {
  fetchSummary: (cell: LiveStatusCell, signal: AbortSignal) => Promise<LiveStatusSummary>;
  budget: LiveStatusBudget;
  clock?: SchedulerClock;
  /** Listeners hear of new reads at most this often. Default 250 ms. */
  notifyIntervalMs?: number;
  /** The pause after a 429 that names no `Retry-After`. Default 5 s. */
  defaultRetryAfterMs?: number;
}

export interface LiveStatusScheduler {
  /** Every cell of the dashboard, in the grid's order. Reads of cells that stay are kept. */
  setCells: (cells: readonly LiveStatusCell[]) => void;
  setViewport: (viewport: SchedulerViewport) => void;
  /** Inactive: nothing new is asked (what is in flight finishes). */
  setActive: (active: boolean) => void;
  /** Holds every request until `until` (epoch ms). */
  pauseUntil: (until: number) => void;
  /** Takes tokens for requests the tab made elsewhere (the budget is the whole tab's). */
  charge: (requests: number) => void;
  start: () => void;
  /** Stops asking, aborts what is in flight, drops timers. `start` resumes. */
  stop: () => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SchedulerSnapshot;
  /** The tokens left right now (for tests and diagnostics). */
  tokens: () => number;
}

interface CellState {
  key: string;
  cell: LiveStatusCell;
  order: number;
  /** When the last request that counted went out; null when never asked. */
  askedAt: number | null;
  inFlight: AbortController | null;
  read: CellRead;
}

type Tier = 'visible' | 'near' | 'rest';

const emptyRead: CellRead = { summary: null, readAt: null, error: null };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createLiveStatusScheduler({
  fetchSummary,
  budget,
  clock = systemClock,
  notifyIntervalMs = 250,
  defaultRetryAfterMs = 5_000,
}: LiveStatusSchedulerOptions): LiveStatusScheduler {
  const { burst, refreshIntervalMs, concurrency, offscreenReserve } = budget;
  if (!(burst >= 1 && burst < budget.requestsPerMinute)) {
    throw new RangeError('The burst must be at least 1 and below the requests per minute');
  }
  const tokensPerMs = (budget.requestsPerMinute - burst) / 60_000;

  const cells = new Map<string, CellState>();
  let viewport: { visible: readonly string[]; near: readonly string[] } | null = null;
  let visibleSet = new Set<string>();
  let nearSet = new Set<string>();
  let running = false;
  let active = true;
  let pausedUntil = 0;
  let inFlight = 0;
  let tokens = burst;
  let refilledAt = clock.now();
  let cancelWake: (() => void) | null = null;
  let cancelNotify: (() => void) | null = null;
  const listeners = new Set<() => void>();
  let snapshot: SchedulerSnapshot = { reads: new Map(), total: 0, read: 0, failed: 0 };

  function refill(now: number) {
    if (now > refilledAt) {
      tokens = Math.min(burst, tokens + (now - refilledAt) * tokensPerMs);
      refilledAt = now;
    }
  }

  function buildSnapshot(): SchedulerSnapshot {
    const reads = new Map<string, CellRead>();
    let read = 0;
    let failed = 0;
    for (const state of cells.values()) {
      if (state.read === emptyRead) continue;
      reads.set(state.key, state.read);
      if (state.read.summary) read++;
      else if (state.read.error !== null) failed++;
    }
    return { reads, total: cells.size, read, failed };
  }

  function flush() {
    cancelNotify = null;
    snapshot = buildSnapshot();
    for (const listener of listeners) listener();
  }

  function changed() {
    cancelNotify ??= clock.setTimeout(flush, notifyIntervalMs);
  }

  function wakeAt(time: number, now: number) {
    cancelWake?.();
    cancelWake = Number.isFinite(time) ? clock.setTimeout(pump, Math.max(0, time - now)) : null;
  }

  /** Due cells of one tier in the order they should go: never asked first, then the oldest. */
  function dueCells(keys: Iterable<string>, now: number, skip?: (key: string) => boolean) {
    const never: CellState[] = [];
    const stale: CellState[] = [];
    let nextDue = Infinity;
    for (const key of keys) {
      if (skip?.(key)) continue;
      const state = cells.get(key);
      if (!state || state.inFlight) continue;
      if (state.askedAt === null) never.push(state);
      else if (now - state.askedAt >= refreshIntervalMs) stale.push(state);
      else nextDue = Math.min(nextDue, state.askedAt + refreshIntervalMs);
    }
    stale.sort((a, b) => (a.askedAt ?? 0) - (b.askedAt ?? 0));
    return { due: never.concat(stale), nextDue };
  }

  function dispatch(state: CellState, now: number) {
    const controller = new AbortController();
    const previousAskedAt = state.askedAt;
    state.inFlight = controller;
    state.askedAt = now;
    tokens -= 1;
    inFlight++;
    let request: Promise<LiveStatusSummary>;
    try {
      request = fetchSummary(state.cell, controller.signal);
    } catch (error) {
      request = Promise.reject(error);
    }
    void request
      .then(
        (summary) => {
          if (controller.signal.aborted) return;
          state.read = { summary, readAt: clock.now(), error: null };
          changed();
        },
        (error: unknown) => {
          if (controller.signal.aborted) {
            state.askedAt = previousAskedAt;
            return;
          }
          if (isApiError(error) && error.status === 429) {
            // Not an answer about the cell: it goes again once the pause is over.
            state.askedAt = previousAskedAt;
            const wait =
              error.retryAfterSeconds === null
                ? defaultRetryAfterMs
                : error.retryAfterSeconds * 1000;
            pauseUntil(clock.now() + wait);
            return;
          }
          state.read = { ...state.read, error: errorMessage(error) };
          changed();
        },
      )
      .finally(() => {
        if (state.inFlight === controller) state.inFlight = null;
        inFlight--;
        if (running) pump();
      });
  }

  function pump() {
    cancelWake?.();
    cancelWake = null;
    if (!running || !active || viewport === null) return;
    const now = clock.now();
    if (now < pausedUntil) {
      wakeAt(pausedUntil, now);
      return;
    }
    refill(now);
    if (inFlight >= concurrency) return;

    let wake = Infinity;
    const tiers: [Tier, () => ReturnType<typeof dueCells>][] = [
      ['visible', () => dueCells(visibleSet, now)],
      ['near', () => dueCells(nearSet, now)],
      ['rest', () => dueCells(cells.keys(), now, (key) => visibleSet.has(key) || nearSet.has(key))],
    ];
    for (const [tier, collect] of tiers) {
      const { due, nextDue } = collect();
      wake = Math.min(wake, nextDue);
      const floor = tier === 'visible' ? 1 : 1 + offscreenReserve;
      for (const state of due) {
        if (inFlight >= concurrency) return; // a completion pumps again
        if (tokens < floor) {
          wakeAt(Math.min(wake, now + Math.ceil((floor - tokens) / tokensPerMs)), now);
          return;
        }
        dispatch(state, now);
      }
    }
    wakeAt(wake, now);
  }

  function pauseUntil(until: number) {
    if (until <= pausedUntil) return;
    pausedUntil = until;
    if (running) pump();
  }

  return {
    setCells(list) {
      const previous = new Map(cells);
      cells.clear();
      list.forEach((cell, order) => {
        const key = liveStatusCellKey(cell);
        if (cells.has(key)) return;
        const state = previous.get(key);
        if (state) {
          state.order = order;
          cells.set(key, state);
        } else {
          cells.set(key, { key, cell, order, askedAt: null, inFlight: null, read: emptyRead });
        }
      });
      // Cells that left the dashboard: whatever they were asking no longer matters.
      for (const [key, state] of previous) if (!cells.has(key)) state.inFlight?.abort();
      changed();
      if (running) pump();
    },
    setViewport(next) {
      const same =
        viewport !== null &&
        viewport.visible.length === next.visible.length &&
        viewport.near.length === next.near.length &&
        viewport.visible.every((key, index) => key === next.visible[index]) &&
        viewport.near.every((key, index) => key === next.near[index]);
      if (same) return;
      viewport = { visible: [...next.visible], near: [...next.near] };
      visibleSet = new Set(viewport.visible);
      nearSet = new Set(viewport.near.filter((key) => !visibleSet.has(key)));
      if (running) pump();
    },
    setActive(next) {
      if (next === active) return;
      active = next;
      if (running) pump();
    },
    pauseUntil,
    charge(requests) {
      refill(clock.now());
      tokens -= requests;
    },
    start() {
      if (running) return;
      running = true;
      pump();
    },
    stop() {
      running = false;
      cancelWake?.();
      cancelWake = null;
      for (const state of cells.values()) state.inFlight?.abort();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    tokens() {
      refill(clock.now());
      return tokens;
    },
  };
}

export interface ClientCellReaderOptions {
  client: ApiClient;
  spaceId: string;
  budget: LiveStatusBudget;
  clock?: SchedulerClock;
  notifyIntervalMs?: number;
}

/**
 * A scheduler that reads cells through an API client and shares its budget with it: every other
 * request the client sends while the scheduler runs is charged to the bucket (so the budget is
 * the tab's, not only the dashboard's), a retry the client makes of one of the scheduler's own
 * requests is charged too, and a 429 the client meets on any request pauses the scheduler.
 */
export function createClientCellReader({
  client,
  spaceId,
  ...options
}: ClientCellReaderOptions): LiveStatusScheduler {
  /** The scheduler's own requests (already charged once), by signal: how often each was sent. */
  const own = new WeakMap<AbortSignal, number>();
  const scheduler = createLiveStatusScheduler({
    ...options,
    fetchSummary: (cell, signal) => {
      own.set(signal, 0);
      return getLiveStatusSummary(client, { spaceId, ...cell }, signal);
    },
  });
  let disconnect: (() => void) | null = null;
  return {
    ...scheduler,
    start() {
      disconnect ??= client.gate.subscribe({
        onSend: ({ signal }) => {
          const sent = signal === undefined ? undefined : own.get(signal);
          if (signal !== undefined && sent !== undefined) own.set(signal, sent + 1);
          if (sent === undefined || sent > 0) scheduler.charge(1);
        },
        onPause: (until) => scheduler.pauseUntil(until),
      });
      scheduler.pauseUntil(client.gate.pausedUntil);
      scheduler.start();
    },
    stop() {
      disconnect?.();
      disconnect = null;
      scheduler.stop();
    },
  };
}
