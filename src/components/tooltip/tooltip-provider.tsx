import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useId,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { followAnchor } from './follow-anchor';
import { TooltipContext } from './tooltip-context';
import { createTooltipStore, type TooltipStore } from './tooltip-store';
import { TOOLTIP_HIDE_DELAY_MS } from './use-tooltip';
import styles from './tooltip.module.css';

/**
 * Where the tooltip element goes: into the open `<dialog>` that holds its anchor, else the body.
 * A modal dialog is drawn in the top layer, above anything in the body whatever its z-index, and
 * it makes everything outside it inert. A popover shown after the dialog would be drawn above
 * it, but outside the dialog it would be inert all the same (HTML's "blocked by a modal dialog"),
 * so the pointer could not move onto it; inside the dialog it is drawn above the dialog's content
 * and stays live.
 */
function layerOf(anchor: HTMLElement): HTMLElement {
  return anchor.closest<HTMLElement>('dialog[open]') ?? document.body;
}

type FollowAnchor = typeof followAnchor;
let loadedFollowAnchor: FollowAnchor | null = null;
let loadingFollowAnchor: Promise<FollowAnchor> | null = null;

/**
 * Floating UI stays out of the entry chunk, which every page waits for: it loads when the app is
 * first idle, or at the first tooltip if that comes sooner.
 */
function loadFollowAnchor(): Promise<FollowAnchor> {
  loadingFollowAnchor ??= import('./follow-anchor').then((module) => {
    loadedFollowAnchor = module.followAnchor;
    return module.followAnchor;
  });
  return loadingFollowAnchor;
}

function TooltipLayer({ store, id }: { store: TooltipStore; id: string }) {
  const active = useSyncExternalStore(store.subscribe, store.getActive, store.getActive);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const tooltip = ref.current;
    if (!active || !tooltip) return;
    const { anchor, describeAnchor = false } = active;
    let stopFollowing: (() => void) | null = null;
    let stopped = false;
    const follow = (followAnchor: FollowAnchor) => {
      if (stopped) return;
      tooltip.style.opacity = '';
      stopFollowing = followAnchor(tooltip, anchor, store.hideNow);
    };
    if (loadedFollowAnchor) follow(loadedFollowAnchor);
    else {
      // Not placed yet: see-through rather than at the corner of the page (still there for a screen
      // reader, which needs no place).
      tooltip.style.opacity = '0';
      void loadFollowAnchor().then(follow);
    }
    if (describeAnchor) anchor.setAttribute('aria-describedby', id);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.hideNow();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      stopped = true;
      stopFollowing?.();
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
    layerOf(active.anchor),
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
  useEffect(() => {
    // Safari has no requestIdleCallback: there the first tooltip loads it.
    if (!('requestIdleCallback' in window)) return;
    const idle = window.requestIdleCallback(() => void loadFollowAnchor());
    return () => {
      window.cancelIdleCallback(idle);
    };
  }, []);
  return (
    <TooltipContext value={handle}>
      {children}
      <TooltipLayer store={store} id={id} />
    </TooltipContext>
  );
}
