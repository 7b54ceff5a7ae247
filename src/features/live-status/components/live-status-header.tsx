import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { ApplicationContext } from '../model/application-context';
import { CompareWith } from './compare-with';
import styles from './live-status-header.module.css';
import { TenantSwitcher } from './tenant-switcher';

interface LiveStatusHeaderProps {
  context: ApplicationContext;
  projectId: string;
  environmentId: string;
  /** For "Compare with…": the space, and the tenant (null when untenanted). */
  spaceId: string;
  tenantId: string | null;
}

/** Where we are (breadcrumb), which application (the main heading), its tenants, Compare with…. */
export function LiveStatusHeader({
  context,
  projectId,
  environmentId,
  spaceId,
  tenantId,
}: LiveStatusHeaderProps) {
  const { projectName, environmentName, tenantName } = context;
  return (
    <div className={styles.header}>
      <nav aria-label="Breadcrumb">
        <ol className={styles.breadcrumb}>
          <li>
            <Link to={paths.dashboard()}>Dashboard</Link>
          </li>
          <li aria-current="page">Live status</li>
        </ol>
      </nav>
      {/* One row: the comparison control, which appears once the project's deployments are read,
          takes no height of its own, so nothing below moves when it does. */}
      <div className={styles.titleRow}>
        <h1 className={styles.title}>
          <span className={styles.project}>{projectName}</span>{' '}
          <span className={styles.joiner}>in</span> {environmentName}
          {tenantName !== null && (
            <>
              {' '}
              <span className={styles.joiner}>for</span> {tenantName}
            </>
          )}
        </h1>
        <CompareWith
          spaceId={spaceId}
          projectId={projectId}
          environmentId={environmentId}
          tenantId={tenantId}
        />
      </div>
      {context.tenanted && (
        <TenantSwitcher
          projectId={projectId}
          environmentId={environmentId}
          tenants={context.tenants}
        />
      )}
    </div>
  );
}
