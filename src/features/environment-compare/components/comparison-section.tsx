import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import type { ObjectTree } from '../../../lib/object-tree';
import { useCompareSearch } from '../hooks/use-compare-search';
import type { CompareSideData } from '../hooks/use-compare-side';
import { useManifestComparisons } from '../hooks/use-manifest-comparisons';
import { comparisonView, pairObjects, sortComparedObjects } from '../model/comparison-rows';
import { ComparisonFilters } from './comparison-filters';
import { ComparisonProgressLine } from './comparison-progress';
import styles from './comparison-section.module.css';
import { ComparisonTable } from './comparison-table';
import { SelectedObjectPanel } from './selected-object-panel';

interface ComparisonSectionProps {
  spaceId: string;
  projectId: string;
  left: CompareSideData;
  right: CompareSideData;
  /** Each side's objects (the live status of each, as a tree). */
  leftTree: ObjectTree;
  rightTree: ObjectTree;
  /** Both sides' names and latest deployments are known: manifests can be compared. */
  manifestsReady: boolean;
}

/**
 * The Comparison table with its filters and progress, and the selected row's manifests below.
 * Kept mounted across polls: each poll pairs the objects again (rows keep their keys), and the
 * filters, sort and selection live in the URL.
 */
export function ComparisonSection({
  spaceId,
  projectId,
  left,
  right,
  leftTree,
  rightTree,
  manifestsReady,
}: ComparisonSectionProps) {
  const headingId = useId();
  const search = useCompareSearch();
  const { filter, sort, object: selectedKey, update } = search;
  const labels = useMemo(
    () => ({ left: left.label, right: right.label }),
    [left.label, right.label],
  );

  const objects = useMemo(() => pairObjects(leftTree, rightTree), [leftTree, rightTree]);
  const sorted = useMemo(() => sortComparedObjects(objects, sort), [objects, sort]);
  const comparisons = useManifestComparisons({
    spaceId,
    projectId,
    left,
    right,
    objects: sorted,
    ready: manifestsReady,
  });
  const { manifestsOf, prioritize } = comparisons;
  // Filtering 5,000 rows is quick, but a keystroke or a click should never wait for it.
  const deferredFilter = useDeferredValue(filter);
  const view = useMemo(
    () => comparisonView(sorted, manifestsOf, deferredFilter),
    [sorted, manifestsOf, deferredFilter],
  );

  // The selected row and the rows on screen are compared first.
  const range = useRef<[number, number]>([0, -1]);
  const rowsRef = useRef(view.rows);
  const reprioritize = useCallback(() => {
    const [first, last] = range.current;
    const visible = rowsRef.current.slice(first, last + 1).map((row) => row.key);
    prioritize(selectedKey, visible);
  }, [prioritize, selectedKey]);
  useEffect(() => {
    rowsRef.current = view.rows;
    reprioritize();
  }, [view.rows, reprioritize]);
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      range.current = [first, last];
      reprioritize();
    },
    [reprioritize],
  );

  const selected = useMemo(
    () =>
      selectedKey === null ? null : (objects.find((each) => each.key === selectedKey) ?? null),
    [objects, selectedKey],
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <h2 id={headingId} className={styles.title}>
          Objects
        </h2>
        <ComparisonProgressLine
          progress={comparisons.progress}
          ready={manifestsReady}
          onRetry={() => comparisons.retry()}
        />
      </div>
      <ComparisonFilters
        filter={filter}
        kinds={view.kinds}
        differing={view.differing}
        onChange={(changes) => update({ filter: changes })}
      />
      <ComparisonTable
        rows={view.rows}
        labels={labels}
        sort={sort}
        onSortChange={(next) => update({ sort: next })}
        selectedKey={selectedKey}
        onSelect={(key) => update({ object: key })}
        onRangeChange={onRangeChange}
        empty={
          view.total === 0
            ? 'Neither side has objects to compare.'
            : filter.onlyDifferences
              ? 'No differences found so far.'
              : 'No objects match these filters.'
        }
      />
      {selectedKey !== null && (
        <SelectedObjectPanel
          key={selectedKey}
          selectedKey={selectedKey}
          object={selected}
          comparison={selected ? manifestsOf(selected) : null}
          left={left}
          right={right}
          spaceId={spaceId}
          projectId={projectId}
          onRetry={() => comparisons.retry([selectedKey])}
          onClear={() => update({ object: null })}
        />
      )}
    </section>
  );
}
