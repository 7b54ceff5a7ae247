import { fireEvent } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';

/**
 * What a browser does when Escape is pressed in a modal dialog (a close request): a cancelable
 * `cancel` event at the dialog. jsdom has no close requests. Returns false when the page
 * cancelled it, keeping the dialog open.
 */
export function requestClose(dialog: HTMLElement): boolean {
  return fireEvent(dialog, new Event('cancel', { cancelable: true }));
}

/**
 * jsdom lays nothing out: this gives a dialog the box of a side panel, the right-hand half of a
 * 1,000 by 800 pixel viewport, and returns a point on its backdrop, outside that box.
 */
export function layOutAsSidePanel(dialog: HTMLElement): { clientX: number; clientY: number } {
  vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 500, y: 0, width: 500, height: 800 }),
  );
  return { clientX: 100, clientY: 400 };
}

/**
 * A click on a modal dialog's backdrop, as a browser sends it: to the dialog itself, at a point
 * outside the dialog's box.
 */
export async function clickBackdrop(user: UserEvent, dialog: HTMLElement): Promise<void> {
  const coords = layOutAsSidePanel(dialog);
  await user.pointer({ keys: '[MouseLeft]', target: dialog, coords });
}
