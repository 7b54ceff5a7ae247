import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { ApplicationIds } from '../../api/endpoints/application-ids';
import { deploymentQueries } from '../../api/queries/deployment-queries';
import { liveStatusQueries } from '../../api/queries/live-status-queries';
import { spaceResourceQueries } from '../../api/queries/space-resource-queries';
import { spaceId } from '../../config/api-config';
import { compareSideParams } from '../../config/paths';

/**
 * The pages other than the dashboard, each its own chunk: the entry holds only what the first
 * page of most visits needs. Each route's element first starts the page's first requests (during
 * render, before the page's code has loaded and the Suspense boundary above shows "Loading the
 * page"), so data and code travel together instead of one after the other. The page then finds
 * its queries already in flight, or answered.
 */

const loadApplicationLiveStatusRoute = () => import('./application-live-status-route');
const loadDeploymentRoute = () => import('./deployment-route');
const loadEnvironmentCompareRoute = () => import('./environment-compare-route');

const ApplicationLiveStatusPage = lazy(async () => ({
  default: (await loadApplicationLiveStatusRoute()).ApplicationLiveStatusRoute,
}));
const DeploymentPage = lazy(async () => ({
  default: (await loadDeploymentRoute()).DeploymentRoute,
}));
const EnvironmentComparePage = lazy(async () => ({
  default: (await loadEnvironmentCompareRoute()).EnvironmentCompareRoute,
}));

/** Downloads the other pages' code ahead of a click, so that following a link waits for data only. */
export function preloadRoutes(): Promise<unknown> {
  return Promise.all([
    loadApplicationLiveStatusRoute(),
    loadDeploymentRoute(),
    loadEnvironmentCompareRoute(),
  ]);
}

export function ApplicationLiveStatusRoute() {
  const { projectId = '', environmentId = '', tenantId = null } = useParams();
  usePrefetchQuery(liveStatusQueries.application({ spaceId, projectId, environmentId, tenantId }));
  usePrefetchQuery(spaceResourceQueries.project(spaceId, projectId));
  usePrefetchQuery(spaceResourceQueries.environment(spaceId, environmentId));
  usePrefetchQuery(spaceResourceQueries.projectDashboard(spaceId, projectId));
  return <ApplicationLiveStatusPage />;
}

export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  usePrefetchQuery(deploymentQueries.detail({ spaceId, deploymentId }));
  return <DeploymentPage />;
}

/** Starts one side's live status, when the comparison's URL names it. */
function PrefetchLiveStatus({ ids }: { ids: ApplicationIds }) {
  usePrefetchQuery(liveStatusQueries.application(ids));
  return null;
}

export function EnvironmentCompareRoute() {
  const { projectId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const side = (environment: string, tenant: string): ApplicationIds => ({
    spaceId,
    projectId,
    environmentId: searchParams.get(environment) ?? '',
    tenantId: searchParams.get(tenant) || null,
  });
  const sides = {
    left: side(compareSideParams.left, compareSideParams.leftTenant),
    right: side(compareSideParams.right, compareSideParams.rightTenant),
  };
  usePrefetchQuery(spaceResourceQueries.project(spaceId, projectId));
  usePrefetchQuery(spaceResourceQueries.projectDashboard(spaceId, projectId));
  return (
    <>
      {Object.entries(sides).map(
        ([name, ids]) => ids.environmentId !== '' && <PrefetchLiveStatus key={name} ids={ids} />,
      )}
      <EnvironmentComparePage />
    </>
  );
}
