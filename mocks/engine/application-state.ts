import type { HealthStatus, SyncStatus } from '../../src/api/contract/enums';
import { buildCluster, type ClusterInput } from './cluster/build-cluster';
import type { LiveNode } from './cluster/live-node';
import type { Timestamps } from './cluster/object-meta';
import { TimeCache } from './time-cache';
import type { TimeProbe } from './time-probe';
import { minutes, planDeployment, type DeploymentRun } from './timeline';
import type { World, WorldApplication, WorldMachine, WorldProject } from '../worlds/world';

export const STALE_AFTER = minutes(10);
const HEARTBEAT_PERIOD = 5000;

export type MachineView =
  { kind: 'live' } | { kind: 'unreachable'; message: string } | { kind: 'stale'; since: number };

/** One application's objects on one target, as the monitor reports them now. */
export interface MachineState {
  machine: WorldMachine;
  view: MachineView;
  /** Top-level objects with their children. */
  nodes: readonly LiveNode[];
  /** The monitor's last report. */
  lastReportAt: number;
}

/** Everything derived about one application: its deployments on paper, and its cluster over time. */
export class ApplicationModel {
  readonly runs: readonly DeploymentRun[];
  readonly clusterInput: ClusterInput;
  private readonly clusters = new TimeCache<readonly LiveNode[]>();

  constructor(
    readonly world: World,
    readonly app: WorldApplication,
    readonly project: WorldProject,
    iso: Timestamps,
  ) {
    const environment = world.environments.find((entry) => entry.id === app.environmentId);
    const tenant = world.tenants.find((entry) => entry.id === app.tenantId);
    const context = {
      environment: environment?.slug ?? 'unknown',
      namespace: app.namespace,
      tenant: tenant?.slug ?? null,
    };
    const runs: DeploymentRun[] = [];
    for (const deployment of app.deployments) {
      runs.push(planDeployment(project.slug, project.steps, deployment, context, runs));
    }
    this.runs = runs;
    this.clusterInput = {
      seed: world.seed,
      app,
      project,
      runs: this.runs,
      manifestContext: (version) => ({ ...context, version }),
      iso,
    };
  }

  get supportsLiveStatus(): boolean {
    return this.project.steps.some((step) => step.type === 'KubernetesYaml');
  }

  /**
   * The cluster as it is at `at`, cached while nothing changes. `view` separates the moving
   * present from fixed moments (snapshots) so they do not evict each other.
   */
  clusterAt(machineId: string, at: number, view = 'now'): readonly LiveNode[] {
    return this.clusters.get(`${machineId}|${view}`, at, (probe) =>
      buildCluster(this.clusterInput, machineId, probe),
    );
  }

  /** The latest deployment queued by the probe's moment. */
  latestRun(probe: TimeProbe): DeploymentRun | null {
    let latest: DeploymentRun | null = null;
    for (const run of this.runs) if (probe.reached(run.deployment.queuedAt)) latest = run;
    return latest;
  }

  machineState(machine: WorldMachine, probe: TimeProbe): MachineState {
    const monitor = machine.monitor;
    const heartbeat = (since: number) =>
      since + probe.periodsSince(since, HEARTBEAT_PERIOD) * HEARTBEAT_PERIOD;
    if (monitor.kind === 'silent' && probe.reached(monitor.since)) {
      const stale = probe.reached(monitor.since + STALE_AFTER);
      return {
        machine,
        view: stale ? { kind: 'stale', since: monitor.since } : { kind: 'live' },
        nodes: this.clusterAt(machine.id, monitor.since, 'monitor-silent'),
        lastReportAt: monitor.since,
      };
    }
    if (monitor.kind === 'cluster-unreachable' && probe.reached(monitor.since)) {
      return {
        machine,
        view: { kind: 'unreachable', message: monitor.message },
        nodes: this.clusterAt(machine.id, monitor.since, 'monitor-unreachable'),
        lastReportAt: heartbeat(monitor.since),
      };
    }
    return {
      machine,
      view: { kind: 'live' },
      nodes: this.clusterAt(machine.id, probe.now),
      lastReportAt: heartbeat(-HEARTBEAT_PERIOD * 1000),
    };
  }
}

/** What a top-level object contributes to its application's health. */
export function nodeHealth(node: LiveNode, view: MachineView): HealthStatus {
  if (view.kind === 'unreachable') return 'Unknown';
  if (view.kind === 'stale') return 'Stale';
  if (node.live === null) return 'Missing';
  return node.health?.status ?? 'Healthy';
}

/**
 * Whether Octopus has stopped expecting a top-level object (a later release left it out): the
 * monitor reports it Orphaned, and it counts toward neither the application's health nor its sync.
 */
export function isOrphaned(node: LiveNode): boolean {
  return node.orphan !== null && node.orphan.orphanedAt !== null;
}

export function nodeSync(node: LiveNode, view: MachineView): SyncStatus {
  // An orphan is Orphaned even when its cluster cannot be read: there is nothing to compare.
  if (isOrphaned(node)) return 'Orphaned';
  if (view.kind === 'unreachable') return 'Unknown';
  return node.sync?.status ?? 'NotApplicable';
}
