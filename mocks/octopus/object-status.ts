import { stringify } from 'yaml';
import type { StepObject, StepObjectManifest, TaskObjectStatus } from '../../src/api/contract';
import { apiVersionOf, apiGroupOf, isKind } from '../kubernetes/types';
import type { ApplicationModel } from '../engine/application-state';
import type { LiveNode } from '../engine/cluster/live-node';
import type { Timestamps } from '../engine/cluster/object-meta';
import type { TimeProbe } from '../engine/time-probe';
import { formatDuration } from './tasks';
import type { DeploymentRun, StepRun } from '../engine/timeline';
import type { WorldMachine } from '../worlds/world';

type Status = StepObject['Status'];
type Data = StepObject['Data'];

/** The deployment-time status of an object: the seeds' four values, from its health. */
function objectStatus(node: LiveNode, timedOut: boolean): Status {
  const health = node.live === null ? 'Missing' : (node.health?.status ?? 'Healthy');
  if (health === 'Healthy' || health === 'Suspended') return 'Successful';
  if (health === 'Degraded') return 'Failed';
  return timedOut ? 'TimedOut' : 'InProgress';
}

/** The columns each kind shows on the Kubernetes tab. */
function kindData(node: LiveNode): Data {
  const live = node.live;
  if (!live) return {};
  if (isKind(live, 'Deployment')) {
    const want = live.spec?.replicas ?? 1;
    return {
      UpToDate: live.status?.updatedReplicas ?? 0,
      Ready: `${String(live.status?.readyReplicas ?? 0)}/${String(want)}`,
      Available: live.status?.availableReplicas ?? 0,
    };
  }
  if (isKind(live, 'StatefulSet')) {
    return {
      Ready: `${String(live.status?.readyReplicas ?? 0)}/${String(live.spec?.replicas ?? 1)}`,
    };
  }
  if (isKind(live, 'DaemonSet')) {
    return {
      Desired: live.status?.desiredNumberScheduled ?? 0,
      Current: live.status?.currentNumberScheduled ?? 0,
      Ready: live.status?.numberReady ?? 0,
      UpToDate: live.status?.updatedNumberScheduled ?? 0,
      Available: live.status?.numberAvailable ?? 0,
    };
  }
  if (isKind(live, 'ReplicaSet')) {
    return {
      Desired: live.spec?.replicas ?? 0,
      Current: live.status?.replicas ?? 0,
      Ready: live.status?.readyReplicas ?? 0,
    };
  }
  if (isKind(live, 'Pod')) {
    const statuses = live.status?.containerStatuses ?? [];
    const waiting = statuses.find((status) => status.state?.waiting)?.state?.waiting?.reason;
    const terminated = statuses.find((status) => status.state?.terminated)?.state?.terminated
      ?.reason;
    return {
      Ready: `${String(statuses.filter((status) => status.ready).length)}/${String(statuses.length)}`,
      Restarts: statuses.reduce((sum, status) => sum + status.restartCount, 0),
      Status: waiting ?? terminated ?? live.status?.phase ?? 'Unknown',
    };
  }
  if (isKind(live, 'Service')) {
    const ingress = live.status?.loadBalancer?.ingress?.[0];
    return {
      Type: live.spec?.type ?? 'ClusterIP',
      ClusterIP: live.spec?.clusterIP ?? null,
      ExternalIP: ingress?.ip ?? ingress?.hostname ?? null,
      Ports: (live.spec?.ports ?? [])
        .map((port) => `${String(port.port)}/${port.protocol ?? 'TCP'}`)
        .join(', '),
    };
  }
  if (isKind(live, 'Job')) {
    const start = live.status?.startTime;
    const end = live.status?.completionTime;
    return {
      Completions: `${String(live.status?.succeeded ?? 0)}/${String(live.spec?.completions ?? 1)}`,
      Duration: start && end ? formatDuration(Date.parse(end) - Date.parse(start)) : null,
    };
  }
  return {};
}

function toStepObject(
  node: LiveNode,
  machineId: string,
  timedOut: boolean,
  topLevel: boolean,
): StepObject {
  return {
    Uuid: node.uid ?? node.desiredResourceId ?? `${node.kind}/${node.name}`,
    Group: apiGroupOf(node.apiVersion),
    Version: apiVersionOf(node.apiVersion),
    Kind: node.kind,
    Name: node.name,
    Namespace: node.namespace,
    MachineId: machineId,
    Status: objectStatus(node, timedOut),
    Data: kindData(node),
    Children: node.children.map((child) => toStepObject(child, machineId, timedOut, false)),
    ManifestAvailable: topLevel,
  };
}

function stepStatus(stepRun: StepRun, probe: TimeProbe): Status {
  if (stepRun.failedAt !== null && probe.reached(stepRun.failedAt))
    return stepRun.outcome === 'TimedOut' ? 'TimedOut' : 'Failed';
  if (stepRun.readyAt !== null && probe.reached(stepRun.readyAt)) return 'Successful';
  return 'InProgress';
}

/**
 * A deployment's Kubernetes tab: per step that applies objects, the objects as they were while
 * the step ran, live until its stabilization period ends and a snapshot from then on.
 */
export function toTaskObjectStatus(
  model: ApplicationModel,
  run: DeploymentRun,
  machines: readonly WorldMachine[],
  probe: TimeProbe,
  iso: Timestamps,
): TaskObjectStatus {
  const steps = run.steps.flatMap((stepRun) => {
    const { step, startedAt, appliedAt, endedAt, failedAt } = stepRun;
    if (step.type !== 'KubernetesYaml' || startedAt === null || !probe.reached(startedAt))
      return [];
    const snapshot = endedAt !== null && probe.reached(endedAt);
    const at = snapshot ? endedAt : probe.now;
    const timedOut = failedAt !== null && at >= failedAt;
    const applied = appliedAt !== null && at >= appliedAt;
    const resources =
      step.verifiesObjects && applied
        ? machines.flatMap((machine) =>
            model
              .clusterAt(machine.id, at, snapshot ? `snapshot@${String(at)}` : 'now')
              // What the step applied: not what an earlier release left behind.
              .filter((node) => node.stepActionId === step.actionId && node.orphan === null)
              .map((node) => toStepObject(node, machine.id, timedOut, true)),
          )
        : [];
    return [
      {
        ActionId: step.actionId,
        StepName: step.name,
        Status: stepStatus(stepRun, probe),
        VerifiesObjects: step.verifiesObjects,
        IsLive: !snapshot,
        SnapshotTakenAt: snapshot ? iso(endedAt) : null,
        Resources: resources,
      },
    ];
  });
  return { Steps: steps };
}

/** The manifest a step applied for one of its objects, found as the step's table shows it. */
export function toStepObjectManifest(
  model: ApplicationModel,
  run: DeploymentRun,
  machines: readonly WorldMachine[],
  actionId: string,
  uuid: string,
  probe: TimeProbe,
): StepObjectManifest | null {
  const stepRun = run.steps.find((candidate) => candidate.step.actionId === actionId);
  if (!stepRun?.appliedAt || !probe.reached(stepRun.appliedAt)) return null;
  const snapshot = stepRun.endedAt !== null && probe.reached(stepRun.endedAt);
  const at = snapshot && stepRun.endedAt !== null ? stepRun.endedAt : probe.now;
  for (const machine of machines) {
    const nodes = model.clusterAt(machine.id, at, snapshot ? `snapshot@${String(at)}` : 'now');
    const node = nodes.find(
      (candidate) =>
        candidate.stepActionId === actionId &&
        candidate.orphan === null &&
        (candidate.uid === uuid || candidate.desiredResourceId === uuid),
    );
    if (node?.desired) {
      return {
        Kind: node.kind,
        Name: node.name,
        Namespace: node.namespace,
        AppliedManifest: stringify(node.desired, { lineWidth: 0 }),
      };
    }
  }
  return null;
}
