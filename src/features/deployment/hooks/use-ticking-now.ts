import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active` (a running task's duration);
 * frozen otherwise, so a finished page does no work. Only the component that calls it re-renders.
 */
export function useTickingNow(active: boolean, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [active, intervalMs]);
  return now;
}
