/**
 * Whether the server is answering, as the API client sees it: when it last answered a request
 * with success (the time the data on screen was last confirmed), and since when it has not been
 * reachable. The connection banner (`app/connection-banner.tsx`) reads it; whether the browser
 * itself is online is the browser's to say (`navigator.onLine`).
 */
export interface ConnectionSnapshot {
  /** The last successful answer (epoch ms); null before the first. */
  confirmedAt: number | null;
  /** Since when no request has reached the server (epoch ms); null while it answers. */
  unreachableSince: number | null;
  /** Why the last request did not reach it ("Could not reach the server", "…(503)"). */
  unreachableReason: string | null;
}

export interface ConnectionMonitor {
  /** The server answered with success. */
  noteSuccess: () => void;
  /** The server answered, but not with success (a 404, a 500): it is reachable. */
  noteAnswered: () => void;
  /** No answer came from the server itself: the network failed, or a gateway said 502/503/504. */
  noteUnreachable: (reason: string) => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ConnectionSnapshot;
}

/** A gateway or proxy in front of the server saying it cannot get an answer from it. */
export function isGatewayFailure(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

export function createConnectionMonitor(now: () => number = () => Date.now()): ConnectionMonitor {
  let snapshot: ConnectionSnapshot = {
    confirmedAt: null,
    unreachableSince: null,
    unreachableReason: null,
  };
  const listeners = new Set<() => void>();
  const update = (next: ConnectionSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    noteSuccess() {
      update({ confirmedAt: now(), unreachableSince: null, unreachableReason: null });
    },
    noteAnswered() {
      if (snapshot.unreachableSince === null) return;
      update({ ...snapshot, unreachableSince: null, unreachableReason: null });
    },
    noteUnreachable(reason) {
      if (snapshot.unreachableReason === reason) return;
      update({
        ...snapshot,
        unreachableSince: snapshot.unreachableSince ?? now(),
        unreachableReason: reason,
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

/** The app's monitor, fed by the app's API client. */
export const connection: ConnectionMonitor = createConnectionMonitor();
