import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestGate } from '../../api/request-gate';
import { RateLimitBanner } from './rate-limit-banner';

describe('RateLimitBanner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(Date.parse('2026-12-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down a 429 pause and goes when it is over', () => {
    const gate = createRequestGate();
    render(<RateLimitBanner gate={gate} />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => gate.pause(3_000));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Paused: the server asked Periscope to slow down (429). Every request waits; they resume in 3 s.',
    );
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('they resume in 2 s');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
