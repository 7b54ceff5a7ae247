/**
 * Work done in the background a few at a time, most wanted first: the comparison page compares
 * hundreds or thousands of objects' manifests, each one or two requests to a real server, and
 * must never send them all at once. No React and no fetch of its own: jobs bring their `run`.
 *
 * - `setJobs` says what is wanted now, in order (the selected row, the rows on screen, the rest):
 *   jobs not yet done start in that order, at most `concurrency` at a time. It is cheap to call
 *   again whenever the order changes (a scroll, a filter); what runs keeps running.
 * - A job's result (or its failure) is kept by its key until `retry` forgets it, so a key names
 *   one piece of work: give it a new key when its inputs change.
 * - Listeners hear each result. Nothing runs until `resume`; `suspend` aborts the jobs' signal
 *   and drops what was running (it runs again on `resume`), so a component can resume it when it
 *   mounts and suspend it when it unmounts, as often as React likes.
 */

export interface QueueJob<Result> {
  key: string;
  run: (signal: AbortSignal) => Promise<Result>;
}

export type Settled<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

export interface BackgroundQueue<Result> {
  setJobs: (jobs: readonly QueueJob<Result>[]) => void;
  /** Forgets these keys' results, so they run again (in the current order). */
  retry: (keys: readonly string[]) => void;
  result: (key: string) => Settled<Result> | undefined;
  /** Every result so far, by key: a copy, which later results leave alone. */
  results: () => ReadonlyMap<string, Settled<Result>>;
  isRunning: (key: string) => boolean;
  /** How many jobs run now. */
  running: () => number;
  subscribe: (listener: () => void) => () => void;
  resume: () => void;
  suspend: () => void;
}

export function createBackgroundQueue<Result>({
  concurrency,
}: {
  concurrency: number;
}): BackgroundQueue<Result> {
  const running = new Set<string>();
  const settled = new Map<string, Settled<Result>>();
  const listeners = new Set<() => void>();
  let jobs: readonly QueueJob<Result>[] = [];
  // Jobs before the cursor have been started or were done: each is looked at once per order.
  let cursor = 0;
  // Null while suspended; a new one on each resume, so a job from before is told apart.
  let controller: AbortController | null = null;

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const pump = () => {
    const current = controller;
    while (current && running.size < concurrency && cursor < jobs.length) {
      const job = jobs[cursor];
      cursor += 1;
      if (!job || settled.has(job.key) || running.has(job.key)) continue;
      running.add(job.key);
      const finish = (result: Settled<Result>) => {
        if (controller !== current) return;
        running.delete(job.key);
        settled.set(job.key, result);
        notify();
        pump();
      };
      let promise: Promise<Result>;
      try {
        promise = job.run(current.signal);
      } catch (error) {
        promise = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      promise.then(
        (value) => finish({ ok: true, value }),
        (error: unknown) => finish({ ok: false, error }),
      );
    }
  };

  return {
    setJobs(next) {
      jobs = next;
      cursor = 0;
      pump();
    },
    retry(keys) {
      for (const key of keys) settled.delete(key);
      notify();
      cursor = 0;
      pump();
    },
    result: (key) => settled.get(key),
    results: () => new Map(settled),
    isRunning: (key) => running.has(key),
    running: () => running.size,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resume() {
      if (controller) return;
      controller = new AbortController();
      cursor = 0;
      pump();
    },
    suspend() {
      controller?.abort();
      controller = null;
      running.clear();
    },
  };
}
