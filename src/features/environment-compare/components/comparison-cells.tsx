import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  healthStatusDefinitions,
  StatusIcon,
  syncStatusDefinitions,
  type StatusDefinition,
} from '../../../components/status';
import { useTooltip } from '../../../components/tooltip/use-tooltip';
import type { ComparisonRow, SideObject } from '../model/comparison-rows';
import {
  manifestDefinition,
  presenceDefinition,
  type SideLabels,
} from '../model/comparison-status';
import styles from './comparison-table.module.css';

/** The `?…` that selects a row, keeping every other parameter. */
export type SelectSearchFor = (key: string) => string;

/** A status as icon and words; hovering the words says what it means, like the live status page. */
function Status({ definition, detail }: { definition: StatusDefinition; detail?: string | null }) {
  const tooltip = useTooltip(definition.description);
  return (
    <span className={styles.status}>
      <span
        className={styles.statusLabel}
        onPointerEnter={tooltip.onPointerEnter}
        onPointerLeave={tooltip.onPointerLeave}
      >
        <StatusIcon definition={definition} />
        {definition.label}
      </span>
      {detail && <span className={styles.detail}>{detail}</span>}
    </span>
  );
}

function children(count: number): string | null {
  if (count === 0) return null;
  return `${String(count)} ${count === 1 ? 'child' : 'children'}`;
}

/** One side's health and sync, with what the object owns and where it runs when that helps. */
function SideCell({ object, label }: { object: SideObject | null; label: string }) {
  if (object === null) {
    return (
      <span className={styles.absent}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Not in {label}</span>
      </span>
    );
  }
  const { resource } = object;
  const notes = [object.target && `on ${object.target}`, children(object.descendants)].filter(
    Boolean,
  );
  return (
    <span className={styles.side}>
      <Status definition={healthStatusDefinitions[resource.HealthStatus]} />
      <Status definition={syncStatusDefinitions[resource.SyncStatus]} />
      {notes.length > 0 && <span className={styles.detail}>{notes.join(', ')}</span>}
    </span>
  );
}

/** The cells of one row, one per column: Kind, Name, Presence, left, right, Manifests. */
export function comparisonCells(
  row: ComparisonRow,
  labels: SideLabels,
  searchFor: SelectSearchFor,
): ReactNode[] {
  const manifests = row.manifests;
  return [
    <span key="kind" className={styles.kind}>
      {row.kind}
    </span>,
    <span key="name" className={styles.name}>
      {/* Not in the tab order: the row is. Enter or Space on the row selects it too. */}
      <Link
        to={{ search: searchFor(row.key) }}
        replace
        preventScrollReset
        tabIndex={-1}
        className={styles.nameLink}
      >
        {row.name}
      </Link>
    </span>,
    <Status key="presence" definition={presenceDefinition(row.presence, labels)} />,
    <SideCell key="left" object={row.left} label={labels.left} />,
    <SideCell key="right" object={row.right} label={labels.right} />,
    <Status
      key="manifests"
      definition={manifestDefinition(manifests, labels)}
      detail={manifests.status === 'failed' ? manifests.reason : null}
    />,
  ];
}

export function comparisonRowName(row: ComparisonRow): string {
  return `${row.kind} ${row.name}`;
}
