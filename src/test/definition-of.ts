import { screen, within } from '@testing-library/react';

/**
 * The value (`<dd>`) that a definition list gives for `term` (its `<dt>`), within `container`.
 * A term and its value have no ARIA relation, so no role query reaches the value: this finds the
 * term by its text and takes the element after it, and fails unless that is the term's `<dd>`.
 */
export function definitionOf(term: string | RegExp, container?: HTMLElement): HTMLElement {
  const queries = container ? within(container) : screen;
  const value = queries.getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') {
    throw new Error(`The term ${String(term)} has no <dd> after it`);
  }
  return value;
}
