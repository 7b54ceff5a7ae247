import { faCompass } from '@fortawesome/free-solid-svg-icons';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button/button';
import { StatePanel } from '../../../components/state-panel/state-panel';
import { paths } from '../../../config/paths';
import type { ApplicationContext } from '../model/application-context';
import styles from './live-status-page.module.css';

interface ApplicationNotFoundProps {
  /** What the server said (its ErrorMessage), when it said something. */
  message: string | null;
  context: ApplicationContext;
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/**
 * An unknown project, environment or tenant, or a project never deployed there: a page of its
 * own, with the server's words. A tenanted project opened without a tenant offers its tenants.
 */
export function ApplicationNotFound({
  message,
  context,
  projectId,
  environmentId,
  tenantId,
}: ApplicationNotFoundProps) {
  const offerTenants = tenantId === null && context.tenanted && context.tenants.length > 0;
  return (
    <>
      <title>Application not found · Periscope</title>
      <StatePanel
        icon={faCompass}
        eyebrow="404"
        title="Application not found"
        actions={
          <ButtonLink variant="primary" to={paths.dashboard()}>
            Go to dashboard
          </ButtonLink>
        }
      >
        <p>{message ?? 'There is no live status for this project in this environment.'}</p>
        {offerTenants ? (
          <>
            <p>{context.projectName} is deployed per tenant. Open it for one of its tenants:</p>
            <ul className={styles.tenantLinks}>
              {context.tenants.map((tenant) => (
                <li key={tenant.id}>
                  <Link
                    to={paths.applicationLiveStatus({
                      projectId,
                      environmentId,
                      tenantId: tenant.id,
                    })}
                  >
                    {tenant.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>The link may be out of date, or the project may not be deployed there.</p>
        )}
      </StatePanel>
    </>
  );
}
