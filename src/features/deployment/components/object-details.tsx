import type { StepObject } from '../../../api/contract';
import { kindDetails } from '../model/kind-columns';
import styles from './step-table.module.css';

/** The kind's own columns for one object (Pod: ready, restarts, status), as labelled values. */
export function ObjectDetails({ kind, data }: { kind: string; data: StepObject['Data'] }) {
  const details = kindDetails(kind, data);
  if (details.length === 0) return null;
  return (
    <dl className={styles.details}>
      {details.map((detail) => (
        <div key={detail.key} className={styles.detail}>
          <dt>{detail.label}</dt>
          <dd className={detail.empty ? styles.empty : undefined}>{detail.text}</dd>
        </div>
      ))}
    </dl>
  );
}
