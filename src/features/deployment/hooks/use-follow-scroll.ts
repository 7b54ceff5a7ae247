import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Within this many pixels of the end counts as "at the end". */
const AT_END_SLACK_PX = 24;

/**
 * Keeps a scroll container at its end as content grows (a running task's log), unless the
 * reader has scrolled away from the end: then it stays where they are, and `detached` is true
 * so the page can offer a way back. `content` is whatever changes when lines arrive.
 */
export function useFollowScroll<T extends HTMLElement>(content: unknown, following: boolean) {
  const ref = useRef<T>(null);
  const atEnd = useRef(true);
  const [detached, setDetached] = useState(false);

  const onScroll = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
    atEnd.current = distance <= AT_END_SLACK_PX;
    setDetached(!atEnd.current);
  }, []);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!following || !element || !atEnd.current) return;
    element.scrollTop = element.scrollHeight;
  }, [content, following]);

  const jumpToEnd = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    atEnd.current = true;
    setDetached(false);
  }, []);

  return { ref, onScroll, detached: following && detached, jumpToEnd };
}
