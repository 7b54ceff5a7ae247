import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { isInert } from '../../test/is-inert';
import { Drawer } from './drawer';

function Harness({
  fallback,
  initiallyOpen = false,
}: {
  fallback?: () => HTMLElement | null;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      {open && (
        <Drawer
          title="Deployment carts"
          eyebrow="shop"
          onClose={() => setOpen(false)}
          fallbackFocus={fallback}
        >
          <button type="button">First inside</button>
          <input aria-label="Find" />
          <button type="button" hidden>
            Hidden
          </button>
          <button
            type="button"
            onKeyDown={(event) => {
              // Like an editor's find box: it uses Escape itself.
              if (event.key === 'Escape') event.preventDefault();
            }}
          >
            Uses Escape
          </button>
        </Drawer>
      )}
    </>
  );
}

describe('Drawer', () => {
  it('is a modal dialog named by its title, that takes focus and gives it back', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Deployment carts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveFocus();
    expect(isInert(screen.getByRole('button', { name: 'Elsewhere', hidden: true }))).toBe(true);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(isInert(screen.getByRole('button', { name: 'Elsewhere' }))).toBe(false);
  });

  it('wraps Tab and Shift+Tab inside, skipping what is hidden', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const first = within(dialog).getByRole('button', { name: 'First inside' });
    const last = within(dialog).getByRole('button', { name: 'Uses Escape' });

    await user.tab();
    expect(close).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(last).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });

  it('leaves an Escape that something inside used, and closes on the close button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    within(dialog).getByRole('button', { name: 'Uses Escape' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives focus to the fallback when nothing had it before (opened by the URL on load)', async () => {
    const user = userEvent.setup();
    const fallback = vi.fn((): HTMLElement => screen.getByRole('button', { name: 'Elsewhere' }));
    render(<Harness fallback={fallback} initiallyOpen />);
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(fallback).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
