import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLastError } from './use-last-error';

describe('useLastError', () => {
  it('keeps the last error while a query without data asks again, and drops it with data', () => {
    const timeout = new Error('The server took too long to answer (over 20 s)');
    const { result, rerender } = renderHook(
      ({ error, hasData }: { error: Error | null; hasData: boolean }) =>
        useLastError(error, hasData),
      { initialProps: { error: null as Error | null, hasData: false } },
    );
    expect(result.current).toBeNull();

    rerender({ error: timeout, hasData: false });
    expect(result.current).toBe(timeout);
    // A poll starts: TanStack Query clears the error of a query without data.
    rerender({ error: null, hasData: false });
    expect(result.current).toBe(timeout);

    const later = new Error('Could not reach the server');
    rerender({ error: later, hasData: false });
    expect(result.current).toBe(later);

    rerender({ error: null, hasData: true });
    expect(result.current).toBeNull();
    rerender({ error: null, hasData: false });
    expect(result.current).toBeNull();
  });
});
