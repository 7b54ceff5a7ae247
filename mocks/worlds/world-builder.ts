import { randomFor } from '../engine/random';
import { hours, minutes, seconds } from '../engine/timeline';
import type {
  Incident,
  PodBehaviour,
  WorldApplication,
  WorldDeployment,
  WorldRelease,
} from './world';

/** A deployment as a world describes it, before ids are handed out. */
export interface DeploymentPlan {
  releaseIndex: number;
  queuedAt: number;
  /** Defaults to 30 s after queuing. */
  startedAt?: number;
  /** When a user pressed Cancel, if anyone did. */
  canceledAt?: number;
  podBehaviour?: PodBehaviour;
  podBootSeconds?: number;
  podStaggerSeconds?: number;
  failingJobs?: readonly string[];
}

/** When a planned deployment's task starts executing. */
export function plannedStart(plan: DeploymentPlan): number {
  return plan.startedAt ?? plan.queuedAt + seconds(30);
}

export interface ApplicationPlan {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
  namespace: string;
  machineIds: readonly string[];
  deployments: readonly DeploymentPlan[];
  incidents?: readonly Incident[];
}

/**
 * The usual history of an application: each release reaches the environment a while after it was
 * assembled (later environments later), up to `latestRelease`.
 */
export function routineHistory(
  seed: number,
  key: string,
  releases: readonly WorldRelease[],
  environmentIndex: number,
  latestRelease: number,
): DeploymentPlan[] {
  const random = randomFor(seed, 'history', key);
  const plans: DeploymentPlan[] = [];
  for (let index = 0; index <= latestRelease; index++) {
    const release = releases[index];
    if (!release) break;
    const delay = hours(2 + environmentIndex * 20) + minutes(Math.floor(random() * 240));
    plans.push({ releaseIndex: index, queuedAt: release.assembledAt + delay });
  }
  return plans;
}

/** Hands out Octopus ids (Deployments-n, ServerTasks-n) in the order deployments were queued. */
export function materializeApplications(
  plans: readonly ApplicationPlan[],
  releasesOf: (projectId: string) => readonly WorldRelease[],
  applicationKey: (plan: ApplicationPlan) => string,
  firstId = 1,
): WorldApplication[] {
  const queue = plans.flatMap((plan, planIndex) =>
    plan.deployments.map((deployment, order) => ({ planIndex, order, deployment })),
  );
  queue.sort((a, b) => a.deployment.queuedAt - b.deployment.queuedAt || a.planIndex - b.planIndex);
  const deployments = plans.map((): WorldDeployment[] => []);
  queue.forEach(({ planIndex, deployment }, index) => {
    const plan = plans[planIndex];
    const release = plan ? releasesOf(plan.projectId)[deployment.releaseIndex] : undefined;
    if (!plan || !release) throw new Error(`No release ${String(deployment.releaseIndex)}`);
    const id = String(firstId + index);
    deployments[planIndex]?.push({
      id: `Deployments-${id}`,
      taskId: `ServerTasks-${id}`,
      releaseId: release.id,
      version: release.version,
      queuedAt: deployment.queuedAt,
      startedAt: plannedStart(deployment),
      canceledAt: deployment.canceledAt ?? null,
      podBehaviour: deployment.podBehaviour ?? { kind: 'healthy' },
      podBootSeconds: deployment.podBootSeconds ?? 8,
      podStaggerSeconds: deployment.podStaggerSeconds ?? 5,
      failingJobs: deployment.failingJobs ?? [],
    });
  });
  return plans.map((plan, index) => ({
    key: applicationKey(plan),
    projectId: plan.projectId,
    environmentId: plan.environmentId,
    tenantId: plan.tenantId,
    namespace: plan.namespace,
    machineIds: plan.machineIds,
    deployments: (deployments[index] ?? []).sort((a, b) => a.queuedAt - b.queuedAt),
    incidents: plan.incidents ?? [],
  }));
}
