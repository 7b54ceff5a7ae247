import { useState } from 'react';

/**
 * The error to show for a query, kept until data arrives. TanStack Query clears the error of a
 * query without data each time it fetches again (a poll, a retry): a page whose first load failed
 * would go back to "Loading…" at every poll, for as long as that request takes (up to its
 * timeout), and back to the error after. With this, the failure stays said while it is asked again.
 */
export function useLastError(error: Error | null, hasData: boolean): Error | null {
  const [last, setLast] = useState<Error | null>(null);
  const current = error ?? (hasData ? null : last);
  // Adjusting state while rendering, as React documents it: the next render sees it at once.
  if (current !== last) setLast(current);
  return current;
}
