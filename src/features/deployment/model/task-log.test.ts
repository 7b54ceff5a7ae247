import { describe, expect, it } from 'vitest';
import type { ActivityElement } from '../../../api/contract';
import { activityIds, countLogLines, expandedByDefault } from './task-log';

function element(id: string, overrides: Partial<ActivityElement> = {}): ActivityElement {
  return {
    Id: id,
    Name: id,
    Status: 'Success',
    Started: null,
    Ended: null,
    ShowAtSummaryLevel: true,
    LogElements: [],
    Children: [],
    ...overrides,
  };
}

const line = {
  Category: 'Info' as const,
  MessageText: 'hello',
  Detail: null,
  OccurredAt: '2026-11-21T12:00:00Z',
};

describe('task log', () => {
  it('counts every line and lists every node', () => {
    const tree = [
      element('task', {
        LogElements: [line, line],
        Children: [element('step', { Children: [element('target', { LogElements: [line] })] })],
      }),
    ];
    expect(countLogLines(tree)).toBe(3);
    expect(activityIds(tree)).toEqual(['task', 'step', 'target']);
  });

  it('opens everything in a short log, and only what runs or failed in a long one', () => {
    const target = element('target', { LogElements: [line] });
    const step = (status: ActivityElement['Status']) =>
      element('step', { Status: status, Children: [target] });
    expect(expandedByDefault(step('Success'), 1, false)).toBe(true);
    expect(expandedByDefault(element('task'), 0, true)).toBe(true);
    expect(expandedByDefault(step('Success'), 1, true)).toBe(false);
    expect(expandedByDefault(step('Running'), 1, true)).toBe(true);
    expect(expandedByDefault(step('Failed'), 2, true)).toBe(true);
  });

  it('leaves closed what has nothing in it yet', () => {
    expect(expandedByDefault(element('step', { Status: 'Pending' }), 1, false)).toBe(false);
  });
});
