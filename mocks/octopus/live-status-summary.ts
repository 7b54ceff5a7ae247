import type { ApplicationStatus, LiveStatusSummaryBody, SyncStatus } from '../../src/api/contract';
import {
  isOrphaned,
  nodeHealth,
  nodeSync,
  type ApplicationModel,
  type MachineState,
} from '../engine/application-state';
import type { Timestamps } from '../engine/cluster/object-meta';
import type { TimeProbe } from '../engine/time-probe';
import type { DeploymentRun } from '../engine/timeline';
import { worstHealth } from '../kubernetes/health';

/**
 * The application's status, as Octopus defines it: the worst health of the top-level
 * objects, OutOfSync over Healthy, and the deployment-derived states over both. Orphans (objects
 * a later release stopped deploying) count toward neither health nor sync (Octopus issue
 * #10165): they are counted apart, in `TotalOrphanCount`.
 */
export function summarize(
  model: Pick<ApplicationModel, 'supportsLiveStatus'>,
  machines: readonly MachineState[],
  latest: Pick<DeploymentRun, 'completedAt' | 'finalState'>,
  probe: TimeProbe,
  iso: Timestamps,
): LiveStatusSummaryBody {
  if (!model.supportsLiveStatus) {
    // What a real server answers for a project with no monitored Kubernetes step.
    return {
      Status: 'NotSupported',
      HealthStatus: 'NotSupported',
      SyncStatus: 'NotApplicable',
      LastUpdated: '1970-01-01T00:00:00+00:00',
      TotalOrphanCount: 0,
    };
  }
  const all = machines.flatMap((state) => state.nodes.map((node) => ({ node, state })));
  const topLevel = all.filter(({ node }) => !isOrphaned(node));
  const orphanCount = all.length - topLevel.length;
  const health =
    worstHealth(topLevel.map(({ node, state }) => nodeHealth(node, state.view))) ?? 'Healthy';
  const syncs = topLevel.map(({ node, state }) => ({ node, sync: nodeSync(node, state.view) }));
  const outOfSync = syncs.filter(({ sync }) => sync === 'OutOfSync');
  const syncStatus: SyncStatus =
    outOfSync.length > 0
      ? 'OutOfSync'
      : syncs.some(({ sync }) => sync === 'Unknown')
        ? 'Unknown'
        : 'InSync';
  const lastReport = Math.min(...machines.map((state) => state.lastReportAt));
  const running = !probe.reached(latest.completedAt);
  const failed = latest.finalState === 'Failed' || latest.finalState === 'TimedOut';
  const views = machines.map((state) => state.view.kind);

  let status: ApplicationStatus;
  if (running) status = 'Waiting';
  else if (failed) status = 'Unavailable';
  else if (views.includes('stale')) status = 'Stale';
  else if (views.includes('unreachable')) status = 'Unknown';
  else if (health === 'Suspended') status = syncStatus === 'OutOfSync' ? 'OutOfSync' : 'Healthy';
  else if (health === 'Healthy' && syncStatus === 'OutOfSync') status = 'OutOfSync';
  else status = health;

  const first = outOfSync[0];
  const syncMessage = first
    ? `${String(outOfSync.length)} of ${String(syncs.length)} objects out of sync: ${first.node.kind} ${first.node.name}${first.node.sync?.message ? ` (${first.node.sync.message})` : ''}${outOfSync.length > 1 ? ', ...' : ''}`
    : null;

  return {
    Status: status,
    HealthStatus: health,
    SyncStatus: syncStatus,
    SyncStatusMessage: syncMessage,
    LastUpdated: machines.length > 0 ? iso(lastReport) : null,
    TotalOrphanCount: orphanCount,
  };
}
