import type { ReactNode } from 'react';

/** What a tooltip shows: a node, or a function called only when the tooltip opens. */
export type TooltipContent = ReactNode | (() => ReactNode);

/** How the tooltip was asked for: hovering shows it after a short delay, focus at once. */
export type TooltipTrigger = 'pointer' | 'focus';

export interface ActiveTooltip {
  /** The trigger that owns it (a `useId` value). */
  ownerId: string;
  anchor: HTMLElement;
  content: TooltipContent;
  via: TooltipTrigger;
  /**
   * Set for triggers that do not render `aria-describedby` themselves (delegated ones): the
   * tooltip layer sets it on the anchor while the tooltip is open.
   */
  describeAnchor?: boolean;
}

export interface TooltipStore {
  subscribe: (listener: () => void) => () => void;
  getActive: () => ActiveTooltip | null;
  /** Opens a tooltip, replacing any other. With a delay, it opens only if not cancelled first. */
  show: (tooltip: ActiveTooltip, delayMs?: number) => void;
  /** Closes the owner's tooltip (after a grace period, so the pointer can reach it). */
  hide: (ownerId: string, delayMs?: number) => void;
  /** Cancels a pending close: the pointer is on the tooltip itself. */
  keepOpen: () => void;
  /** Closes whatever is open, now (Escape, a vanished anchor). */
  hideNow: () => void;
  /** New content for an open tooltip, when its trigger re-renders with new data. */
  update: (ownerId: string, content: TooltipContent) => void;
}

/**
 * The state of the one tooltip a page shows at a time. A plain external store, so each trigger
 * can subscribe to "am I the open one?" and only the two triggers involved re-render on a change.
 */
export function createTooltipStore(): TooltipStore {
  let active: ActiveTooltip | null = null;
  let pendingOwner: string | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (next: ActiveTooltip | null) => {
    if (next === active) return;
    active = next;
    for (const listener of listeners) listener();
  };
  const cancelShow = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    pendingOwner = null;
  };
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getActive: () => active,
    show(tooltip, delayMs = 0) {
      cancelHide();
      cancelShow();
      // Once one tooltip is open, moving to the next trigger shows its tooltip at once.
      if (delayMs <= 0 || active !== null) {
        set(tooltip);
        return;
      }
      pendingOwner = tooltip.ownerId;
      showTimer = setTimeout(() => {
        pendingOwner = null;
        set(tooltip);
      }, delayMs);
    },
    hide(ownerId, delayMs = 0) {
      if (pendingOwner === ownerId) cancelShow();
      if (active?.ownerId !== ownerId) return;
      cancelHide();
      if (delayMs <= 0) {
        set(null);
        return;
      }
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        if (active?.ownerId === ownerId) set(null);
      }, delayMs);
    },
    keepOpen: cancelHide,
    hideNow() {
      cancelShow();
      cancelHide();
      set(null);
    },
    update(ownerId, content) {
      if (active?.ownerId !== ownerId || active.content === content) return;
      set({ ...active, content });
    },
  };
}
