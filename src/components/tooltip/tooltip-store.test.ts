import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTooltipStore } from './tooltip-store';

const anchor = {} as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the tooltip store', () => {
  it('opens at once on focus, and after the delay on hover', () => {
    const store = createTooltipStore();
    store.show({ ownerId: 'a', anchor, content: 'A', via: 'focus' });
    expect(store.getActive()?.ownerId).toBe('a');
    store.hideNow();

    store.show({ ownerId: 'b', anchor, content: 'B', via: 'pointer' }, 300);
    expect(store.getActive()).toBeNull();
    vi.advanceTimersByTime(300);
    expect(store.getActive()?.ownerId).toBe('b');
  });

  it('does not open a hover tooltip the pointer already left', () => {
    const store = createTooltipStore();
    store.show({ ownerId: 'a', anchor, content: 'A', via: 'pointer' }, 300);
    store.hide('a', 100);
    vi.advanceTimersByTime(1000);
    expect(store.getActive()).toBeNull();
  });

  it('moves straight to the next trigger once one is open', () => {
    const store = createTooltipStore();
    store.show({ ownerId: 'a', anchor, content: 'A', via: 'focus' });
    store.show({ ownerId: 'b', anchor, content: 'B', via: 'pointer' }, 300);
    expect(store.getActive()?.ownerId).toBe('b');
  });

  it('stays open while the pointer moves onto the tooltip', () => {
    const store = createTooltipStore();
    store.show({ ownerId: 'a', anchor, content: 'A', via: 'pointer' });
    store.hide('a', 120);
    store.keepOpen();
    vi.advanceTimersByTime(500);
    expect(store.getActive()?.ownerId).toBe('a');
  });

  it('ignores a hide from a trigger that is not the open one, and notifies on change', () => {
    const store = createTooltipStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.show({ ownerId: 'a', anchor, content: 'A', via: 'focus' });
    store.hide('b');
    expect(store.getActive()?.ownerId).toBe('a');
    store.update('a', 'A2');
    expect(store.getActive()?.content).toBe('A2');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
