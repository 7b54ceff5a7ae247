/**
 * Whether `element` is inside an `inert` subtree: not focusable, not clickable, hidden from
 * assistive technology, as the page behind a modal dialog must be. Testing Library has no query
 * or matcher for it, so a test asks the markup here, in one place.
 */
export function isInert(element: Element): boolean {
  return element.closest('[inert]') !== null;
}
