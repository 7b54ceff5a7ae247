import type { ContainerSummary } from '../model/containers';
import styles from './summary.module.css';

/** A Pod's containers: name and image. */
export function ContainersTable({ containers }: { containers: readonly ContainerSummary[] }) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Image</th>
          </tr>
        </thead>
        <tbody>
          {containers.map((container) => (
            <tr key={container.name}>
              <th scope="row" className={styles.code}>
                {container.name}
              </th>
              <td className={styles.code}>
                {container.image ?? <span className={styles.muted}>Not reported</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
