import { useId, type ReactNode } from 'react';
import { SECRET_MASK } from '../../../lib/secret-mask';
import styles from './summary.module.css';

/** A list of facts about an object: terms on the left, values on the right. */
export function Facts({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl className={styles.facts} aria-label={label}>
      {children}
    </dl>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A titled part of a summary, named by its heading. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

interface KeyValuesProps {
  values: Readonly<Record<string, string>>;
  label: string;
  empty: string;
  /** A Secret's annotations can copy its values (last-applied-configuration): mask them all. */
  hideValues?: boolean;
}

/** Labels or annotations: each key with its value, as text. */
export function KeyValues({ values, label, empty, hideValues = false }: KeyValuesProps) {
  const entries = Object.entries(values);
  if (entries.length === 0) return <p className={styles.muted}>{empty}</p>;
  return (
    <ul className={styles.pairs} aria-label={label}>
      {entries.map(([key, value]) => (
        <li key={key} className={styles.pair}>
          <span className={styles.key}>{key}</span>
          <span className={styles.value}>{hideValues ? SECRET_MASK : value}</span>
        </li>
      ))}
    </ul>
  );
}
