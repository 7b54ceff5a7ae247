import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useDashboardUrlState, type DashboardUrlState } from './use-dashboard-url-state';

function renderUrlState(path: string) {
  const current: { state?: DashboardUrlState } = {};
  function Probe() {
    current.state = useDashboardUrlState();
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Probe /> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
  const state = () => {
    if (!current.state) throw new Error('The probe has not rendered');
    return current.state;
  };
  return { router, state };
}

describe('the dashboard URL state', () => {
  it('keeps both of two changes made in a row, before the page renders again', () => {
    const { router, state } = renderUrlState('/?status=Degraded&world=demo');
    const { update } = state();
    act(() => {
      update({ status: null });
      update({ query: 'pay' });
    });
    expect(router.state.location.search).toBe('?world=demo&project=pay');
    expect(state()).toMatchObject({ status: null, query: 'pay' });
  });

  it('builds on a URL that changed from elsewhere', async () => {
    const { router, state } = renderUrlState('/?project=cart');
    await act(() => router.navigate('/?group=ProjectGroups-2'));
    act(() => state().update({ query: 'pay' }));
    expect(router.state.location.search).toBe('?group=ProjectGroups-2&project=pay');
  });
});
