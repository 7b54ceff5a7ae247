import { faServer } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time/relative-time';
import {
  applicationStatusDefinitions,
  displayedSyncDefinition,
  healthStatusDefinitions,
  LAST_DELETION_FAILED,
  StatusBadge,
} from '../../../components/status';
import { parseObjectRef, type ObjectRef } from '../../../config/object-search-param';
import { displayedSync, type DisplayedSync } from '../../../lib/displayed-sync';
import type { FlatRow, MachineRow, ObjectRow } from '../model/flatten-object-tree';
import { StatusCell } from './status-cell';
import styles from './objects-table.module.css';

/** The `?…` that opens an object's drawer, keeping every other parameter. */
export type ObjectSearchFor = (ref: ObjectRef) => string;

/** Under the sync label: a failed deletion first, else the server's message if it adds one. */
function syncMessage(resource: ObjectRow['resource'], sync: DisplayedSync): string | null {
  if (sync.lastDeletionFailed) return LAST_DELETION_FAILED;
  // A missing object says the same thing for health and sync: once is enough.
  return resource.SyncStatusMessage === resource.HealthStatusMessage
    ? null
    : resource.SyncStatusMessage;
}

function objectCells(row: ObjectRow, searchFor: ObjectSearchFor): ReactNode[] {
  const { resource } = row;
  const ref = parseObjectRef(row.ref);
  const sync = displayedSync(resource);
  return [
    <span key="name" className={styles.name}>
      {ref ? (
        // Not in the tab order: the row is. Enter on the row opens the same drawer.
        <Link
          to={{ search: searchFor(ref) }}
          replace
          preventScrollReset
          tabIndex={-1}
          className={styles.nameLink}
        >
          {resource.Name}
        </Link>
      ) : (
        resource.Name
      )}
    </span>,
    <span
      key="kind"
      className={styles.kind}
      title={`${resource.Kind} (${resource.Group ? `${resource.Group} API group` : 'core API'})`}
    >
      {resource.Kind}
    </span>,
    resource.Namespace ? (
      <span key="namespace" className={styles.namespace} title={resource.Namespace}>
        {resource.Namespace}
      </span>
    ) : (
      <span key="namespace" className={styles.muted}>
        (cluster)
      </span>
    ),
    <StatusCell
      key="health"
      definition={healthStatusDefinitions[resource.HealthStatus]}
      message={resource.HealthStatusMessage}
    />,
    <StatusCell
      key="sync"
      // An orphan's tooltip says since when Octopus no longer deploys it.
      definition={displayedSyncDefinition(sync)}
      message={syncMessage(resource, sync)}
    />,
    resource.LastUpdated === null ? (
      <span key="updated" className={styles.muted}>
        –
      </span>
    ) : (
      <RelativeTime key="updated" value={resource.LastUpdated} className={styles.updated} />
    ),
  ];
}

function machineCells(row: MachineRow): ReactNode[] {
  const objects = `${String(row.objectCount)} ${row.objectCount === 1 ? 'object' : 'objects'}`;
  return [
    <span key="name" className={styles.machine}>
      <FontAwesomeIcon icon={faServer} className={styles.machineIcon} />
      <span className={styles.machineName}>{row.name}</span>
      <span className={styles.muted}>{objects}</span>
    </span>,
    <span key="kind" className={styles.muted}>
      Deployment target
    </span>,
    null,
    <StatusBadge key="health" definition={applicationStatusDefinitions[row.status]} />,
    null,
    null,
  ];
}

/** The cells of one row of the objects table, one per column. */
export function objectRowCells(row: FlatRow, searchFor: ObjectSearchFor): ReactNode[] {
  return row.type === 'machine' ? machineCells(row) : objectCells(row, searchFor);
}

export function objectRowName(row: FlatRow): string {
  return row.type === 'machine' ? row.name : row.resource.Name;
}
