import type { ActivityElement } from '../../../api/contract';

/** Above this many log lines, only what is running or failed starts expanded. */
export const EXPAND_ALL_LINE_LIMIT = 400;

/** Every log line in the tree. */
export function countLogLines(elements: readonly ActivityElement[]): number {
  return elements.reduce(
    (sum, element) => sum + element.LogElements.length + countLogLines(element.Children),
    0,
  );
}

/**
 * Whether a node of the task log starts expanded before the user touches it: the task itself
 * always; nothing with nothing in it (a step that has not started); in a short log everything
 * else; in a long one, what is running or failed (where the reader will look) and nothing else.
 */
export function expandedByDefault(
  element: Pick<ActivityElement, 'Status' | 'LogElements' | 'Children'>,
  depth: number,
  longLog: boolean,
): boolean {
  if (depth === 0) return true;
  if (element.LogElements.length === 0 && element.Children.length === 0) return false;
  if (!longLog) return true;
  return element.Status === 'Running' || element.Status === 'Failed';
}

/** The element and all its descendants, depth first (for "expand all"). */
export function activityIds(elements: readonly ActivityElement[]): string[] {
  return elements.flatMap((element) => [element.Id, ...activityIds(element.Children)]);
}
