import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, httpErrorMessage } from '../api/api-error';
import { createQueryClient } from '../lib/query-client';
import { setupSimulatedServer } from '../test/render-app';
import { routes } from './router';

function renderApp(initialPath: string, routeObjects: RouteObject[] = routes) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [initialPath] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router };
}

/** The app's routes, with the dashboard's element replaced. */
function routesWithDashboard(element: ReactNode): RouteObject[] {
  return routes.map((route): RouteObject =>
    route.index
      ? route
      : {
          ...route,
          children: route.children?.map((child): RouteObject =>
            child.index ? { ...child, element } : child,
          ),
        },
  );
}

// The shell asks the simulated server for the space (and the dashboard for its content).
const startServer = setupSimulatedServer();
beforeEach(() => {
  startServer();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('app shell', () => {
  it('shows the header with the product name, the space and the navigation', async () => {
    renderApp('/');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Periscope' })).toHaveAttribute('href', '/');
    // The space's name, once the server has said it.
    expect(await within(header).findByText('Default')).toBeInTheDocument();
    const nav = within(header).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('moves focus to the main content from the skip link', async () => {
    const user = userEvent.setup();
    renderApp('/');

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to content' });
    expect(skipLink).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows the not-found page on an unknown path, with a way back to the dashboard', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('/no/such/page')).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('main')).getByRole('link', { name: 'Go to dashboard' }),
    );
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  it('shows the route error boundary when a route throws, and recovers on "Try again"', async () => {
    // React reports errors caught by a boundary on the console; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let shouldThrow = true;
    function FlakyDashboard() {
      if (shouldThrow) throw new Error('The dashboard exploded');
      return <h1>Dashboard</h1>;
    }
    const user = userEvent.setup();
    renderApp('/', routesWithDashboard(<FlakyDashboard />));

    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Something went wrong while showing the dashboard',
      }),
    ).toBeVisible();
    expect(screen.getByText('The dashboard exploded')).toBeVisible();
    // The error stays inside the page: the header is still there.
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');

    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  it('says an API 403 or 404 that reaches the boundary in the words of what was asked for', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const message = 'Missing permission: EnvironmentView';
    function ForbiddenDashboard(): never {
      throw new ApiError({
        kind: 'http',
        status: 403,
        path: '/api/Spaces-1/environments/Environments-4',
        serverMessage: message,
        message: httpErrorMessage(403, message, null),
      });
    }
    renderApp('/', routesWithDashboard(<ForbiddenDashboard />));

    const name = 'Not allowed to view this environment';
    expect(screen.getByRole('heading', { level: 1, name })).toBeVisible();
    const panel = within(screen.getByRole('region', { name }));
    expect(panel.getByText(message)).toBeVisible();
    expect(
      panel.getByText('The API key Periscope uses cannot view the environment Environments-4.'),
    ).toBeVisible();
    expect(panel.getByRole('link', { name: 'Go to dashboard' })).toHaveAttribute('href', '/');
    expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('replaces the whole shell when the layout itself fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function BrokenLayout(): never {
      throw new Error('Layout failed');
    }
    const [root] = routes;
    renderApp('/', [{ ...root, element: <BrokenLayout /> }]);

    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Something went wrong while showing Periscope',
      }),
    ).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent('Layout failed');
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });
});
