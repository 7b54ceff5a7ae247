import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { flattenObjectTree } from '../model/flatten-object-tree';
import {
  facetCounts,
  filterTree,
  isFilterActive,
  isProblem,
  type ObjectFilter,
} from '../model/object-filter';
import { siblingComparator, type ObjectSort } from '../model/object-sort';
import type { ObjectTree } from '../../../lib/object-tree';
import {
  expansionPredicate,
  initialExpansion,
  initiallyExpanded,
  toggleExpansion,
} from '../model/tree-expansion';

/**
 * The objects table's rows: the tree filtered, sorted and flattened under the current expansion.
 * Expansion lives here, by key, so it survives every poll; the filter is deferred so typing in
 * the search box stays responsive while thousands of rows are filtered.
 */
export function useObjectsView(tree: ObjectTree, filter: ObjectFilter, sort: ObjectSort | null) {
  // Mounted once the first data is in: what opens by default is decided from that data.
  const [defaults] = useState(() => initiallyExpanded(tree));
  const [expansion, setExpansion] = useState(initialExpansion);
  const deferredFilter = useDeferredValue(filter);
  const filtering = isFilterActive(deferredFilter);

  const filtered = useMemo(
    () => (filtering ? filterTree(tree, deferredFilter) : null),
    [tree, deferredFilter, filtering],
  );
  const facets = useMemo(() => facetCounts(tree, deferredFilter), [tree, deferredFilter]);
  const problemCount = useMemo(
    () => tree.objects.filter((node) => isProblem(node.resource)).length,
    [tree],
  );
  const compare = useMemo(() => siblingComparator(sort), [sort]);
  const rows = useMemo(
    () =>
      flattenObjectTree(tree.roots, {
        filter: filtered,
        isExpanded: expansionPredicate(expansion, defaults, filtering),
        compare,
      }),
    [tree, filtered, expansion, defaults, filtering, compare],
  );

  const toggle = useCallback((key: string, open: boolean) => {
    setExpansion((current) => toggleExpansion(current, key, open));
  }, []);
  const expandAll = useCallback(() => setExpansion({ base: 'all', overrides: new Map() }), []);
  const collapseAll = useCallback(() => setExpansion({ base: 'none', overrides: new Map() }), []);

  return {
    rows,
    facets,
    problemCount,
    total: tree.objects.length,
    /** Objects that pass the filter; null when no filter is on. */
    matchCount: filtered ? filtered.matches.size : null,
    /** The filter the rows reflect; behind the URL's for a moment while typing. */
    appliedFilter: deferredFilter,
    toggle,
    expandAll,
    collapseAll,
  };
}
