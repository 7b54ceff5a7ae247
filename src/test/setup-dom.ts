import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/*
 * jsdom has `<dialog>` but not its `showModal()` and `close()`. These stand-ins set and remove
 * the `open` attribute, which shows a dialog and exposes it to role queries, and give focus back
 * on close to the element that had it at `showModal()`, as the HTML standard has browsers do (its
 * "previously focused element"): enough for tests of what the app does around a dialog, and of
 * where focus lands when a page closes one. What else the browser does (the top layer, the page
 * made inert, focus kept inside, Escape turned into a `cancel` event) is not imitated here: the
 * Playwright journeys check it, in real browsers.
 */
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  const previouslyFocused = new WeakMap<HTMLDialogElement, Element | null>();
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    previouslyFocused.set(this, document.activeElement);
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    const element = previouslyFocused.get(this);
    previouslyFocused.delete(this);
    if (element instanceof HTMLElement) element.focus({ preventScroll: true });
  };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});
