import { describe, expect, it } from 'vitest';
import { createBackgroundQueue, type QueueJob } from './background-queue';

/** Jobs whose promises the test settles by hand, remembering the order they started in. */
function controllableJobs(keys: readonly string[]) {
  const started: string[] = [];
  const pending = new Map<
    string,
    { resolve: (value: string) => void; reject: (error: Error) => void; signal: AbortSignal }
  >();
  const runs = new Map<string, number>();
  const jobs: QueueJob<string>[] = keys.map((key) => ({
    key,
    run: (signal) =>
      new Promise<string>((resolve, reject) => {
        started.push(key);
        runs.set(key, (runs.get(key) ?? 0) + 1);
        pending.set(key, { resolve, reject, signal });
      }),
  }));
  const settle = async (key: string, outcome: 'ok' | 'fail' = 'ok') => {
    const job = pending.get(key);
    if (!job) throw new Error(`${key} is not running`);
    pending.delete(key);
    if (outcome === 'ok') job.resolve(`done ${key}`);
    else job.reject(new Error(`failed ${key}`));
    // Let the queue hear of it and start the next ones.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { jobs, started, pending, runs, settle };
}

describe('createBackgroundQueue', () => {
  it('runs nothing until resumed, then at most `concurrency` jobs at a time, in order', async () => {
    const queue = createBackgroundQueue<string>({ concurrency: 2 });
    const { jobs, started, settle } = controllableJobs(['a', 'b', 'c', 'd']);
    queue.setJobs(jobs);
    expect(started).toEqual([]);
    queue.resume();
    expect(started).toEqual(['a', 'b']);
    expect(queue.running()).toBe(2);
    await settle('b');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(queue.result('b')).toEqual({ ok: true, value: 'done b' });
    expect(queue.isRunning('a')).toBe(true);
    await settle('a');
    await settle('c');
    await settle('d');
    expect(queue.running()).toBe(0);
    expect([...queue.results().keys()]).toEqual(['b', 'a', 'c', 'd']);
  });

  it('starts what is wanted first when the order changes, and never runs a job twice', async () => {
    const queue = createBackgroundQueue<string>({ concurrency: 1 });
    const { jobs, started, runs, settle } = controllableJobs(['a', 'b', 'c', 'd']);
    queue.resume();
    queue.setJobs(jobs);
    // The user scrolls to d: it comes first; a, already running, goes on.
    const [a, b, c, d] = jobs;
    if (!a || !b || !c || !d) throw new Error('four jobs');
    queue.setJobs([d, a, b, c]);
    await settle('a');
    expect(started).toEqual(['a', 'd']);
    queue.setJobs([a, b, c, d]);
    await settle('d');
    await settle('b');
    await settle('c');
    expect(started).toEqual(['a', 'd', 'b', 'c']);
    expect([...runs.values()]).toEqual([1, 1, 1, 1]);
  });

  it('keeps a failure until retried, then runs the job again', async () => {
    const queue = createBackgroundQueue<string>({ concurrency: 1 });
    const { jobs, runs, settle } = controllableJobs(['a', 'b']);
    const heard: number[] = [];
    queue.subscribe(() => heard.push(queue.results().size));
    queue.resume();
    queue.setJobs(jobs);
    await settle('a', 'fail');
    await settle('b');
    const failed = queue.result('a');
    expect(failed?.ok).toBe(false);
    expect(heard).toEqual([1, 2]);

    queue.retry(['a']);
    expect(queue.result('a')).toBeUndefined();
    expect(runs.get('a')).toBe(2);
    await settle('a');
    expect(queue.result('a')).toEqual({ ok: true, value: 'done a' });
  });

  it('takes a job that throws as a failure', () => {
    const queue = createBackgroundQueue<string>({ concurrency: 1 });
    queue.resume();
    queue.setJobs([
      {
        key: 'boom',
        run: () => {
          throw new Error('at once');
        },
      },
    ]);
    return Promise.resolve().then(() => {
      const result = queue.result('boom');
      expect(result?.ok).toBe(false);
    });
  });

  it('aborts what runs when suspended, drops its result, and runs it again on resume', async () => {
    const queue = createBackgroundQueue<string>({ concurrency: 2 });
    const { jobs, pending, runs, started } = controllableJobs(['a', 'b', 'c']);
    queue.resume();
    queue.setJobs(jobs);
    const signal = pending.get('a')?.signal;
    queue.suspend();
    expect(signal?.aborted).toBe(true);
    expect(queue.running()).toBe(0);
    // A job from before the suspend that settles anyway is ignored.
    pending.get('a')?.resolve('late');
    await Promise.resolve();
    await Promise.resolve();
    expect(queue.result('a')).toBeUndefined();
    expect(started).toEqual(['a', 'b']);

    queue.resume();
    expect(started).toEqual(['a', 'b', 'a', 'b']);
    expect(runs.get('a')).toBe(2);
  });
});
