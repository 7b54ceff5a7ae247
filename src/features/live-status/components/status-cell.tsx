import { StatusIcon, type StatusDefinition } from '../../../components/status';
import { useTooltip } from '../../../components/tooltip/use-tooltip';
import styles from './objects-table.module.css';

interface StatusCellProps {
  definition: StatusDefinition;
  /** The server's explanation ("Back-off restarting failed container…"), shown under the label. */
  message: string | null;
}

/**
 * A health or sync cell: icon and label as text, and the message in full under it, so nobody has
 * to hover to learn why a Pod is Degraded. Hovering the label shows what the status means.
 */
export function StatusCell({ definition, message }: StatusCellProps) {
  const tooltip = useTooltip(definition.description);
  return (
    <div className={styles.status}>
      <span
        className={styles.statusLabel}
        onPointerEnter={tooltip.onPointerEnter}
        onPointerLeave={tooltip.onPointerLeave}
      >
        <StatusIcon definition={definition} />
        {definition.label}
      </span>
      {message && <span className={styles.message}>{message}</span>}
    </div>
  );
}
