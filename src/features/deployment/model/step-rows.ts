import type { StepObject } from '../../../api/contract';

/**
 * One row of a step's tree grid: an object, where it sits in the tree, and whether its children
 * show. The tree fields are what `TreeGrid` needs (`TreeGridRow`).
 */
export interface StepRow {
  /** The object's Uuid: unique within the step, stable across polls. */
  key: string;
  object: StepObject;
  /** 1 for what the step applied, 2 for their children (ReplicaSets), 3 below (Pods). */
  level: number;
  setSize: number;
  posInSet: number;
  parentKey: string | null;
  expandable: boolean;
  /** Its children are shown (false without children). */
  expanded: boolean;
}

/**
 * The rows of a step's table, depth first: each object followed by its children, unless its
 * Uuid is in `collapsed`. Objects keep their identity, so a row whose object did not change
 * between two polls compares equal and is not drawn again.
 */
export function flattenStepObjects(
  resources: readonly StepObject[],
  collapsed: ReadonlySet<string> = new Set(),
): StepRow[] {
  const rows: StepRow[] = [];
  const visit = (objects: readonly StepObject[], level: number, parentKey: string | null) => {
    objects.forEach((object, index) => {
      const expandable = object.Children.length > 0;
      const expanded = expandable && !collapsed.has(object.Uuid);
      rows.push({
        key: object.Uuid,
        object,
        level,
        setSize: objects.length,
        posInSet: index + 1,
        parentKey,
        expandable,
        expanded,
      });
      if (expanded) visit(object.Children, level + 1, object.Uuid);
    });
  };
  visit(resources, 1, null);
  return rows;
}

/** Every object of a step, children included. */
export function countStepObjects(resources: readonly StepObject[]): number {
  return resources.reduce((sum, object) => sum + 1 + countStepObjects(object.Children), 0);
}
