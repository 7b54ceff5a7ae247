import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFollowScroll } from './use-follow-scroll';

/** jsdom lays nothing out: a scroll area 100 px tall, its content `contentHeight` tall. */
let contentHeight = 500;
let scrollTop = 0;

beforeEach(() => {
  contentHeight = 500;
  scrollTop = 0;
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(() => contentHeight);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(100);
  vi.spyOn(Element.prototype, 'scrollTop', 'get').mockImplementation(() => scrollTop);
  vi.spyOn(Element.prototype, 'scrollTop', 'set').mockImplementation((value: number) => {
    scrollTop = Math.min(value, contentHeight - 100);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function Log({ lines, following }: { lines: number; following: boolean }) {
  const { ref, onScroll, detached, jumpToEnd } = useFollowScroll<HTMLDivElement>(lines, following);
  return (
    <>
      <div ref={ref} onScroll={onScroll} role="region" aria-label="Log">
        {lines} lines
      </div>
      {detached && (
        <button type="button" onClick={jumpToEnd}>
          Jump to the latest line
        </button>
      )}
    </>
  );
}

describe('following a growing log', () => {
  it('keeps the end in view as lines arrive', () => {
    const { rerender } = render(<Log lines={10} following />);
    expect(scrollTop).toBe(400);
    contentHeight = 800;
    rerender(<Log lines={20} following />);
    expect(scrollTop).toBe(700);
  });

  it('stays where the reader scrolled to, and offers a way back to the end', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Log lines={10} following />);
    scrollTop = 120;
    fireEvent.scroll(screen.getByRole('region', { name: 'Log' }));

    contentHeight = 800;
    rerender(<Log lines={20} following />);
    expect(scrollTop).toBe(120);

    await user.click(screen.getByRole('button', { name: 'Jump to the latest line' }));
    expect(scrollTop).toBe(700);
    expect(screen.queryByRole('button', { name: 'Jump to the latest line' })).toBeNull();

    // Back at the end: following again.
    contentHeight = 1000;
    rerender(<Log lines={30} following />);
    expect(scrollTop).toBe(900);
  });

  it('leaves a finished log where it is', () => {
    const { rerender } = render(<Log lines={10} following={false} />);
    expect(scrollTop).toBe(0);
    contentHeight = 800;
    rerender(<Log lines={20} following={false} />);
    expect(scrollTop).toBe(0);
  });
});
