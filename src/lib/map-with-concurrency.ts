/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping the input order in the
 * result. The first rejection rejects the whole map and stops starting new calls; so does an
 * abort of `signal` (with the signal's reason, untouched).
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`Concurrency limit must be a positive integer, not ${limit}`);
  }
  signal?.throwIfAborted();
  const results = new Array<R>(items.length);
  // One iterator shared by all workers: each `next()` hands out the next unclaimed item.
  const entries = items.entries();
  let stopped = false;

  const worker = async () => {
    for (const [index, item] of entries) {
      if (stopped) return;
      try {
        signal?.throwIfAborted();
        results[index] = await fn(item, index);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };

  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  await Promise.all(workers);
  signal?.throwIfAborted();
  return results;
}
