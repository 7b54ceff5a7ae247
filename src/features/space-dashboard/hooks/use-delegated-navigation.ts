import { useEffect, type RefObject } from 'react';
import { useNavigate } from 'react-router';

/**
 * Client-side navigation for the cells' plain links: one listener instead of a router `Link` per
 * cell. Clicks with a modifier (new tab, new window) are left to the browser.
 */
export function useDelegatedNavigation(ref: RefObject<HTMLElement | null>, selector: string) {
  const navigate = useNavigate();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest(selector) : null;
      const href = link?.getAttribute('href');
      if (!href) return;
      event.preventDefault();
      void navigate(href);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [ref, navigate, selector]);
}
