import { memo, useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { StepObject } from '../../../api/contract';
import { TreeGrid, type TreeGridColumn } from '../../../components/tree-grid/tree-grid';
import { searchWithObject } from '../hooks/use-deployment-url-state';
import { flattenStepObjects, type StepRow } from '../model/step-rows';
import { opensDrawer, stepObjectCells } from './step-object-cells';

const columns: readonly TreeGridColumn[] = [
  { id: 'name', header: 'Name', width: 'minmax(14rem, 1.8fr)' },
  { id: 'kind', header: 'Kind', width: 'minmax(6.5rem, 0.7fr)' },
  { id: 'namespace', header: 'Namespace', width: 'minmax(10rem, 1fr)' },
  { id: 'status', header: 'Status', width: 'minmax(14rem, 1.35fr)' },
  { id: 'details', header: 'Details', width: 'minmax(16rem, 2.4fr)' },
];

const rowName = (row: StepRow) => `${row.object.Kind} ${row.object.Name}`;

interface StepTableProps {
  /** The step's name: the table's accessible name. */
  label: string;
  actionId: string;
  resources: readonly StepObject[];
  collapsed: ReadonlySet<string>;
  baseSearch: string;
  /** The open object's Uuid, when it belongs to this step. */
  openUuid: string | null;
  onToggle: (uuid: string, expanded: boolean) => void;
}

/**
 * A step's objects as a tree grid (a real table): children nested under their parents by
 * `aria-level`, only the rows in view in the DOM, and rows drawn again only when their object
 * changed, so a poll of a 250-object step costs what changed.
 */
export const StepTable = memo(function StepTable({
  label,
  actionId,
  resources,
  collapsed,
  baseSearch,
  openUuid,
  onToggle,
}: StepTableProps) {
  const navigate = useNavigate();
  const rows = useMemo(() => flattenStepObjects(resources, collapsed), [resources, collapsed]);
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  const renderCells = useCallback(
    (row: StepRow) => stepObjectCells(row, actionId, baseSearch),
    [actionId, baseSearch],
  );
  const onActivate = useCallback(
    (key: string) => {
      const row = byKey.get(key);
      if (!row) return;
      if (opensDrawer(row)) {
        void navigate(
          { search: searchWithObject(baseSearch, { actionId, uuid: row.key }) },
          { replace: true, preventScrollReset: true },
        );
      } else if (row.expandable) {
        onToggle(row.key, !row.expanded);
      }
    },
    [byKey, navigate, baseSearch, actionId, onToggle],
  );

  return (
    <TreeGrid
      label={label}
      columns={columns}
      rows={rows}
      renderCells={renderCells}
      rowName={rowName}
      currentKey={openUuid}
      onToggle={onToggle}
      onActivate={onActivate}
    />
  );
});
