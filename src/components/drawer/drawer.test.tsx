import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutAsSidePanel, requestClose } from '../../test/dialog';
import { Drawer } from './drawer';

// What the browser does with a modal dialog (the page behind made inert, focus kept inside,
// Escape turned into `cancel`) is not in jsdom: the Playwright journeys check it. These tests
// check what the drawer does around it.

afterEach(() => {
  vi.restoreAllMocks();
});

function Harness({
  fallback,
  initiallyOpen = false,
  openerLeaves = false,
}: {
  fallback?: () => HTMLElement | null;
  initiallyOpen?: boolean;
  /** The opener is not rendered while the drawer is open (a row that went away). */
  openerLeaves?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      {!(open && openerLeaves) && (
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
      )}
      <button type="button">Elsewhere</button>
      {open && (
        <Drawer
          title="Deployment carts"
          eyebrow="shop"
          onClose={() => setOpen(false)}
          fallbackFocus={fallback}
        >
          <button type="button">First inside</button>
        </Drawer>
      )}
    </>
  );
}

function openDrawer(onClose: () => void) {
  render(
    <Drawer title="Deployment carts" onClose={onClose}>
      <button type="button">First inside</button>
    </Drawer>,
  );
  return screen.getByRole('dialog', { name: 'Deployment carts' });
}

describe('Drawer', () => {
  it('opens as a modal dialog named by its heading, and takes focus itself', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));

    const dialog = screen.getByRole('dialog', { name: 'Deployment carts' });
    expect(dialog).toBeInstanceOf(HTMLDialogElement);
    expect(showModal.mock.contexts).toEqual([dialog]);
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByText('shop')).toBeInTheDocument();
  });

  it('asks its parent to close on Escape, and stays open until the parent stops rendering it', () => {
    const onClose = vi.fn();
    const dialog = openDrawer(onClose);

    expect(requestClose(dialog), 'the cancel is refused').toBe(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(dialog).toHaveAttribute('open');
  });

  it('asks once when the browser closes it anyway, after a cancel the page may not refuse', () => {
    const onClose = vi.fn();
    const dialog = openDrawer(onClose);

    fireEvent(dialog, new Event('cancel', { cancelable: false }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent(dialog, new Event('close'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('asks to close on a click on the backdrop and on the close button, not inside', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const dialog = openDrawer(onClose);
    const outside = layOutAsSidePanel(dialog);

    await user.click(within(dialog).getByRole('heading', { name: 'Deployment carts' }));
    await user.click(within(dialog).getByRole('button', { name: 'First inside' }));
    // On the dialog itself but inside its box: its border.
    await user.pointer({
      keys: '[MouseLeft]',
      target: dialog,
      coords: { clientX: 500, clientY: 9 },
    });
    expect(onClose).not.toHaveBeenCalled();

    await user.pointer({ keys: '[MouseLeft]', target: dialog, coords: outside });
    expect(onClose).toHaveBeenCalledOnce();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('stays open when a press inside the panel ends on the backdrop (a text selection)', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const dialog = openDrawer(onClose);
    const outside = layOutAsSidePanel(dialog);

    await user.pointer([
      { keys: '[MouseLeft>]', target: within(dialog).getByRole('heading') },
      { target: dialog, coords: outside },
      { keys: '[/MouseLeft]', target: dialog, coords: outside },
    ]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('is closed before it goes, so that the browser gives focus back to its opener', async () => {
    const close = vi.spyOn(HTMLDialogElement.prototype, 'close');
    const user = userEvent.setup();
    const fallback = vi.fn((): HTMLElement => screen.getByRole('button', { name: 'Elsewhere' }));
    render(<Harness fallback={fallback} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(close.mock.contexts).toEqual([dialog]);
    expect(fallback).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('gives focus to the fallback when nothing had it before (opened by the URL on load)', () => {
    const fallback = vi.fn((): HTMLElement => screen.getByRole('button', { name: 'Elsewhere' }));
    render(<Harness fallback={fallback} initiallyOpen />);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveFocus();

    requestClose(dialog);
    expect(fallback).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('gives focus to the fallback when the element that opened it is gone', async () => {
    const user = userEvent.setup();
    const fallback = vi.fn((): HTMLElement => screen.getByRole('button', { name: 'Elsewhere' }));
    render(<Harness fallback={fallback} openerLeaves />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();

    requestClose(screen.getByRole('dialog'));
    expect(fallback).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
