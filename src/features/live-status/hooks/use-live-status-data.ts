import { useQuery } from '@tanstack/react-query';
import { useLastError } from '../../../hooks/use-last-error';
import { useMemo } from 'react';
import { useMachineNames } from '../../../hooks/use-machine-names';
import type { ApplicationIds } from '../../../api/endpoints/application-ids';
import { liveStatusQueries } from '../../../api/queries/live-status-queries';
import { spaceResourceQueries } from '../../../api/queries/space-resource-queries';
import { applicationContext } from '../model/application-context';
import type { ApplicationLookups } from '../model/application-failure';
import { buildObjectTree } from '../../../lib/object-tree';

/** Stable, so the names are combined again only when a target's answer changes. */
/**
 * One application's live status (polled every 5 s by its query options), with its objects as a
 * tree, and what the server says about it: names from the project, environment, tenant and
 * target endpoints, tenants and the latest deployment from the project's own dashboard; and
 * the state of each request, to tell which one failed.
 */
export function useLiveStatusData(ids: ApplicationIds) {
  const { spaceId, projectId, environmentId, tenantId } = ids;
  const live = useQuery(liveStatusQueries.application(ids));
  const project = useQuery(spaceResourceQueries.project(spaceId, projectId));
  const environment = useQuery(spaceResourceQueries.environment(spaceId, environmentId));
  const tenant = useQuery({
    ...spaceResourceQueries.tenant(spaceId, tenantId ?? ''),
    enabled: tenantId !== null,
  });
  const tenanted = tenantId !== null || project.data?.TenantedDeploymentMode === 'Tenanted';
  const projectTenants = useQuery({
    ...spaceResourceQueries.projectTenants(spaceId, projectId),
    enabled: tenanted,
  });
  const projectDashboard = useQuery(spaceResourceQueries.projectDashboard(spaceId, projectId));

  const machineNames = useMachineNames(spaceId, live.data);

  const context = useMemo(
    () =>
      applicationContext(
        {
          project: project.data,
          environment: environment.data,
          tenant: tenant.data,
          projectTenants: projectTenants.data,
          projectDashboard: projectDashboard.data,
        },
        { projectId, environmentId, tenantId },
      ),
    [
      project.data,
      environment.data,
      tenant.data,
      projectTenants.data,
      projectDashboard.data,
      projectId,
      environmentId,
      tenantId,
    ],
  );
  const tree = useMemo(
    () => (live.data ? buildObjectTree(live.data, machineNames) : null),
    [live.data, machineNames],
  );
  // A first load that failed keeps saying why while the page asks again (every poll).
  const liveError = useLastError(live.error, live.data !== undefined);
  // Which request failed, when the page has no live status to show: see `applicationFailure`.
  const lookups: ApplicationLookups = {
    live: { error: liveError, isPending: live.isPending, hasData: live.data !== undefined },
    project: { error: project.error, isPending: project.isPending },
    environment: { error: environment.error, isPending: environment.isPending },
    tenant: tenantId === null ? null : { error: tenant.error, isPending: tenant.isPending },
  };
  return { live, liveError, context, tree, machineNames, lookups };
}
