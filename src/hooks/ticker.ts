/**
 * A clock that ticks every `periodMs` for as long as anyone listens: one shared timer however many
 * components read it, stopped when the last one leaves (see `useNow`, `useSecondsSince`).
 */
export function createTicker(periodMs: number) {
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (timer === undefined) {
      // The clock stood still while nobody watched: bring it up to date for the newcomer.
      now = Date.now();
      listener();
      timer = setInterval(() => {
        now = Date.now();
        for (const each of listeners) each();
      }, periodMs);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }

  return { subscribe, now: () => now };
}
