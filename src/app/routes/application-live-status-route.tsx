import { useParams } from 'react-router';
import { spaceId } from '../../config/api-config';
import type { ObjectRef } from '../../config/object-search-param';
import { LiveStatusPage } from '../../features/live-status/live-status-page';
import { ObjectDrawer } from '../../features/object-drawer/object-drawer';

/** The object drawer for one of this application's objects, named by the URL. */
function LiveObjectDrawer({ objectRef, onClose }: { objectRef: ObjectRef; onClose: () => void }) {
  const { projectId = '', environmentId = '', tenantId = null } = useParams();
  return (
    <ObjectDrawer
      target={{ kind: 'live', spaceId, projectId, environmentId, tenantId, ...objectRef }}
      onClose={onClose}
    />
  );
}

/**
 * One application's live status: a project in an environment, untenanted or for one tenant
 * (both route patterns render this). Keyed by the application, so switching tenants starts a
 * fresh page instead of carrying one tenant's expanded rows into another's. Object names open
 * the object drawer.
 */
export function ApplicationLiveStatusRoute() {
  const { projectId = '', environmentId = '', tenantId = null } = useParams();
  return (
    <LiveStatusPage
      key={`${projectId}/${environmentId}/${tenantId ?? ''}`}
      spaceId={spaceId}
      projectId={projectId}
      environmentId={environmentId}
      tenantId={tenantId}
      objectDrawer={LiveObjectDrawer}
    />
  );
}
