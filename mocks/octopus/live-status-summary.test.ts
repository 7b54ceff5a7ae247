import { describe, expect, it } from 'vitest';
import type { HealthStatus } from '../../src/api/contract';
import type { MachineState, MachineView } from '../engine/application-state';
import type { LiveNode } from '../engine/cluster/live-node';
import { TimeProbe } from '../engine/time-probe';
import type { DeploymentRun } from '../engine/timeline';
import type { WorldMachine } from '../worlds/world';
import { summarize } from './live-status-summary';

const machine: WorldMachine = {
  id: 'Machines-1',
  name: 'prod-eu-west',
  environmentId: 'Environments-4',
  monitor: { kind: 'connected' },
};
const iso = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms).toISOString();

/**
 * A top-level object with a health and a sync; `live: false` for one missing from the cluster,
 * `orphanedAt` for one a later release left out (orphaned then, or not yet when null).
 */
function node(
  name: string,
  health: HealthStatus | null,
  sync: 'InSync' | 'OutOfSync' = 'InSync',
  {
    live = true,
    kind = 'Deployment',
    orphanedAt,
  }: { live?: boolean; kind?: string; orphanedAt?: number | null } = {},
): LiveNode {
  return {
    kind,
    apiVersion: 'apps/v1',
    name,
    namespace: 'shop',
    live: live ? { apiVersion: 'apps/v1', kind, metadata: { name } } : null,
    desired: { apiVersion: 'apps/v1', kind, metadata: { name } },
    health: health === null ? null : { status: health, message: null },
    sync: {
      status: sync,
      message: sync === 'OutOfSync' ? 'spec.replicas: applied 1, live 3' : null,
      differences: [],
    },
    changedAt: 0,
    uid: null,
    desiredResourceId: null,
    stepActionId: null,
    pod: null,
    orphan: orphanedAt === undefined ? null : { orphanedAt, deletion: null },
    children: [],
  };
}

function onMachine(nodes: LiveNode[], view: MachineView = { kind: 'live' }): MachineState {
  return { machine, view, nodes, lastReportAt: 60_000 };
}

/** A deployment that completed at 10 s with `finalState`. */
function run(finalState: DeploymentRun['finalState'] = 'Success') {
  return { completedAt: 10_000, finalState };
}

const supported = { supportsLiveStatus: true };
const at = (now: number) => new TimeProbe(now);

describe('summarize: an application’s status from its objects and its latest deployment', () => {
  it('is the worst health of the top-level objects, and says when the monitor last reported', () => {
    const summary = summarize(
      supported,
      [
        onMachine([
          node('front-end', 'Healthy'),
          node('carts', 'Degraded'),
          node('db', 'Progressing'),
        ]),
      ],
      run(),
      at(60_000),
      iso,
    );
    expect(summary).toMatchObject({
      Status: 'Degraded',
      HealthStatus: 'Degraded',
      SyncStatus: 'InSync',
      SyncStatusMessage: null,
      LastUpdated: iso(60_000),
    });
  });

  it('is Out of Sync over Healthy, naming the first object that differs', () => {
    const summary = summarize(
      supported,
      [
        onMachine([
          node('payment', 'Healthy', 'OutOfSync'),
          node('user', 'Healthy', 'OutOfSync'),
          node('db', 'Healthy'),
        ]),
      ],
      run(),
      at(60_000),
      iso,
    );
    expect(summary.Status).toBe('OutOfSync');
    expect(summary.HealthStatus).toBe('Healthy');
    expect(summary.SyncStatusMessage).toBe(
      '2 of 3 objects out of sync: Deployment payment (spec.replicas: applied 1, live 3), ...',
    );
  });

  it('counts the objects of every target: one out of sync on the second is 1 of 4', () => {
    const second: WorldMachine = { ...machine, id: 'Machines-2', name: 'prod-us-east' };
    const summary = summarize(
      supported,
      [
        onMachine([node('queue-master', 'Healthy'), node('rabbitmq', 'Healthy')]),
        {
          ...onMachine([node('queue-master', 'Healthy', 'OutOfSync'), node('rabbitmq', 'Healthy')]),
          machine: second,
        },
      ],
      run(),
      at(60_000),
      iso,
    );
    expect(summary).toMatchObject({ Status: 'OutOfSync', HealthStatus: 'Healthy' });
    expect(summary.SyncStatusMessage).toBe(
      '1 of 4 objects out of sync: Deployment queue-master (spec.replicas: applied 1, live 3)',
    );
  });

  it('counts a desired object missing from the cluster as Missing, and a kind without a rule as Healthy', () => {
    const summary = summarize(
      supported,
      [
        onMachine([
          node('config', null, 'InSync', { kind: 'ConfigMap' }),
          node('orders', 'Healthy', 'InSync', { live: false }),
        ]),
      ],
      run(),
      at(60_000),
      iso,
    );
    expect(summary.HealthStatus).toBe('Missing');
    expect(summary.Status).toBe('Missing');
  });

  it('leaves orphans out of health and sync, and counts them apart (Octopus issue #10165)', () => {
    const summary = summarize(
      supported,
      [
        onMachine([
          node('catalogue', 'Healthy'),
          node('catalogue-legacy', 'Degraded', 'OutOfSync', { orphanedAt: 5_000 }),
          node('catalogue-legacy-config', null, 'InSync', { kind: 'ConfigMap', orphanedAt: 5_000 }),
        ]),
      ],
      run(),
      at(60_000),
      iso,
    );
    expect(summary).toMatchObject({
      Status: 'Healthy',
      HealthStatus: 'Healthy',
      SyncStatus: 'InSync',
      SyncStatusMessage: null,
      TotalOrphanCount: 2,
    });
    // One left out by a deployment that has not succeeded (yet) still counts as it was.
    const pending = node('catalogue-legacy', 'Degraded', 'InSync', { orphanedAt: null });
    expect(summarize(supported, [onMachine([pending])], run(), at(60_000), iso)).toMatchObject({
      Status: 'Degraded',
      TotalOrphanCount: 0,
    });
    // Each target's own status (MachineStatuses[].Status) leaves them out the same way.
    const orphanOnly = [
      onMachine([node('gone', 'Missing', 'InSync', { live: false, orphanedAt: 1 })]),
    ];
    expect(summarize(supported, orphanOnly, run(), at(60_000), iso)).toMatchObject({
      Status: 'Healthy',
      TotalOrphanCount: 1,
    });
  });

  it('is Waiting while the latest deployment runs, Unavailable after it failed or timed out', () => {
    const machines = [onMachine([node('front-end', 'Healthy')])];
    expect(summarize(supported, machines, run(), at(9_999), iso).Status).toBe('Waiting');
    expect(summarize(supported, machines, run('Failed'), at(60_000), iso).Status).toBe(
      'Unavailable',
    );
    expect(summarize(supported, machines, run('TimedOut'), at(60_000), iso).Status).toBe(
      'Unavailable',
    );
    expect(summarize(supported, machines, run('Canceled'), at(60_000), iso).Status).toBe('Healthy');
  });

  it('is Stale when a monitor went silent, Unknown when it cannot reach its cluster', () => {
    const healthy = [node('front-end', 'Healthy')];
    expect(
      summarize(
        supported,
        [onMachine(healthy, { kind: 'stale', since: 0 })],
        run(),
        at(60_000),
        iso,
      ),
    ).toMatchObject({ Status: 'Stale', HealthStatus: 'Stale' });
    expect(
      summarize(
        supported,
        [
          onMachine(healthy),
          onMachine(healthy, { kind: 'unreachable', message: 'dial tcp: i/o timeout' }),
        ],
        run(),
        at(60_000),
        iso,
      ),
    ).toMatchObject({ Status: 'Unknown', HealthStatus: 'Unknown', SyncStatus: 'Unknown' });
  });

  it('reads a Suspended application (a CronJob between runs) as Healthy unless out of sync', () => {
    const suspended = node('nightly', 'Suspended', 'InSync', { kind: 'CronJob' });
    expect(summarize(supported, [onMachine([suspended])], run(), at(60_000), iso).Status).toBe(
      'Healthy',
    );
    const drifted = node('nightly', 'Suspended', 'OutOfSync', { kind: 'CronJob' });
    expect(summarize(supported, [onMachine([drifted])], run(), at(60_000), iso).Status).toBe(
      'OutOfSync',
    );
  });

  it('answers NotSupported, as a real server does, for a project with no monitored Kubernetes step', () => {
    expect(summarize({ supportsLiveStatus: false }, [], run(), at(60_000), iso)).toEqual({
      Status: 'NotSupported',
      HealthStatus: 'NotSupported',
      SyncStatus: 'NotApplicable',
      LastUpdated: '1970-01-01T00:00:00+00:00',
      TotalOrphanCount: 0,
    });
  });
});
