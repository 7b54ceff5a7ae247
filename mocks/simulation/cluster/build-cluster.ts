import { objectHealth } from '../../kubernetes/health';
import { compareApplied } from '../../kubernetes/sync';
import { isKind, type KubeObject } from '../../kubernetes/types';
import type { ManifestContext } from '../../world/processes/types';
import { desiredObjects, type ProcessStep } from '../desired-objects';
import { uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import {
  desiredReplicas,
  rolloutTiming,
  seconds,
  timingFor,
  type DeploymentRun,
} from '../timeline';
import type { Incident, WorldApplication, WorldProject } from '../world';
import { clusterNodeNames } from '../workload-schedule';
import { buildDeployment, type Eviction, type Revision } from './deployments';
import type { LiveNode } from './live-node';
import type { Timestamps } from './object-meta';
import { buildOtherObject } from './other-objects';
import { buildStatefulWorkload } from './stateful-workloads';

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

/**
 * The objects of one application on one deployment target at the probe's moment: each object
 * applied by the latest deployment that reached its step, as the cluster made it, with the
 * incidents (deletions, scaling, restarts, evictions) that have happened since.
 */
export function buildCluster(input: ClusterInput, machineId: string, probe: TimeProbe): LiveNode[] {
  const { app, project, runs, seed, iso } = input;
  const identity = `${app.key}|${machineId}`;
  const nodeNames = clusterNodeNames(machineId);
  const nodes: LiveNode[] = [];

  project.steps.forEach((step, stepIndex) => {
    if (step.type !== 'KubernetesYaml') return;
    const applies: Application[] = [];
    for (const run of runs) {
      const appliedAt = run.steps[stepIndex]?.appliedAt ?? null;
      if (appliedAt !== null && probe.reached(appliedAt)) applies.push({ run, appliedAt });
    }
    const latest = applies.at(-1);
    const first = applies[0];
    if (!latest || !first) return;
    const objects = desiredObjects(
      project.slug,
      step,
      input.manifestContext(latest.run.deployment.version),
    );

    for (const desired of objects) {
      const name = desired.metadata.name;
      const appliedAt = latest.appliedAt;
      const after = (incident: Incident) => incident.at > appliedAt && probe.reached(incident.at);
      const deleted = app.incidents.some(
        (incident) =>
          incident.kind === 'delete' &&
          incident.objectKind === desired.kind &&
          incident.name === name &&
          after(incident),
      );
      const desiredResourceId = uidFor(seed, identity, 'desired', desired.kind, name);
      const base = {
        kind: desired.kind,
        apiVersion: desired.apiVersion,
        name,
        namespace: desired.metadata.namespace ?? null,
        desired,
        desiredResourceId,
        stepActionId: step.actionId,
        pod: null,
      };
      if (deleted) {
        const deletedAt = Math.max(
          ...app.incidents.flatMap((incident) =>
            incident.kind === 'delete' && incident.name === name ? [incident.at] : [],
          ),
        );
        nodes.push({
          ...base,
          live: null,
          health: { status: 'Missing', message: null },
          sync: compareApplied(desired, undefined),
          changedAt: deletedAt,
          uid: null,
          children: [],
        });
        continue;
      }

      const built = isKind(desired, 'Deployment')
        ? buildDeployment(
            {
              desired,
              identity,
              seed,
              firstAppliedAt: first.appliedAt,
              revisions: revisionsOf(desired, step, applies, app.incidents, probe, input),
              ...replicasOf(desired, appliedAt, app.incidents, probe),
              evictions: app.incidents.flatMap((incident): Eviction[] =>
                incident.kind === 'pod-evicted' && incident.deployment === name ? [incident] : [],
              ),
              nodeNames,
            },
            probe,
            iso,
          )
        : isKind(desired, 'StatefulSet') || isKind(desired, 'DaemonSet')
          ? buildStatefulWorkload(
              {
                desired,
                identity,
                seed,
                firstAppliedAt: first.appliedAt,
                revisions: revisionsOf(desired, step, applies, app.incidents, probe, input),
                nodeNames,
              },
              probe,
              iso,
            )
          : buildOtherObject(
              {
                desired,
                identity,
                seed,
                appliedAt,
                firstAppliedAt: first.appliedAt,
                nodeNames,
                jobFails: latest.run.deployment.failingJobs.includes(name),
              },
              probe,
              iso,
            );
      nodes.push({
        ...base,
        live: built.live,
        health: objectHealth(built.live),
        sync: compareApplied(desired, built.live),
        changedAt: built.changedAt,
        uid: built.uid,
        children: built.children,
      });
    }
  });
  return nodes;
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
