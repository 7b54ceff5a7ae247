import styles from './dashboard-route.module.css';

/** The space dashboard. A placeholder until the dashboard feature lands. */
export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Periscope</title>
      <div className={styles.pageHeader}>
        <h1 className={styles.title}>Dashboard</h1>
      </div>
    </>
  );
}
