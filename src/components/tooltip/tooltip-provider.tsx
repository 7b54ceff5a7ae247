import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useId,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { TooltipContext } from './tooltip-context';
import { createTooltipStore, type TooltipStore } from './tooltip-store';
import { TOOLTIP_HIDE_DELAY_MS } from './use-tooltip';
import styles from './tooltip.module.css';

/** Space between the trigger and the tooltip, and between the tooltip and the viewport edge. */
const GAP_PX = 6;
const VIEWPORT_MARGIN_PX = 8;

/**
 * Whether the anchor can still be seen: not scrolled out of its scroller, nor under a sticky
 * header. A tooltip pointing at something hidden would float over unrelated content.
 */
function isAnchorVisible(anchor: HTMLElement): boolean {
  const rect = anchor.getBoundingClientRect();
  if (typeof document.elementFromPoint !== 'function') return true;
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit !== null && (hit === anchor || anchor.contains(hit));
}

/**
 * Places the tooltip below its anchor, or above when there is no room below, centred on it and
 * kept inside the viewport. Returns false when the anchor is gone.
 */
function place(tooltip: HTMLElement, anchor: HTMLElement): boolean {
  if (!anchor.isConnected) return false;
  const target = anchor.getBoundingClientRect();
  const { width, height } = tooltip.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = window.innerHeight;
  const below = target.bottom + GAP_PX;
  const fitsBelow = below + height + VIEWPORT_MARGIN_PX <= viewportHeight;
  const top = fitsBelow ? below : Math.max(VIEWPORT_MARGIN_PX, target.top - GAP_PX - height);
  const centred = target.left + target.width / 2 - width / 2;
  const left = Math.min(
    Math.max(VIEWPORT_MARGIN_PX, centred),
    Math.max(VIEWPORT_MARGIN_PX, viewportWidth - width - VIEWPORT_MARGIN_PX),
  );
  tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  tooltip.dataset.placement = fitsBelow ? 'below' : 'above';
  return true;
}

function TooltipLayer({ store, id }: { store: TooltipStore; id: string }) {
  const active = useSyncExternalStore(store.subscribe, store.getActive, store.getActive);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const tooltip = ref.current;
    if (!active || !tooltip) return;
    if (!place(tooltip, active.anchor)) {
      store.hideNow();
      return;
    }
    const { anchor, describeAnchor = false } = active;
    if (describeAnchor) anchor.setAttribute('aria-describedby', id);
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!isAnchorVisible(active.anchor) || !place(tooltip, active.anchor)) store.hideNow();
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.hideNow();
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
      document.removeEventListener('keydown', onKeyDown);
      if (describeAnchor && anchor.getAttribute('aria-describedby') === id) {
        anchor.removeAttribute('aria-describedby');
      }
    };
  }, [active, store, id]);

  if (!active) return null;
  const content = typeof active.content === 'function' ? active.content() : active.content;
  return createPortal(
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={styles.tooltip}
      onPointerEnter={store.keepOpen}
      onPointerLeave={() => store.hide(active.ownerId, TOOLTIP_HIDE_DELAY_MS)}
    >
      {content}
    </div>,
    document.body,
  );
}

/**
 * The one tooltip element of the app, shared by every `useTooltip` trigger below it. Mount it
 * once, near the root.
 */
export function TooltipProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createTooltipStore);
  const id = `tooltip-${useId()}`;
  const handle = useMemo(() => ({ store, id }), [store, id]);
  return (
    <TooltipContext value={handle}>
      {children}
      <TooltipLayer store={store} id={id} />
    </TooltipContext>
  );
}
