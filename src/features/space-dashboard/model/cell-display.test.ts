import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../api/contract';
import type { TaskStateValue } from '../../../components/status';
import {
  describeCell,
  describeRollup,
  orphansText,
  parseStatusKey,
  statusKeyDefinition,
  statusSeverity,
} from './cell-display';
import type { CellModel, RollupCellModel } from './dashboard-model';

function cell(
  state: TaskStateValue,
  live: ApplicationStatus | null,
  overrides: Partial<CellModel['deployment']> = {},
): CellModel {
  return {
    key: 'Projects-1|Environments-1|',
    projectId: 'Projects-1',
    environmentId: 'Environments-1',
    tenantId: null,
    deployment: {
      deploymentId: 'Deployments-1',
      releaseVersion: '1.0.0',
      state,
      hasWarnings: false,
      time: '2026-11-21T11:00:00.000Z',
      timeKind: 'completed',
      errorMessage: null,
      ...overrides,
    },
    live:
      live === null
        ? null
        : {
            status: live,
            health: 'Healthy',
            sync: 'InSync',
            syncMessage: null,
            orphanCount: 0,
            lastUpdated: null,
          },
    liveError: null,
  };
}

describe('describeCell', () => {
  it('shows the live status in live mode', () => {
    expect(describeCell(cell('Success', 'Degraded'), 'live', 'ready')).toMatchObject({
      key: 'Degraded',
      reason: 'live',
      definition: { label: 'Degraded' },
    });
    expect(describeCell(cell('Success', 'OutOfSync'), 'live', 'ready').definition.label).toBe(
      'Out of Sync',
    );
  });

  it('shows the task state in deployment mode, "with warnings" only on a success', () => {
    expect(describeCell(cell('Success', 'Degraded'), 'deployments', 'ready')).toMatchObject({
      key: 'Success',
      reason: 'deployment',
      definition: { label: 'Success' },
    });
    expect(
      describeCell(cell('Success', 'Healthy', { hasWarnings: true }), 'deployments', 'ready'),
    ).toMatchObject({ key: 'SuccessWithWarnings', definition: { label: 'Success with warnings' } });
    expect(
      describeCell(cell('Failed', 'Healthy', { hasWarnings: true }), 'deployments', 'ready')
        .definition.label,
    ).toBe('Failed');
  });

  it.each(['Failed', 'Canceled', 'TimedOut'] as const)(
    'lets a %s deployment win over the live status',
    (state) => {
      const display = describeCell(cell(state, 'Unavailable'), 'live', 'ready');
      expect(display).toMatchObject({ key: state, reason: 'precedence' });
    },
  );

  it('keeps the deployment state, with a reason, where live status is not supported', () => {
    expect(describeCell(cell('Success', 'NotSupported'), 'live', 'ready')).toMatchObject({
      key: 'NotSupported',
      reason: 'not-supported',
      definition: { label: 'Success' },
    });
  });

  it('says "loading" before the live summaries arrive, and Unknown if none ever does', () => {
    expect(describeCell(cell('Success', null), 'live', 'pending')).toMatchObject({
      key: 'Loading',
      reason: 'loading',
    });
    expect(describeCell(cell('Success', null), 'live', 'error').key).toBe('Unknown');
    expect(describeCell(cell('Success', null), 'live', 'ready').key).toBe('Unknown');
    // Precedence does not wait for live status.
    expect(describeCell(cell('Failed', null), 'live', 'pending').key).toBe('Failed');
  });

  it('read cell by cell: a cell not read yet is loading, one that failed says so', () => {
    expect(describeCell(cell('Success', null), 'live', 'partial')).toMatchObject({
      key: 'Loading',
      reason: 'loading',
    });
    const failed = { ...cell('Success', null), liveError: 'The server failed (500)' };
    expect(describeCell(failed, 'live', 'partial')).toMatchObject({
      key: 'Unreadable',
      reason: 'unreadable',
      definition: { label: 'Could not read', description: 'Live status could not be read' },
    });
    expect(describeCell(failed, 'live', 'partial').definition.icon).not.toBeNull();
    // A failed refresh keeps the last status read.
    const refreshFailed = { ...cell('Success', 'Degraded'), liveError: 'Timed out' };
    expect(describeCell(refreshFailed, 'live', 'partial')).toMatchObject({
      key: 'Degraded',
      reason: 'live',
    });
    // Precedence and deployment mode need no live status.
    expect(describeCell({ ...failed, ...cell('Failed', null) }, 'live', 'partial').key).toBe(
      'Failed',
    );
    expect(describeCell(failed, 'deployments', 'partial').key).toBe('Success');
    expect(statusKeyDefinition('Unreadable', 'live').label).toBe('Could not read');
    expect(parseStatusKey('Unreadable', 'live')).toBe('Unreadable');
  });

  it('keeps Stale and Unknown apart', () => {
    const stale = describeCell(cell('Success', 'Stale'), 'live', 'ready');
    const unknown = describeCell(cell('Success', 'Unknown'), 'live', 'ready');
    expect(stale.key).not.toBe(unknown.key);
    expect(stale.definition.description).toMatch(/10 minutes/);
    expect(unknown.definition.description).toMatch(/trouble getting live status/);
  });
});

describe('describeRollup', () => {
  const rollup = (...cells: CellModel[]): RollupCellModel => ({
    key: 'r',
    projectId: 'Projects-1',
    environmentId: 'Environments-1',
    tenants: cells.map((each, index) => ({ tenantName: `Tenant ${index + 1}`, cell: each })),
  });

  it('shows the worst tenant and counts them', () => {
    const display = describeRollup(
      rollup(cell('Success', 'Healthy'), cell('Success', 'Degraded'), cell('Executing', 'Waiting')),
      'live',
      'ready',
    );
    expect(display).toMatchObject({ key: 'Degraded', tenantCount: 3 });
    expect(display.worst.tenantName).toBe('Tenant 2');
    expect(
      describeRollup(
        rollup(cell('Success', 'Healthy'), cell('Executing', 'Waiting')),
        'deployments',
        'ready',
      ).key,
    ).toBe('Executing');
  });

  it('breaks a tie in favour of the first tenant', () => {
    const display = describeRollup(
      rollup(cell('Success', 'Healthy'), cell('Success', 'Healthy')),
      'live',
      'ready',
    );
    expect(display.worst.tenantName).toBe('Tenant 1');
  });
});

describe('status keys', () => {
  it('order the worst first in each mode', () => {
    expect(statusSeverity('Failed', 'live')).toBeLessThan(statusSeverity('Degraded', 'live'));
    expect(statusSeverity('Degraded', 'live')).toBeLessThan(statusSeverity('OutOfSync', 'live'));
    expect(statusSeverity('Waiting', 'live')).toBeLessThan(statusSeverity('Healthy', 'live'));
    expect(statusSeverity('Executing', 'deployments')).toBeLessThan(
      statusSeverity('Success', 'deployments'),
    );
  });

  it('read a URL status only when the mode can show it', () => {
    expect(parseStatusKey('Degraded', 'live')).toBe('Degraded');
    expect(parseStatusKey('Degraded', 'deployments')).toBeNull();
    expect(parseStatusKey('Failed', 'deployments')).toBe('Failed');
    expect(parseStatusKey('Nonsense', 'live')).toBeNull();
    expect(parseStatusKey(null, 'live')).toBeNull();
  });

  it('label each key as the summary strip shows it', () => {
    expect(statusKeyDefinition('NotSupported', 'live').label).toBe('Not available');
    expect(statusKeyDefinition('Failed', 'live').label).toBe('Failed');
    expect(statusKeyDefinition('Unknown', 'deployments').description).toMatch(/deployment state/);
    expect(statusKeyDefinition('SuccessWithWarnings', 'deployments').label).toBe(
      'Success with warnings',
    );
  });
});

describe('orphansText', () => {
  it('counts orphans in words, one or several, and says nothing without any', () => {
    expect(orphansText(1)).toBe('1 orphaned object: Octopus no longer deploys it');
    expect(orphansText(3)).toBe('3 orphaned objects: Octopus no longer deploys them');
    expect(orphansText(0)).toBeNull();
  });
});
