import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Space between the trigger and the tooltip, and between the tooltip and the viewport edge. */
const GAP_PX = 6;
const VIEWPORT_MARGIN_PX = 8;

/**
 * Whether the anchor can still be seen: not scrolled out of its scroller, nor under a sticky
 * header. A tooltip pointing at something hidden would float over unrelated content. The
 * tooltip itself may cover the anchor for a moment (the previous anchor's tooltip, or one left
 * behind by a fast scroll until it is placed again): that hides nothing.
 */
function isAnchorVisible(anchor: HTMLElement, tooltip: HTMLElement): boolean {
  if (typeof document.elementFromPoint !== 'function') return true;
  const rect = anchor.getBoundingClientRect();
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit !== null && (anchor.contains(hit) || tooltip.contains(hit));
}

/**
 * Places the tooltip below its anchor, or above when there is no room below, centred on it and
 * kept inside the viewport (Floating UI), and keeps it there while anything scrolls or resizes.
 * Calls `onLost` when the anchor is gone or can no longer be seen. Returns the function that
 * stops following.
 */
export function followAnchor(
  tooltip: HTMLElement,
  anchor: HTMLElement,
  onLost: () => void,
): () => void {
  let following = true;
  const update = () => {
    if (!anchor.isConnected || !isAnchorVisible(anchor, tooltip)) {
      onLost();
      return;
    }
    void computePosition(anchor, tooltip, {
      // Fixed, like the tooltip's CSS: the page's scroll offsets play no part.
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [
        offset(GAP_PX),
        flip({ padding: VIEWPORT_MARGIN_PX }),
        shift({ padding: VIEWPORT_MARGIN_PX }),
      ],
    }).then(({ x, y }) => {
      if (following) tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };
  // Once now (resolved before the next paint), then on scroll and resize of the anchor's and
  // the tooltip's scrollers, and when either changes size or the anchor moves.
  const stop = autoUpdate(anchor, tooltip, update);
  return () => {
    following = false;
    stop();
  };
}
