/**
 * How hard the dashboard may ask a server that has no batch live status endpoint. A real Octopus
 * server answers one `summaryOnly` live status call per cell, and it rate-limits each user (its
 * documented example policy: 600 requests a minute, burst 200, then 429). The dashboard asks only
 * for the cells on screen (and a few rows around), refreshes each at most every
 * `refreshIntervalMs`, and stays within `requestsPerMinute` over any minute, counting every
 * request the tab makes while the dashboard is open.
 *
 * The one setting worth changing, `VITE_LIVE_STATUS_REQUESTS_PER_MINUTE`, is read at build time
 * (like the `VITE_OCTOPUS_` variables): raise it for a server with a generous policy, lower it to
 * share the limit with other tabs or tools.
 */
export interface LiveStatusBudget {
  /** The most requests in any 60 s. Default 300. */
  requestsPerMinute: number;
  /** How many may go at once after a quiet spell (the rest of the minute's budget then spreads out). */
  burst: number;
  /** A cell's live status is asked again no sooner than this. */
  refreshIntervalMs: number;
  /** Live status calls in flight at once. */
  concurrency: number;
  /**
   * Tokens kept back for cells on screen: cells off screen are only asked while the bucket holds
   * more than this, so scrolling to new cells always finds budget for them at once.
   */
  offscreenReserve: number;
}

export const DEFAULT_LIVE_STATUS_REQUESTS_PER_MINUTE = 300;

/** An integer from 10 to 100,000, given as a number or as its text; anything else is ignored. */
function requestsPerMinuteOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 10 && number <= 100_000
    ? number
    : undefined;
}

/** The budget for a number of requests a minute: a fifth of it as the burst, capped at 60. */
export function liveStatusBudgetFor(requestsPerMinute: number): LiveStatusBudget {
  const burst = Math.max(2, Math.min(60, Math.floor(requestsPerMinute / 5)));
  return {
    requestsPerMinute,
    burst,
    refreshIntervalMs: 30_000,
    concurrency: 6,
    offscreenReserve: Math.floor(burst / 2),
  };
}

/** Reads the budget from an environment object such as `import.meta.env`; bad values are ignored. */
export function readLiveStatusBudget(env: unknown): LiveStatusBudget {
  const setting: unknown =
    typeof env === 'object' && env !== null
      ? Reflect.get(env, 'VITE_LIVE_STATUS_REQUESTS_PER_MINUTE')
      : undefined;
  const requestsPerMinute = requestsPerMinuteOf(setting) ?? DEFAULT_LIVE_STATUS_REQUESTS_PER_MINUTE;
  return liveStatusBudgetFor(requestsPerMinute);
}

export const liveStatusBudget: LiveStatusBudget = readLiveStatusBudget(import.meta.env);
