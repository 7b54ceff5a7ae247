import { objectHealth } from '../../kubernetes/health';
import { compareApplied } from '../../kubernetes/sync';
import type { KubeObject } from '../../kubernetes/types';
import type { ManifestContext, ProcessStep } from '../../worlds/process-step';
import type { TaskState } from '../../../src/api/contract/enums';
import { desiredObjects, droppedObjects, objectKey } from '../desired-objects';
import { uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import {
  desiredReplicas,
  rolloutTiming,
  seconds,
  timingFor,
  type DeploymentRun,
} from '../timeline';
import type { Incident, OrphanDeletion, WorldApplication, WorldProject } from '../../worlds/world';
import { clusterNodeNames } from '../workload-schedule';
import type { AppliedObject, Eviction, Revision } from './applied-object';
import { buildObject } from './builders';
import type { LiveNode, OrphanFacts } from './live-node';
import type { Timestamps } from './object-meta';

/** Everything needed to compute one application's cluster objects. */
export interface ClusterInput {
  seed: number;
  app: WorldApplication;
  project: WorldProject;
  runs: readonly DeploymentRun[];
  manifestContext: (version: string) => ManifestContext;
  iso: Timestamps;
}

const RESTART_TIMING = { bootMs: seconds(12), staggerMs: seconds(8) };

interface Application {
  run: DeploymentRun;
  appliedAt: number;
}

/** One application's cluster on one target, at one moment. */
interface ClusterScope {
  input: ClusterInput;
  /** Seeds every uid: stable per application and target. */
  identity: string;
  nodeNames: readonly string[];
  probe: TimeProbe;
}

/** One step's applies that the probe's moment has reached, oldest first. */
interface StepHistory {
  step: ProcessStep;
  applies: readonly Application[];
  first: Application;
  latest: Application;
}

/**
 * The objects of one application on one deployment target at the probe's moment: each object
 * applied by the latest deployment that reached its step, as the cluster made it, with the
 * incidents (deletions, scaling, restarts, evictions) that have happened since.
 */
export function buildCluster(input: ClusterInput, machineId: string, probe: TimeProbe): LiveNode[] {
  const scope: ClusterScope = {
    input,
    identity: `${input.app.key}|${machineId}`,
    nodeNames: clusterNodeNames(machineId),
    probe,
  };
  return input.project.steps.flatMap((step, stepIndex) => stepNodes(scope, step, stepIndex));
}

/** The objects a step applied, as they are now; none before the step first ran. */
function stepNodes(scope: ClusterScope, step: ProcessStep, stepIndex: number): LiveNode[] {
  if (step.type !== 'KubernetesYaml') return [];
  const { input, probe } = scope;
  const applies: Application[] = [];
  for (const run of input.runs) {
    const appliedAt = run.steps[stepIndex]?.appliedAt ?? null;
    if (appliedAt !== null && probe.reached(appliedAt)) applies.push({ run, appliedAt });
  }
  const latest = applies.at(-1);
  const first = applies[0];
  if (!latest || !first) return [];
  const history: StepHistory = { step, applies, first, latest };
  const current = desiredObjects(
    input.project.slug,
    step,
    input.manifestContext(latest.run.deployment.version),
  ).map((desired) => objectNode(scope, history, desired, null));
  return [...current, ...leftBehindNodes(scope, history)];
}

/**
 * The objects earlier applies of the step made that its latest apply leaves out. Octopus does not
 * delete what a release stops deploying: each stays as its last apply made it, still monitored,
 * and orphaned once a deployment that left it out succeeds, until someone deletes it (in Octopus,
 * or by hand). An object several applies made is one object, as the last of them left it.
 */
function leftBehindNodes(scope: ClusterScope, history: StepHistory): LiveNode[] {
  const { input, probe } = scope;
  const latestVersion = history.latest.run.deployment.version;
  const left = new Map<string, { desired: KubeObject; first: number; last: number }>();
  history.applies.forEach(({ run }, index) => {
    const dropped = droppedObjects(
      input.project.slug,
      history.step,
      input.manifestContext(run.deployment.version),
      latestVersion,
    );
    for (const desired of dropped) {
      const key = objectKey(desired);
      left.set(key, { desired, first: left.get(key)?.first ?? index, last: index });
    }
  });
  return [...left.values()].flatMap(({ desired, first, last }) => {
    const applies = history.applies.slice(first, last + 1);
    const firstApply = applies[0];
    const lastApply = applies.at(-1);
    if (!firstApply || !lastApply) return [];
    // Orphaned when the first deployment after its last apply that left it out succeeds.
    const orphaning = history.applies
      .slice(last + 1)
      .find(({ run }) => run.finalState === 'Success' && probe.reached(run.completedAt));
    const orphanedAt = orphaning?.run.completedAt ?? null;
    const deletion = orphanedAt === null ? null : deletionState(scope, desired, orphanedAt);
    // A deletion that succeeded took it out of the cluster, and so out of live status.
    if (deletion === 'Success') return [];
    const node = objectNode(
      scope,
      { step: history.step, applies, first: firstApply, latest: lastApply },
      desired,
      { orphanedAt, deletion },
    );
    // Deleted by hand: nothing asks for it any more, so nothing reports it Missing.
    return node.live === null ? [] : [node];
  });
}

/**
 * The state of the latest deletion Octopus was asked for, for an object orphaned at
 * `orphanedAt` (a request from before then was for an object Octopus still deployed, and was
 * skipped); null when nobody asked.
 */
function deletionState(
  scope: ClusterScope,
  desired: KubeObject,
  orphanedAt: number,
): TaskState | null {
  const { probe } = scope;
  let latest: OrphanDeletion | null = null;
  for (const incident of scope.input.app.incidents) {
    if (incident.kind !== 'orphan-deletion') continue;
    if (incident.objectKind !== desired.kind || incident.name !== desired.metadata.name) continue;
    if (incident.at < orphanedAt || !probe.reached(incident.at)) continue;
    if (latest === null || incident.at > latest.at) latest = incident;
  }
  if (latest === null) return null;
  if (!probe.reached(latest.startedAt)) return 'Queued';
  if (latest.endedAt === null || !probe.reached(latest.endedAt)) return 'Executing';
  return latest.outcome;
}

/** One applied object: missing if someone deleted it since, else as its kind's builder makes it. */
function objectNode(
  scope: ClusterScope,
  history: StepHistory,
  desired: KubeObject,
  orphan: OrphanFacts | null,
): LiveNode {
  const { input, identity, probe } = scope;
  const { app, seed } = input;
  const name = desired.metadata.name;
  const appliedAt = history.latest.appliedAt;
  const after = (incident: Incident) => incident.at > appliedAt && probe.reached(incident.at);
  const deleted = app.incidents.some(
    (incident) =>
      incident.kind === 'delete' &&
      incident.objectKind === desired.kind &&
      incident.name === name &&
      after(incident),
  );
  const base = {
    kind: desired.kind,
    apiVersion: desired.apiVersion,
    name,
    namespace: desired.metadata.namespace ?? null,
    desired,
    desiredResourceId: uidFor(seed, identity, 'desired', desired.kind, name),
    stepActionId: history.step.actionId,
    pod: null,
    orphan,
  };
  if (deleted) {
    const deletedAt = Math.max(
      ...app.incidents.flatMap((incident) =>
        incident.kind === 'delete' && incident.name === name ? [incident.at] : [],
      ),
    );
    return {
      ...base,
      live: null,
      health: { status: 'Missing', message: null },
      sync: compareApplied(desired, undefined),
      changedAt: deletedAt,
      uid: null,
      children: [],
    };
  }
  const built = buildObject(appliedObject(scope, history, desired), probe, input.iso);
  return {
    ...base,
    live: built.live,
    health: objectHealth(built.live),
    sync: compareApplied(desired, built.live),
    changedAt: built.changedAt,
    uid: built.uid,
    children: built.children,
  };
}

/** What a builder gets: the manifest, its applies, and (for workloads) its rollout on demand. */
function appliedObject(
  scope: ClusterScope,
  history: StepHistory,
  desired: KubeObject,
): AppliedObject {
  const { input, identity, nodeNames, probe } = scope;
  const { incidents } = input.app;
  const name = desired.metadata.name;
  const appliedAt = history.latest.appliedAt;
  return {
    desired,
    identity,
    seed: input.seed,
    appliedAt,
    firstAppliedAt: history.first.appliedAt,
    nodeNames,
    jobFails: history.latest.run.deployment.failingJobs.includes(name),
    rollout: () => ({
      revisions: revisionsOf(desired, history.step, history.applies, incidents, probe, input),
      ...replicasOf(desired, appliedAt, incidents, probe),
      evictions: incidents.flatMap((incident): Eviction[] =>
        incident.kind === 'pod-evicted' && incident.deployment === name ? [incident] : [],
      ),
    }),
  };
}

/** Each apply with a new Pod template, and each `rollout restart`, makes a ReplicaSet. */
function revisionsOf(
  desired: KubeObject,
  step: ProcessStep,
  applies: readonly Application[],
  incidents: readonly Incident[],
  probe: TimeProbe,
  input: ClusterInput,
): Revision[] {
  const revisions: Revision[] = [];
  for (const { run, appliedAt } of applies) {
    const key = `v${run.deployment.version}`;
    if (revisions.at(-1)?.key === key) continue;
    const applied = desiredObjects(
      input.project.slug,
      step,
      input.manifestContext(run.deployment.version),
    ).find(
      (object) => object.kind === desired.kind && object.metadata.name === desired.metadata.name,
    );
    revisions.push({
      at: appliedAt,
      key,
      timing: timingFor(applied ?? desired, rolloutTiming(run.deployment), run.deployment.version),
      replicas: desiredReplicas(applied ?? desired),
      restartedAt: null,
    });
  }
  for (const incident of incidents) {
    if (incident.kind !== 'rollout-restart' || incident.deployment !== desired.metadata.name)
      continue;
    if (!probe.reached(incident.at)) continue;
    revisions.push({
      at: incident.at,
      key: `restart@${String(incident.at)}`,
      timing: { behaviour: incident.podBehaviour, ...RESTART_TIMING },
      replicas: desiredReplicas(desired),
      restartedAt: incident.at,
    });
  }
  return revisions.sort((a, b) => a.at - b.at);
}

/** Replicas as applied, unless someone scaled the Deployment by hand since. */
function replicasOf(
  desired: KubeObject,
  appliedAt: number,
  incidents: readonly Incident[],
  probe: TimeProbe,
): { replicas: number; scaledAt: number | null } {
  let replicas = desiredReplicas(desired);
  let scaledAt: number | null = null;
  for (const incident of incidents) {
    if (incident.kind !== 'scale' || incident.deployment !== desired.metadata.name) continue;
    if (incident.at <= appliedAt || !probe.reached(incident.at)) continue;
    if (scaledAt === null || incident.at > scaledAt) {
      replicas = incident.replicas;
      scaledAt = incident.at;
    }
  }
  return { replicas, scaledAt };
}
