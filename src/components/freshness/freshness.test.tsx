import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Freshness } from './freshness';
import { notCurrentAfterMs } from './not-current';

describe('notCurrentAfterMs', () => {
  it('is three intervals, or the interval and 20 s, whichever is longer; never for unpolled data', () => {
    expect(notCurrentAfterMs(2_000)).toBe(22_000);
    expect(notCurrentAfterMs(5_000)).toBe(25_000);
    expect(notCurrentAfterMs(10_000)).toBe(30_000);
    expect(notCurrentAfterMs(30_000)).toBe(90_000);
    expect(notCurrentAfterMs(false)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('Freshness', () => {
  const start = Date.parse('2026-12-01T10:00:00Z');
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it('says when the server last confirmed the data, ticking, and marks it once not current', () => {
    render(<Freshness confirmedAt={start - 3_000} pollIntervalMs={5_000} fetching={false} />);
    expect(screen.getByText('Checked 3 s ago')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(21_000);
    });
    expect(screen.getByText('Checked 24 s ago')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    const freshness = screen.getByTitle(
      /^Last confirmed by the server at .+\. It is asked every 5 s\.$/,
    );
    expect(freshness).toHaveTextContent('Not current: last checked 25 s ago');
    expect(freshness).toHaveAttribute('data-current', 'false');
  });

  it('says Offline at once while the browser has no network, and Checked again when it is back', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<Freshness confirmedAt={start - 3_000} pollIntervalMs={5_000} fetching={false} />);
    expect(screen.getByText('Offline: last checked 3 s ago')).toBeInTheDocument();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByText('Checked 3 s ago')).toBeInTheDocument();
    onLine.mockRestore();
  });

  it('never marks data that is not polled, and shows nothing before the first answer', () => {
    const { rerender } = render(
      <Freshness confirmedAt={start - 3_600_000} pollIntervalMs={false} fetching={false} />,
    );
    expect(screen.getByText('Checked 1 h ago')).toBeInTheDocument();
    rerender(<Freshness confirmedAt={0} pollIntervalMs={5_000} fetching={false} />);
    expect(screen.queryByText(/Checked|Not current/)).toBeNull();
  });
});
