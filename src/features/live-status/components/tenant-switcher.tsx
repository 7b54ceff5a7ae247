import { faCheck } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths';
import type { TenantOption } from '../model/application-context';
import styles from './live-status-header.module.css';

interface TenantSwitcherProps {
  projectId: string;
  environmentId: string;
  tenants: readonly TenantOption[];
}

/** The project's tenants in this environment, as links; NavLink marks the current one. */
export function TenantSwitcher({ projectId, environmentId, tenants }: TenantSwitcherProps) {
  if (tenants.length === 0) return null;
  return (
    <nav className={styles.tenants} aria-label="Tenants">
      <span className={styles.tenantsLabel} aria-hidden="true">
        Tenant
      </span>
      <ul className={styles.tenantList}>
        {tenants.map((tenant) => (
          <li key={tenant.id}>
            <NavLink
              to={paths.applicationLiveStatus({ projectId, environmentId, tenantId: tenant.id })}
              className={styles.tenant}
              end
            >
              {({ isActive }) => (
                <>
                  {isActive && <FontAwesomeIcon icon={faCheck} className={styles.tenantCheck} />}
                  {tenant.name}
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
