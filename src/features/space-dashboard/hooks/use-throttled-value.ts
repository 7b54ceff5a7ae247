import { useEffect, useRef, useState } from 'react';

/**
 * `value`, changing at most once every `ms`: the first change shows at once, later ones at the
 * end of the interval, and the last value always arrives. For text in a live region, which a
 * screen reader would otherwise read out on every small change.
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, shownAt.current + ms - Date.now());
    const timer = setTimeout(() => {
      shownAt.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
