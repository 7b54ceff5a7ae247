import { faClock, faHeart, faHeartCrack, faSpinner } from '@fortawesome/free-solid-svg-icons';
import { describe, expect, it } from 'vitest';
import { objectStatusDefinitions } from '../../../components/status';
import { frontEndObjects, objectStep } from '../testing/step-fixtures';
import {
  anyStepLive,
  countObjectStatuses,
  describeStatusCounts,
  stepFreshness,
} from './step-summary';

describe('object status mapping', () => {
  it("shows the seeds' four statuses with their labels, icons and colours", () => {
    const shown = Object.fromEntries(
      (['InProgress', 'Successful', 'Failed', 'TimedOut'] as const).map((status) => {
        const { label, icon, tone, spin = false } = objectStatusDefinitions[status];
        return [status, { label, icon, tone, spin }];
      }),
    );
    expect(shown).toEqual({
      InProgress: { label: 'In progress', icon: faSpinner, tone: 'progressing', spin: true },
      Successful: { label: 'Success', icon: faHeart, tone: 'healthy', spin: false },
      Failed: { label: 'Error', icon: faHeartCrack, tone: 'degraded', spin: false },
      TimedOut: {
        label: 'Timed out while in progress',
        icon: faClock,
        tone: 'timed-out',
        spin: false,
      },
    });
  });

  it('counts statuses over the whole tree and says them worst first', () => {
    const counts = countObjectStatuses(frontEndObjects());
    expect(counts).toEqual({ Failed: 1, TimedOut: 0, InProgress: 2, Successful: 2, Unknown: 0 });
    expect(describeStatusCounts(counts)).toBe('1 Error, 2 In progress, 2 Success');
    expect(describeStatusCounts(countObjectStatuses([]))).toBe('');
  });
});

describe('step freshness', () => {
  it('is live while the stabilization period runs, then a snapshot with its time', () => {
    expect(stepFreshness(objectStep())).toEqual({ kind: 'live' });
    expect(
      stepFreshness(objectStep({ IsLive: false, SnapshotTakenAt: '2026-11-21T12:00:37.000Z' })),
    ).toEqual({ kind: 'snapshot', takenAt: '2026-11-21T12:00:37.000Z' });
    expect(stepFreshness(objectStep({ IsLive: false }))).toEqual({ kind: 'snapshot-undated' });
  });

  it('knows whether any step is still live', () => {
    expect(anyStepLive([objectStep({ IsLive: false }), objectStep()])).toBe(true);
    expect(anyStepLive([objectStep({ IsLive: false })])).toBe(false);
    expect(anyStepLive([])).toBe(false);
  });
});
