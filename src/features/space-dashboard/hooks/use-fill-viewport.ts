import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sizes the scroller to end at the bottom of the viewport, wherever it starts, so the grid
 * scrolls inside the page with its head and first column pinned, and no row hides below the fold.
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.maxHeight = `max(24rem, calc(100dvh - ${Math.round(top)}px - 1.5rem))`;
    };
    update();
    window.addEventListener('resize', update);
    const observer =
      typeof ResizeObserver === 'undefined' || !element.parentElement
        ? undefined
        : new ResizeObserver(update);
    if (element.parentElement) observer?.observe(element.parentElement);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [ref]);
}
