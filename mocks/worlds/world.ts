import type { ProcessStep } from './process-step';

/**
 * The shape of a simulated world: the Octopus side (space, environments, projects, tenants,
 * targets, releases, deployments) and the events that happen in its clusters. A world is plain
 * data, built from a seed; what the clusters look like at any moment is computed from it.
 *
 * Times are virtual milliseconds relative to the scenario start (negative = before it).
 */
export interface World {
  name: WorldName;
  seed: number;
  space: { id: string; name: string };
  environments: readonly WorldEnvironment[];
  projectGroups: readonly WorldProjectGroup[];
  projects: readonly WorldProject[];
  tenants: readonly WorldTenant[];
  machines: readonly WorldMachine[];
  releases: readonly WorldRelease[];
  applications: readonly WorldApplication[];
}

export type WorldName = 'demo' | 'large';

export interface WorldEnvironment {
  id: string;
  name: string;
  slug: string;
}

export interface WorldProjectGroup {
  id: string;
  name: string;
}

export interface WorldProject {
  id: string;
  name: string;
  slug: string;
  projectGroupId: string;
  tenanted: boolean;
  steps: readonly ProcessStep[];
}

export interface WorldTenant {
  id: string;
  name: string;
  slug: string;
  /** Project id -> environment ids the tenant is connected to. */
  projectEnvironments: Readonly<Record<string, readonly string[]>>;
}

/** How a deployment target's Kubernetes monitor behaves. */
export type MonitorBehaviour =
  | { kind: 'connected' }
  /** The monitor reports, but cannot reach the cluster's API: every object is Unknown. */
  | { kind: 'cluster-unreachable'; since: number; message: string }
  /** The monitor stopped reporting at `since`: Stale after 10 minutes. */
  | { kind: 'silent'; since: number };

export interface WorldMachine {
  id: string;
  name: string;
  environmentId: string;
  monitor: MonitorBehaviour;
}

export interface WorldRelease {
  id: string;
  projectId: string;
  version: string;
  assembledAt: number;
}

/** How the Pods of a new ReplicaSet behave once created. */
export type PodBehaviour =
  | { kind: 'healthy' }
  /** The image cannot be pulled: the Pod stays Pending in ImagePullBackOff. */
  | { kind: 'image-pull-backoff' }
  /** The container starts and exits: CrashLoopBackOff, restarts growing. */
  | { kind: 'crash-loop'; exitCode: number; reason: 'Error' | 'OOMKilled'; logTail: string }
  /** The container runs but its readiness probe fails until `readyAt`. */
  | { kind: 'slow-ready'; readyAt: number };

export interface WorldDeployment {
  id: string;
  taskId: string;
  releaseId: string;
  version: string;
  queuedAt: number;
  /** When the task started executing. */
  startedAt: number;
  /**
   * When a user pressed Cancel (null: nobody did). The step running then stops and the task ends
   * Canceled; a cancel after the task completed changes nothing. How a task ends otherwise comes
   * from its steps: Failed when objects stay in error past a step's timeout or a Job fails, Timed
   * out when a step's timeout expires while its objects are still progressing.
   */
  canceledAt: number | null;
  /** How the Pods of this release behave. */
  podBehaviour: PodBehaviour;
  /** Seconds from a Pod's creation to Ready, and between Pods of one rollout. */
  podBootSeconds: number;
  podStaggerSeconds: number;
  /** Jobs whose Pod exits non-zero in this deployment (a failing smoke test). */
  failingJobs: readonly string[];
}

/** Something that happens in a cluster outside any deployment. */
export type Incident =
  /** `kubectl rollout restart`: a new ReplicaSet whose Pods behave as given. */
  | { kind: 'rollout-restart'; at: number; deployment: string; podBehaviour: PodBehaviour }
  /** `kubectl scale`: replicas changed by hand. */
  | { kind: 'scale'; at: number; deployment: string; replicas: number }
  /** `kubectl delete`. */
  | { kind: 'delete'; at: number; objectKind: string; name: string }
  /** A Pod evicted (node drain): its ReplicaSet replaces it; the new Pod is Ready at `readyAt`. */
  | { kind: 'pod-evicted'; at: number; deployment: string; podIndex: number; readyAt: number }
  | OrphanDeletion;

/**
 * Someone chose Review & delete in Octopus for an orphaned object (one a later release stopped
 * deploying): a "Delete Kubernetes resources" task, queued at `at`, executing from `startedAt`
 * and ending at `endedAt` (null: still running) as `outcome`. Success deletes the object from the
 * cluster; any other outcome leaves it orphaned. Only an orphan can be deleted so: a request for
 * an object its release still deploys changes nothing.
 */
export interface OrphanDeletion {
  kind: 'orphan-deletion';
  at: number;
  objectKind: string;
  name: string;
  startedAt: number;
  endedAt: number | null;
  outcome: 'Success' | 'Failed' | 'TimedOut' | 'Canceled';
}

/** One project deployed to one environment (and tenant): what the live status pages show. */
export interface WorldApplication {
  key: string;
  projectId: string;
  environmentId: string;
  tenantId: string | null;
  namespace: string;
  machineIds: readonly string[];
  /** Oldest first. Empty for a cell that was never deployed. */
  deployments: readonly WorldDeployment[];
  incidents: readonly Incident[];
}

export function applicationKey(projectId: string, environmentId: string, tenantId: string | null) {
  return `${projectId}/${environmentId}/${tenantId ?? 'untenanted'}`;
}
