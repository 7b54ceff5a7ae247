import {
  faArrowDownWideShort,
  faArrowUpShortWide,
  faSort,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { TreeGrid, type TreeGridColumn } from '../../../components/tree-grid/tree-grid';
import { compareParams, type CompareSort, type CompareSortColumn } from '../model/compare-search';
import type { ComparisonRow } from '../model/comparison-rows';
import type { SideLabels } from '../model/comparison-status';
import { comparisonCells, comparisonRowName } from './comparison-cells';
import styles from './comparison-table.module.css';

interface ComparisonTableProps {
  rows: readonly ComparisonRow[];
  labels: SideLabels;
  sort: CompareSort;
  onSortChange: (sort: CompareSort) => void;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onRangeChange: (first: number, last: number) => void;
  empty: string;
}

/** Rows of one level never open or close. */
function ignoreToggle() {
  // Nothing to do: no row has children.
}

function rowClassName(row: ComparisonRow): string | undefined {
  return row.differs ? styles.differs : undefined;
}

function SortButton({
  column,
  label,
  sort,
  onSortChange,
}: {
  column: CompareSortColumn;
  label: string;
  sort: CompareSort;
  onSortChange: (sort: CompareSort) => void;
}) {
  const active = sort.column === column;
  const next: CompareSort = {
    column,
    direction: active && sort.direction === 'asc' ? 'desc' : 'asc',
  };
  return (
    <button type="button" className={styles.sortButton} onClick={() => onSortChange(next)}>
      {label}
      <FontAwesomeIcon
        icon={
          !active ? faSort : sort.direction === 'asc' ? faArrowUpShortWide : faArrowDownWideShort
        }
        className={styles.sortIcon}
        data-active={active || undefined}
      />
    </button>
  );
}

/**
 * The Comparison table: a row per object either side applied, with each side's health and sync
 * and whether their applied manifests differ. A tree grid of one level (the shared grid, for its
 * virtualized rows and keys): Enter or Space on a row, or a click on its name, selects it.
 */
export function ComparisonTable({
  rows,
  labels,
  sort,
  onSortChange,
  selectedKey,
  onSelect,
  onRangeChange,
  empty,
}: ComparisonTableProps) {
  const [searchParams] = useSearchParams();
  const columns = useMemo((): TreeGridColumn[] => {
    const sortOf = (column: CompareSortColumn) =>
      sort.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
    return [
      {
        id: 'kind',
        width: 'minmax(8rem, 0.8fr)',
        sort: sortOf('kind'),
        header: <SortButton column="kind" label="Kind" sort={sort} onSortChange={onSortChange} />,
      },
      {
        id: 'name',
        width: 'minmax(12rem, 1.6fr)',
        sort: sortOf('name'),
        header: <SortButton column="name" label="Name" sort={sort} onSortChange={onSortChange} />,
      },
      { id: 'presence', width: 'minmax(9rem, 1fr)', header: 'Presence' },
      { id: 'left', width: 'minmax(10rem, 1.2fr)', header: labels.left },
      { id: 'right', width: 'minmax(10rem, 1.2fr)', header: labels.right },
      { id: 'manifests', width: 'minmax(11rem, 1.3fr)', header: 'Manifests' },
    ];
  }, [sort, onSortChange, labels]);

  const searchFor = useCallback(
    (key: string) => {
      const next = new URLSearchParams(searchParams);
      next.set(compareParams.object, key);
      return `?${next.toString()}`;
    },
    [searchParams],
  );
  const renderCells = useCallback(
    (row: ComparisonRow) => comparisonCells(row, labels, searchFor),
    [labels, searchFor],
  );

  return (
    <TreeGrid
      label="Comparison"
      columns={columns}
      rows={rows}
      renderCells={renderCells}
      rowName={comparisonRowName}
      rowClassName={rowClassName}
      currentKey={selectedKey}
      onToggle={ignoreToggle}
      onActivate={onSelect}
      activateOnSpace
      onRangeChange={onRangeChange}
      empty={empty}
    />
  );
}
