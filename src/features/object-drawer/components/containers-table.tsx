import type { ResourceDetail } from '../../../api/contract';
import styles from './summary.module.css';

type Container = NonNullable<ResourceDetail['Resource']['ManifestSummary']>['Containers'][number];

function readiness(ready: boolean | null): string {
  if (ready === null) return '–';
  return ready ? 'Ready' : 'Not ready';
}

/** The object's containers: name and image, and for a Pod, readiness, restarts and state. */
export function ContainersTable({ containers }: { containers: readonly Container[] }) {
  const live = containers.some(
    (container) => container.Ready !== null || container.RestartCount !== null,
  );
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Image</th>
            {live && (
              <>
                <th scope="col">Ready</th>
                <th scope="col" className={styles.number}>
                  Restarts
                </th>
                <th scope="col">State</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {containers.map((container) => (
            <tr key={container.Name}>
              <th scope="row" className={styles.code}>
                {container.Name}
              </th>
              <td className={styles.code}>{container.Image}</td>
              {live && (
                <>
                  <td>{readiness(container.Ready)}</td>
                  <td className={styles.number}>{container.RestartCount ?? '–'}</td>
                  <td>{container.State ?? '–'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
