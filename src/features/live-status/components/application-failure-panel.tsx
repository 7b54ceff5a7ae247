import { Link } from 'react-router';
import { FailurePanel } from '../../../components/failure-panel/failure-panel';
import { paths } from '../../../config/paths';
import type { ApplicationContext } from '../model/application-context';
import type { ApplicationFailure } from '../model/application-failure';
import styles from './live-status-page.module.css';

interface ApplicationFailurePanelProps {
  failed: ApplicationFailure;
  context: ApplicationContext;
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/**
 * The application cannot be shown: its project, environment or tenant is not found or not
 * allowed, or it has no live status there. A page of its own, in that thing's words, with the
 * way out. A tenanted project opened without a tenant (no live status) offers its tenants.
 */
export function ApplicationFailurePanel({
  failed: { subject, failure },
  context,
  projectId,
  environmentId,
  tenantId,
}: ApplicationFailurePanelProps) {
  const offerTenants =
    subject.kind === 'application' &&
    failure.status === 404 &&
    tenantId === null &&
    context.tenanted &&
    context.tenants.length > 0;
  return (
    <>
      <title>{`${failure.title} · Periscope`}</title>
      <FailurePanel failure={failure}>
        {offerTenants && (
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
        )}
      </FailurePanel>
    </>
  );
}
