import { OBJECT_SEARCH_PARAM } from '../../../config/object-search-param';

/**
 * The link on the page that opens the drawer for `ref` (its `?object=` value): where focus goes
 * on close when the drawer was opened by the URL (a reload, a shared link) rather than a click.
 */
export function findOpenerLink(ref: string): HTMLElement | null {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href, window.location.href);
    if (
      url.searchParams.get(OBJECT_SEARCH_PARAM) === ref &&
      !link.closest('dialog, [role="dialog"]')
    ) {
      return link;
    }
  }
  return null;
}
