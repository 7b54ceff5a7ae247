import {
  useContext,
  useEffect,
  useId,
  useSyncExternalStore,
  type FocusEvent,
  type PointerEvent,
} from 'react';
import { TooltipContext } from './tooltip-context';
import type { TooltipContent } from './tooltip-store';

/** Hover this long before a tooltip opens, so sweeping the pointer across a grid stays quiet. */
export const TOOLTIP_HOVER_DELAY_MS = 300;
/** The grace period after the pointer leaves, long enough to move onto the tooltip. */
export const TOOLTIP_HIDE_DELAY_MS = 120;

export interface TooltipTriggerProps {
  'aria-describedby'?: string;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: () => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: () => void;
}

const noSubscription = () => () => undefined;

/**
 * Makes an element a tooltip trigger: spread the returned props on it (it must be focusable). The
 * tooltip opens on hover and on focus, closes on leave, blur or Escape, and while open it is the
 * trigger's `aria-describedby`. All triggers share one tooltip element (see `TooltipProvider`),
 * so a grid of thousands of triggers costs no more than one. Outside a provider, it does nothing.
 */
export function useTooltip(content: TooltipContent): TooltipTriggerProps {
  const layer = useContext(TooltipContext);
  const ownerId = useId();
  const store = layer?.store;
  const isOpen = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.getActive()?.ownerId === ownerId,
    () => false,
  );

  // Keep an open tooltip current when the trigger's data changes under it (polling).
  useEffect(() => {
    if (isOpen) store?.update(ownerId, content);
  }, [isOpen, store, ownerId, content]);

  // A trigger that goes away (a virtualized row scrolled off) takes its tooltip with it.
  useEffect(() => () => store?.hide(ownerId), [store, ownerId]);

  if (!layer || !store) return {};
  return {
    'aria-describedby': isOpen ? layer.id : undefined,
    onPointerEnter: (event) => {
      if (event.pointerType === 'touch') return;
      store.show(
        { ownerId, anchor: event.currentTarget, content, via: 'pointer' },
        TOOLTIP_HOVER_DELAY_MS,
      );
    },
    onPointerLeave: () => store.hide(ownerId, TOOLTIP_HIDE_DELAY_MS),
    onFocus: (event) => store.show({ ownerId, anchor: event.currentTarget, content, via: 'focus' }),
    onBlur: () => store.hide(ownerId),
  };
}
