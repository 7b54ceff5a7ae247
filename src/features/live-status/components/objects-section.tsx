import {
  faDownLeftAndUpRightToCenter,
  faUpRightAndDownLeftFromCenter,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useId, useRef, useState } from 'react';
import { Button } from '../../../components/button/button';
import { applicationStatusDefinitions, StatusBadge } from '../../../components/status';
import type { TreeGridHandle } from '../../../components/tree-grid/tree-grid';
import type { ObjectDrawerSlot } from '../live-status-page';
import { useObjectSearchParam } from '../../../hooks/use-object-search-param';
import { useLiveStatusSearch } from '../hooks/use-live-status-search';
import { useObjectsView } from '../hooks/use-objects-view';
import { isFilterActive, noFilter } from '../model/object-filter';
import type { ObjectSort } from '../model/object-sort';
import type { ObjectTree } from '../../../lib/object-tree';
import { ObjectFilters } from './object-filters';
import { ObjectsTable } from './objects-table';
import styles from './objects-section.module.css';

function countText(total: number, matches: number | null): string {
  const objects = `${String(total)} ${total === 1 ? 'object' : 'objects'}`;
  return matches === null ? objects : `${String(matches)} of ${objects} match`;
}

/**
 * The objects: filters, the tree table and the drawer of the object the URL names. Mounted once
 * the first data is in, and kept mounted across polls so expansion, scroll and focus stay.
 * `stale`: the latest poll failed, so what is shown may be out of date.
 */
export function ObjectsSection({
  tree,
  stale,
  objectDrawer: ObjectDrawer,
}: {
  tree: ObjectTree;
  stale: boolean;
  objectDrawer: ObjectDrawerSlot;
}) {
  const headingId = useId();
  const search = useLiveStatusSearch();
  const drawer = useObjectSearchParam();
  const view = useObjectsView(tree, search.filter, search.sort);
  const gridRef = useRef<TreeGridHandle>(null);
  const [resetToken, setResetToken] = useState(0);
  const { update } = search;

  const onSortChange = useCallback((sort: ObjectSort | null) => update({ sort }), [update]);
  const openKey = drawer.openObjectKey;
  const closeDrawer = () => {
    drawer.close();
    if (openKey !== null) gridRef.current?.focusRow(openKey);
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <h2 id={headingId} className={styles.title}>
          Objects
        </h2>
        {stale && (
          <StatusBadge definition={applicationStatusDefinitions.Stale} variant="pill" describe />
        )}
        <p className={styles.count} role="status">
          {countText(view.total, view.matchCount)}
        </p>
        <div className={styles.treeActions}>
          <Button variant="ghost" onClick={view.expandAll}>
            <FontAwesomeIcon icon={faUpRightAndDownLeftFromCenter} />
            Expand all
          </Button>
          <Button variant="ghost" onClick={view.collapseAll}>
            <FontAwesomeIcon icon={faDownLeftAndUpRightToCenter} />
            Collapse all
          </Button>
        </div>
      </div>
      <ObjectFilters
        filter={search.filter}
        facets={view.facets}
        problemCount={view.problemCount}
        active={isFilterActive(search.filter)}
        onChange={(filter) => update({ filter })}
        onClear={() => {
          update({ filter: noFilter });
          setResetToken((token) => token + 1);
        }}
        resetToken={resetToken}
      />
      <ObjectsTable
        rows={view.rows}
        sort={search.sort}
        onSortChange={onSortChange}
        onToggle={view.toggle}
        searchFor={drawer.searchFor}
        openKey={openKey}
        empty={
          view.total === 0
            ? 'This application has no objects to show.'
            : 'No objects match these filters.'
        }
        gridRef={gridRef}
      />
      {drawer.openObject && <ObjectDrawer objectRef={drawer.openObject} onClose={closeDrawer} />}
    </section>
  );
}
