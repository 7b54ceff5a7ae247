import { useContext, useEffect, useId, type RefObject } from 'react';
import { TooltipContext } from './tooltip-context';
import type { TooltipContent } from './tooltip-store';
import { TOOLTIP_HIDE_DELAY_MS, TOOLTIP_HOVER_DELAY_MS } from './use-tooltip';

/** The attribute that marks a delegated tooltip trigger; its value identifies the trigger. */
export const TOOLTIP_KEY_ATTRIBUTE = 'data-tooltip-key';
const selector = `[${TOOLTIP_KEY_ATTRIBUTE}]`;

function anchorOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(selector) : null;
}

/**
 * Tooltips for every `[data-tooltip-key]` element inside a container, from four listeners on
 * the container instead of hooks in each trigger: for grids of thousands of cells, where each
 * cell should cost nothing but its markup. `resolve` returns the content for an anchor when its
 * tooltip opens (and again when `resolve` changes while it is open, so it stays current); null
 * means no tooltip. Hover, focus, Escape and `aria-describedby` behave as with `useTooltip`.
 */
export function useDelegatedTooltips(
  containerRef: RefObject<HTMLElement | null>,
  resolve: (anchor: HTMLElement) => TooltipContent | null,
): void {
  const store = useContext(TooltipContext)?.store;
  const prefix = `${useId()}:`;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !store) return;
    const ownerOf = (anchor: HTMLElement) =>
      `${prefix}${anchor.getAttribute(TOOLTIP_KEY_ATTRIBUTE) ?? ''}`;
    const open = (anchor: HTMLElement, via: 'pointer' | 'focus') => {
      const content = resolve(anchor);
      if (content === null) return;
      const tooltip = { ownerId: ownerOf(anchor), anchor, content, via, describeAnchor: true };
      store.show(tooltip, via === 'pointer' ? TOOLTIP_HOVER_DELAY_MS : 0);
    };
    const onPointerOver = (event: PointerEvent) => {
      const anchor = anchorOf(event.target);
      if (!anchor || event.pointerType === 'touch' || anchorOf(event.relatedTarget) === anchor) {
        return;
      }
      open(anchor, 'pointer');
    };
    const onPointerOut = (event: PointerEvent) => {
      const anchor = anchorOf(event.target);
      if (!anchor || anchorOf(event.relatedTarget) === anchor) return;
      store.hide(ownerOf(anchor), TOOLTIP_HIDE_DELAY_MS);
    };
    const onFocusIn = (event: FocusEvent) => {
      const anchor = anchorOf(event.target);
      if (anchor) open(anchor, 'focus');
    };
    const onFocusOut = (event: FocusEvent) => {
      const anchor = anchorOf(event.target);
      if (anchor) store.hide(ownerOf(anchor));
    };
    container.addEventListener('pointerover', onPointerOver);
    container.addEventListener('pointerout', onPointerOut);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);

    // New data or a new mode while a tooltip is open: bring its content up to date.
    const active = store.getActive();
    if (active?.ownerId.startsWith(prefix)) {
      const content = active.anchor.isConnected ? resolve(active.anchor) : null;
      if (content === null) store.hideNow();
      else store.update(active.ownerId, content);
    }

    return () => {
      container.removeEventListener('pointerover', onPointerOver);
      container.removeEventListener('pointerout', onPointerOut);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    };
  }, [containerRef, store, prefix, resolve]);

  // Leaving the page takes an open tooltip with it.
  useEffect(
    () => () => {
      if (store?.getActive()?.ownerId.startsWith(prefix)) store.hideNow();
    },
    [store, prefix],
  );
}
