import { sleep } from './abort';

/** A request the client is about to send: what the gate's listeners hear. */
export interface GateSend {
  path: string;
  /** The caller's signal, which tells one caller's requests from another's. */
  signal: AbortSignal | undefined;
}

export interface RequestGateListener {
  /** Every request, right before it goes out (retries too). */
  onSend?: (send: GateSend) => void;
  /** The server said 429: nothing goes out before `until` (epoch ms). */
  onPause?: (until: number) => void;
}

/**
 * What every request of one API client passes through. A 429 is the server speaking about the
 * whole client, not about one request: `pause` holds every request until its `Retry-After` is
 * over, and requests that arrive meanwhile wait there too instead of each earning its own 429.
 */
export interface RequestGate {
  /** When the current pause ends (epoch ms); 0 or a past time when there is none. */
  readonly pausedUntil: number;
  /** Milliseconds left in the current pause, 0 when requests may go. */
  remainingMs(): number;
  /** Holds every request for `ms` from now (a shorter pause never cuts a longer one short). */
  pause(ms: number): void;
  /** Resolves once no pause holds requests; rejects with the signal's reason if it aborts first. */
  wait(signal?: AbortSignal): Promise<void>;
  /** Tells the listeners that a request goes out now. */
  noteSend(send: GateSend): void;
  subscribe(listener: RequestGateListener): () => void;
}

export function createRequestGate(now: () => number = () => Date.now()): RequestGate {
  let pausedUntil = 0;
  const listeners = new Set<RequestGateListener>();
  const remainingMs = () => Math.max(0, pausedUntil - now());
  return {
    get pausedUntil() {
      return pausedUntil;
    },
    remainingMs,
    pause(ms) {
      const until = now() + Math.max(0, ms);
      if (until <= pausedUntil) return;
      pausedUntil = until;
      for (const listener of listeners) listener.onPause?.(until);
    },
    async wait(signal) {
      signal?.throwIfAborted();
      // Loop: the pause may have been extended while we slept.
      for (let left = remainingMs(); left > 0; left = remainingMs()) await sleep(left, signal);
    },
    noteSend(send) {
      for (const listener of listeners) listener.onSend?.(send);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
