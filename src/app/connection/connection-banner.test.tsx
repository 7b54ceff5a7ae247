import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectionMonitor } from '../../api/connection';
import { formatClockTime } from '../../lib/relative-time';
import { ConnectionBanner } from './connection-banner';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

function renderBanner() {
  let time = Date.parse('2026-12-01T10:00:00Z');
  const monitor = createConnectionMonitor(() => time);
  const queryClient = new QueryClient();
  const refetch = vi.spyOn(queryClient, 'refetchQueries').mockResolvedValue();
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionBanner monitor={monitor} />
    </QueryClientProvider>,
  );
  return {
    monitor,
    refetch,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('ConnectionBanner', () => {
  it('says nothing while the browser is online and the server answers', () => {
    const { monitor } = renderBanner();
    act(() => monitor.noteSuccess());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('while the browser is offline: the time of the data on screen, and no retry to press', () => {
    const { monitor } = renderBanner();
    act(() => monitor.noteSuccess());
    const confirmedAt = monitor.getSnapshot().confirmedAt ?? 0;
    setOnline(false);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent(`Offline: showing data from ${formatClockTime(confirmedAt)}`);
    expect(banner).toHaveTextContent('The browser has no network connection');
    expect(banner).toHaveTextContent('Everything on the page stays as it was.');
    expect(screen.queryByRole('button', { name: 'Try now' })).toBeNull();

    setOnline(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('while the server does not answer: why, and Try now asks every page query again', async () => {
    const { monitor, refetch, advance } = renderBanner();
    act(() => monitor.noteSuccess());
    const confirmedAt = monitor.getSnapshot().confirmedAt ?? 0;
    advance(90_000);
    act(() => monitor.noteUnreachable('The server is unavailable right now (503)'));
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent(`Offline: showing data from ${formatClockTime(confirmedAt)}`);
    expect(banner).toHaveTextContent(
      'The server is unavailable right now (503). Periscope keeps trying.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try now' }));
    expect(refetch).toHaveBeenCalledWith({ type: 'active' });

    // The first answer from the server takes the banner away.
    act(() => monitor.noteSuccess());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('before any data has arrived, says so instead of a time', () => {
    const { monitor } = renderBanner();
    act(() => monitor.noteUnreachable('Could not reach the server'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline: no data has arrived yet. Could not reach the server. Periscope keeps trying.',
    );
  });
});
