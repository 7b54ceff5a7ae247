import { createBrowserRouter, type RouteObject } from 'react-router';
import { routePatterns } from '../config/paths';
import { RouteErrorBoundary } from './route-error-boundary';
import { DashboardRoute } from './routes/dashboard-route';
import {
  ApplicationLiveStatusRoute,
  DeploymentRoute,
  EnvironmentCompareRoute,
} from './routes/lazy-routes';
import { NotFoundRoute } from './routes/not-found-route';
import { RootLayout } from './routes/root-layout';

/**
 * The app's routes. Every route has its own `errorElement`, so a failing page keeps the header
 * and says which page failed. Every page but the dashboard loads its code when first shown
 * (`lazy-routes.tsx`). Exported for tests, which mount them in a memory router.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: routePatterns.dashboard,
    element: <RootLayout />,
    errorElement: <RouteErrorBoundary what="Periscope" standalone />,
    children: [
      {
        id: 'dashboard',
        index: true,
        element: <DashboardRoute />,
        errorElement: <RouteErrorBoundary what="the dashboard" />,
      },
      {
        id: 'application-live-status',
        path: routePatterns.applicationLiveStatus,
        element: <ApplicationLiveStatusRoute />,
        errorElement: <RouteErrorBoundary what="this application's live status" />,
      },
      {
        id: 'tenanted-application-live-status',
        path: routePatterns.tenantedApplicationLiveStatus,
        element: <ApplicationLiveStatusRoute />,
        errorElement: <RouteErrorBoundary what="this application's live status" />,
      },
      {
        id: 'deployment',
        path: routePatterns.deployment,
        element: <DeploymentRoute />,
        errorElement: <RouteErrorBoundary what="this deployment" />,
      },
      {
        id: 'environment-compare',
        path: routePatterns.environmentCompare,
        element: <EnvironmentCompareRoute />,
        errorElement: <RouteErrorBoundary what="this comparison" />,
      },
      {
        id: 'not-found',
        path: '*',
        element: <NotFoundRoute />,
        errorElement: <RouteErrorBoundary what="this page" />,
      },
    ],
  },
];

/** The router of the running app, on the browser's history. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
