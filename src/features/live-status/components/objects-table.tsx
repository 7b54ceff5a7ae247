import {
  faArrowDownWideShort,
  faArrowUpShortWide,
  faSort,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useMemo, type Ref } from 'react';
import { useNavigate } from 'react-router';
import {
  TreeGrid,
  type TreeGridColumn,
  type TreeGridHandle,
} from '../../../components/tree-grid/tree-grid';
import { parseObjectRef } from '../../../config/object-search-param';
import type { FlatRow } from '../model/flatten-object-tree';
import { nextSort, type ObjectSort, type SortColumn } from '../model/object-sort';
import { objectRowCells, objectRowName, type ObjectSearchFor } from './object-cells';
import styles from './objects-table.module.css';

const columnSpecs: readonly { id: SortColumn; label: string; width: string }[] = [
  { id: 'name', label: 'Name', width: 'minmax(14rem, 2fr)' },
  { id: 'kind', label: 'Kind', width: 'minmax(7rem, 0.7fr)' },
  { id: 'namespace', label: 'Namespace', width: 'minmax(12rem, 1.1fr)' },
  { id: 'health', label: 'Health', width: 'minmax(12rem, 1.6fr)' },
  { id: 'sync', label: 'Sync', width: 'minmax(9rem, 0.9fr)' },
  { id: 'updated', label: 'Last updated', width: 'minmax(7.5rem, 0.7fr)' },
];

interface ObjectsTableProps {
  rows: readonly FlatRow[];
  sort: ObjectSort | null;
  onSortChange: (sort: ObjectSort | null) => void;
  onToggle: (key: string, expanded: boolean) => void;
  searchFor: ObjectSearchFor;
  /** The object whose drawer is open. */
  openKey: string | null;
  empty: string;
  gridRef?: Ref<TreeGridHandle>;
}

function rowClassName(row: FlatRow): string | undefined {
  if (row.type === 'machine') return styles.machineRow;
  return row.context ? styles.contextRow : undefined;
}

/** The application's objects as a tree grid named "Objects", sortable by every column. */
export function ObjectsTable({
  rows,
  sort,
  onSortChange,
  onToggle,
  searchFor,
  openKey,
  empty,
  gridRef,
}: ObjectsTableProps) {
  const navigate = useNavigate();
  const columns = useMemo(
    (): TreeGridColumn[] =>
      columnSpecs.map(({ id, label, width }) => {
        const direction = sort?.column === id ? sort.direction : null;
        return {
          id,
          width,
          sort: direction === null ? 'none' : direction === 'asc' ? 'ascending' : 'descending',
          header: (
            <button
              type="button"
              className={styles.sortButton}
              onClick={() => onSortChange(nextSort(sort, id))}
            >
              {label}
              <FontAwesomeIcon
                icon={
                  direction === null
                    ? faSort
                    : direction === 'asc'
                      ? faArrowUpShortWide
                      : faArrowDownWideShort
                }
                className={styles.sortIcon}
                data-active={direction !== null || undefined}
              />
            </button>
          ),
        };
      }),
    [sort, onSortChange],
  );

  const renderCells = useCallback((row: FlatRow) => objectRowCells(row, searchFor), [searchFor]);
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);

  const onActivate = useCallback(
    (key: string) => {
      const row = byKey.get(key);
      if (row?.type === 'machine') {
        onToggle(key, !row.expanded);
        return;
      }
      const ref = parseObjectRef(row?.ref);
      if (ref)
        void navigate({ search: searchFor(ref) }, { replace: true, preventScrollReset: true });
    },
    [byKey, navigate, onToggle, searchFor],
  );

  return (
    <TreeGrid
      ref={gridRef}
      label="Objects"
      columns={columns}
      rows={rows}
      renderCells={renderCells}
      rowName={objectRowName}
      rowClassName={rowClassName}
      currentKey={openKey}
      onToggle={onToggle}
      onActivate={onActivate}
      empty={empty}
    />
  );
}
