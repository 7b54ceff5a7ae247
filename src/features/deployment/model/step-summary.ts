import type { StepObject, TaskObjectStatus } from '../../../api/contract';
import { objectStatusDefinitions, type ObjectStatusValue } from '../../../components/status';

export type ObjectStep = TaskObjectStatus['Steps'][number];

/** The order statuses are counted in: what needs attention first. */
export const objectStatusOrder: readonly ObjectStatusValue[] = [
  'Failed',
  'TimedOut',
  'InProgress',
  'Successful',
  'Unknown',
];

/** How many objects (children included) are in each status. */
export function countObjectStatuses(
  resources: readonly StepObject[],
): Record<ObjectStatusValue, number> {
  const counts: Record<ObjectStatusValue, number> = {
    Failed: 0,
    TimedOut: 0,
    InProgress: 0,
    Successful: 0,
    Unknown: 0,
  };
  const visit = (objects: readonly StepObject[]) => {
    for (const object of objects) {
      counts[object.Status] += 1;
      visit(object.Children);
    }
  };
  visit(resources);
  return counts;
}

/** "2 Success, 1 In progress": the non-zero counts, in `objectStatusOrder`, with the seeds' labels. */
export function describeStatusCounts(counts: Record<ObjectStatusValue, number>): string {
  return objectStatusOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${objectStatusDefinitions[status].label}`)
    .join(', ');
}

export type StepFreshness =
  | { kind: 'live' }
  | { kind: 'snapshot'; takenAt: string }
  /** A snapshot whose time the server did not say. */
  | { kind: 'snapshot-undated' };

/** Live while the step's stabilization period runs; a snapshot (taken at its end) after. */
export function stepFreshness(step: Pick<ObjectStep, 'IsLive' | 'SnapshotTakenAt'>): StepFreshness {
  if (step.IsLive) return { kind: 'live' };
  return step.SnapshotTakenAt === null
    ? { kind: 'snapshot-undated' }
    : { kind: 'snapshot', takenAt: step.SnapshotTakenAt };
}

/** True while any step is live: the tab is still changing. */
export function anyStepLive(steps: readonly Pick<ObjectStep, 'IsLive'>[]): boolean {
  return steps.some((step) => step.IsLive);
}
