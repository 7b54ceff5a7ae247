import { usePrefetchQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { useParams } from 'react-router';
import { deploymentQueries } from '../../api/queries/deployment-queries';
import { liveStatusQueries } from '../../api/queries/live-status-queries';
import { spaceResourceQueries } from '../../api/queries/space-resource-queries';
import { spaceId } from '../../config/api-config';

/**
 * The pages other than the dashboard, each its own chunk: the entry holds only what the first
 * page of most visits needs. Each route's element first starts the page's first requests (during
 * render, before the page's code has loaded and the Suspense boundary above shows "Loading the
 * page"), so data and code travel together instead of one after the other. The page then finds
 * its queries already in flight, or answered.
 */

const loadApplicationLiveStatusRoute = () => import('./application-live-status-route');
const loadDeploymentRoute = () => import('./deployment-route');

const ApplicationLiveStatusPage = lazy(async () => ({
  default: (await loadApplicationLiveStatusRoute()).ApplicationLiveStatusRoute,
}));
const DeploymentPage = lazy(async () => ({
  default: (await loadDeploymentRoute()).DeploymentRoute,
}));

/** Downloads the other pages' code ahead of a click, so that following a link waits for data only. */
export function preloadRoutes(): Promise<unknown> {
  return Promise.all([loadApplicationLiveStatusRoute(), loadDeploymentRoute()]);
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
