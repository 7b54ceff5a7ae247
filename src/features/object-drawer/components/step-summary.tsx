import type { StepObject } from '../../../api/contract';
import { objectStatusDefinitions, StatusBadge } from '../../../components/status';
import type { StepObjectTarget } from '../object-drawer-target';
import { Fact, Facts, Section } from './facts';
import styles from './summary.module.css';

function showValue(value: string | number | boolean | null): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function StepChildren({ items }: { items: readonly StepObject[] }) {
  return (
    <ul className={styles.children}>
      {items.map((child) => (
        <li key={child.Uuid}>
          <span className={styles.child}>
            <span>
              {child.Kind} {child.Name}
            </span>
            <StatusBadge definition={objectStatusDefinitions[child.Status]} />
          </span>
          {child.Children.length > 0 && <StepChildren items={child.Children} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * An object on a deployment's Kubernetes tab, as the step saw it: kind, name, namespace, its
 * deployment-time status, its kind's own columns (replicas, ports...) and its children.
 */
export function StepSummary({ target }: { target: StepObjectTarget }) {
  const { object } = target;
  const apiVersion = object.Group ? `${object.Group}/${object.Version}` : object.Version;
  const data = Object.entries(object.Data);
  return (
    <div className={styles.summary}>
      <Facts label="Object">
        <Fact term="Kind">
          {object.Kind}
          {apiVersion && <span className={styles.muted}> ({apiVersion})</span>}
        </Fact>
        <Fact term="Name">
          <span className={styles.code}>{object.Name}</span>
        </Fact>
        <Fact term="Namespace">
          {object.Namespace ?? <span className={styles.muted}>Cluster-scoped</span>}
        </Fact>
        <Fact term="Status">
          <StatusBadge
            definition={objectStatusDefinitions[object.Status]}
            variant="pill"
            describe
          />
        </Fact>
        <Fact term="Step">{target.stepName}</Fact>
        <Fact term="Manifest">
          {object.ManifestAvailable
            ? 'Applied by this step (see the Manifest tab)'
            : 'None: created by another object, not applied by the step'}
        </Fact>
        {data.map(([key, value]) => (
          <Fact key={key} term={key}>
            {showValue(value)}
          </Fact>
        ))}
      </Facts>

      <Section title="Children">
        {object.Children.length > 0 ? (
          <StepChildren items={object.Children} />
        ) : (
          <p className={styles.muted}>No child objects.</p>
        )}
      </Section>
    </div>
  );
}
