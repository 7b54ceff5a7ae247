import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { objectStatusDefinitions, StatusBadge } from '../../../components/status';
import { searchWithObject } from '../hooks/use-deployment-url-state';
import type { StepRow } from '../model/step-rows';
import { ObjectDetails } from './object-details';
import styles from './step-table.module.css';

/** Whether a row's name opens the object drawer: only what the step applied has a manifest. */
export function opensDrawer(row: StepRow): boolean {
  return row.level === 1 && row.object.ManifestAvailable;
}

/**
 * One object's cells: Name, Kind, Namespace, Status (icon and label), and the kind's own
 * columns. A top-level name is a link to the object drawer (through the URL); children
 * (ReplicaSets, Pods) have no manifest of their own, so their names are plain text.
 */
export function stepObjectCells(row: StepRow, actionId: string, baseSearch: string): ReactNode[] {
  const { object } = row;
  return [
    opensDrawer(row) ? (
      // Not in the tab order: the row is, and Enter on the row opens the same drawer.
      <Link
        key="name"
        to={searchWithObject(baseSearch, { actionId, uuid: object.Uuid })}
        replace
        preventScrollReset
        tabIndex={-1}
        className={styles.objectLink}
      >
        {object.Name}
      </Link>
    ) : (
      <span key="name" className={styles.objectName} data-level={row.level}>
        {object.Name}
      </span>
    ),
    <span key="kind" className={styles.kind}>
      {object.Kind}
    </span>,
    object.Namespace === null ? (
      <span key="namespace" className={styles.empty}>
        (cluster)
      </span>
    ) : (
      <span key="namespace" className={styles.namespace}>
        {object.Namespace}
      </span>
    ),
    <StatusBadge
      key="status"
      definition={objectStatusDefinitions[object.Status]}
      className={styles.status}
    />,
    <ObjectDetails key="details" kind={object.Kind} data={object.Data} />,
  ];
}
