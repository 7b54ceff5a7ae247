import styles from './dashboard-skeleton.module.css';

const ROWS = 8;
const COLUMNS = 4;

/** The grid's shape while the dashboard loads, so nothing jumps when it arrives. */
export function DashboardSkeleton() {
  return (
    <div className={styles.skeleton} aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading the dashboard…
      </p>
      <div className={styles.strip} aria-hidden="true">
        {Array.from({ length: 5 }, (_, index) => (
          <span key={index} className={styles.chip} />
        ))}
      </div>
      <div className={styles.grid} aria-hidden="true">
        <div className={styles.head} />
        {Array.from({ length: ROWS }, (_, row) => (
          <div key={row} className={styles.row}>
            <span className={styles.name} />
            {Array.from({ length: COLUMNS }, (_, column) => (
              <span key={column} className={styles.cell} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
