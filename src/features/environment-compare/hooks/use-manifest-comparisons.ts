import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { objectQueries } from '../../../api/queries/object-queries';
import { createBackgroundQueue, type QueueJob, type Settled } from '../model/background-queue';
import type { ComparedObject, ManifestComparison } from '../model/comparison-rows';
import {
  comparisonOf,
  compareManifestPair,
  pairKey,
  type ManifestPairOutcome,
  type PairSide,
} from '../model/manifest-pair';
import type { CompareSideData } from './use-compare-side';

/**
 * Two objects at a time, each asking for its two sides' manifests at once: at most four
 * requests in flight, however many objects there are.
 */
const OBJECTS_AT_ONCE = 2;
/**
 * A manifest read in the background is kept this long once nothing shows it, rather than the
 * usual five minutes: a thousand of them would otherwise stay in memory. The comparison's result
 * is kept instead; opening one (the drawer, the row's diff) keeps it as long as usual.
 */
const BACKGROUND_MANIFEST_GC_MS = 30_000;
/** Results are shown in batches: a thousand objects need not draw the page a thousand times. */
const NOTIFY_EVERY_MS = 150;

const ONE_SIDE: ManifestComparison = { status: 'one-side' };
const CHECKING: ManifestComparison = { status: 'checking' };
const NO_ID: ManifestComparison = {
  status: 'failed',
  reason: 'the server gave no id to ask for its manifest',
  retryable: false,
};

/** One side as the comparisons need it; the same object until one of its parts changes. */
function usePairSide(spaceId: string, projectId: string, data: CompareSideData): PairSide {
  const { environmentId, tenantId } = data.side;
  const generation = data.latestDeployment?.DeploymentId ?? '';
  const { own } = data;
  return useMemo(
    () => ({ ids: { spaceId, projectId, environmentId, tenantId }, own, generation }),
    [spaceId, projectId, environmentId, tenantId, own, generation],
  );
}

function fetchManifest(queryClient: QueryClient, ids: ResourceIds) {
  // The drawer's own query options, so each answer is shared with it both ways.
  return queryClient.query({
    ...objectQueries.manifest(ids),
    gcTime: BACKGROUND_MANIFEST_GC_MS,
  });
}

function pairJob(
  queryClient: QueryClient,
  key: string,
  object: ComparedObject,
  left: PairSide,
  right: PairSide,
): QueueJob<ManifestPairOutcome> {
  return {
    key,
    run: async () => {
      const leftRef = object.left?.ref;
      const rightRef = object.right?.ref;
      if (!leftRef || !rightRef) throw new Error('The object has no id on one side.');
      const [leftManifest, rightManifest] = await Promise.all([
        fetchManifest(queryClient, { ...left.ids, ...leftRef }),
        fetchManifest(queryClient, { ...right.ids, ...rightRef }),
      ]);
      return compareManifestPair(leftManifest, rightManifest, { left: left.own, right: right.own });
    },
  };
}

export interface ComparisonProgress {
  /** Objects on both sides, whose manifests are compared. */
  total: number;
  /** Of those, compared (or failed). */
  settled: number;
  failed: number;
  /** Failed ones that asking again may help. */
  retryable: readonly string[];
}

/**
 * Compares the applied manifests of every object found on both sides, in the background: two
 * objects (four requests) at a time, the selected row first, then the rows on screen, then the
 * rest in the table's order. Starts once both sides' names are known (`ready`), since a label
 * naming the environment is set aside by its name. Results are kept per object and per latest
 * deployment of each side, so polls ask nothing again; a new deployment does.
 */
export function useManifestComparisons({
  spaceId,
  projectId,
  left,
  right,
  objects,
  ready,
}: {
  spaceId: string;
  projectId: string;
  left: CompareSideData;
  right: CompareSideData;
  /** Every object, in the table's order. */
  objects: readonly ComparedObject[];
  ready: boolean;
}) {
  const queryClient = useQueryClient();
  const [queue] = useState(() =>
    createBackgroundQueue<ManifestPairOutcome>({ concurrency: OBJECTS_AT_ONCE }),
  );
  const [results, setResults] = useState<ReadonlyMap<string, Settled<ManifestPairOutcome>>>(
    () => new Map(),
  );

  useEffect(() => {
    queue.resume();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = queue.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        setResults(queue.results());
      }, NOTIFY_EVERY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      queue.suspend();
    };
  }, [queue]);

  const leftSide = usePairSide(spaceId, projectId, left);
  const rightSide = usePairSide(spaceId, projectId, right);
  const jobs = useMemo(() => {
    const byObject = new Map<string, QueueJob<ManifestPairOutcome>>();
    for (const object of objects) {
      const key = pairKey(object, leftSide, rightSide);
      if (key !== null)
        byObject.set(object.key, pairJob(queryClient, key, object, leftSide, rightSide));
    }
    return byObject;
  }, [objects, leftSide, rightSide, queryClient]);

  // What is wanted first: the selected row, then the rows on screen. Kept in a ref so that a
  // scroll orders the queue again without drawing the page again.
  const priority = useRef<{ selected: string | null; visible: readonly string[] }>({
    selected: null,
    visible: [],
  });
  const order = useCallback(() => {
    if (!ready) return;
    const { selected, visible } = priority.current;
    const first = [selected, ...visible].flatMap((key) => {
      const job = key === null ? undefined : jobs.get(key);
      return job ? [job] : [];
    });
    queue.setJobs([...first, ...jobs.values()]);
  }, [jobs, queue, ready]);
  useEffect(order, [order]);

  const prioritize = useCallback(
    (selected: string | null, visible: readonly string[]) => {
      const current = priority.current;
      if (current.selected === selected && sameKeys(current.visible, visible)) return;
      priority.current = { selected, visible };
      order();
    },
    [order],
  );

  const labels = useMemo(
    () => ({ left: left.label, right: right.label }),
    [left.label, right.label],
  );
  const comparisons = useMemo(() => {
    const byJob = new Map<string, ManifestComparison>();
    for (const [key, settled] of results) byJob.set(key, comparisonOf(settled, labels));
    return byJob;
  }, [results, labels]);
  const manifestsOf = useCallback(
    (object: ComparedObject): ManifestComparison => {
      if (object.presence !== 'both') return ONE_SIDE;
      const job = jobs.get(object.key);
      if (!job) return NO_ID;
      return comparisons.get(job.key) ?? CHECKING;
    },
    [jobs, comparisons],
  );

  const progress = useMemo((): ComparisonProgress => {
    let settled = 0;
    let failed = 0;
    const retryable: string[] = [];
    for (const job of jobs.values()) {
      const result = results.get(job.key);
      if (!result) continue;
      settled += 1;
      const failedToCompare =
        !result.ok || result.value.status === 'no-manifest' || result.value.status === 'unreadable';
      if (failedToCompare) failed += 1;
      if (!result.ok) retryable.push(job.key);
    }
    return { total: jobs.size, settled, failed, retryable };
  }, [jobs, results]);

  const retry = useCallback(
    (objectKeys?: readonly string[]) => {
      const keys = objectKeys
        ? objectKeys.flatMap((key) => {
            const job = jobs.get(key);
            return job ? [job.key] : [];
          })
        : progress.retryable;
      queue.retry(keys);
    },
    [jobs, progress.retryable, queue],
  );

  return { manifestsOf, progress, prioritize, retry };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}
