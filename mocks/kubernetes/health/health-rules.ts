import { apiServiceHealth } from './api-service-health';
import { cronJobHealth } from './cron-job-health';
import { daemonSetHealth } from './daemon-set-health';
import { deploymentHealth } from './deployment-health';
import type { HealthRule } from './health-rule';
import { horizontalPodAutoscalerHealth } from './horizontal-pod-autoscaler-health';
import { ingressHealth } from './ingress-health';
import { jobHealth } from './job-health';
import { persistentVolumeClaimHealth } from './persistent-volume-claim-health';
import { podHealth } from './pod-health';
import { replicaSetHealth } from './replica-set-health';
import { serviceHealth } from './service-health';
import { statefulSetHealth } from './stateful-set-health';
import { workflowHealth } from './workflow-health';

/** API group -> kind -> rule. Every group and kind here has tests of its own. */
type HealthRuleTable = Readonly<Record<string, Readonly<Record<string, HealthRule>>>>;

/**
 * The kinds with a health rule: those of gitops-engine's `pkg/health` (its GetHealthCheckFunc,
 * whose rules Argo CD now ships as `resource_customizations/<group>/<kind>/health.lua`), plus
 * batch/CronJob from Argo CD's own customizations. The API version does not matter, except to
 * the HorizontalPodAutoscaler, which keeps its conditions in different places.
 */
export const healthRules = {
  '': {
    Pod: podHealth,
    Service: serviceHealth,
    PersistentVolumeClaim: persistentVolumeClaimHealth,
  },
  apps: {
    Deployment: deploymentHealth,
    StatefulSet: statefulSetHealth,
    ReplicaSet: replicaSetHealth,
    DaemonSet: daemonSetHealth,
  },
  batch: { Job: jobHealth, CronJob: cronJobHealth },
  'networking.k8s.io': { Ingress: ingressHealth },
  extensions: { Ingress: ingressHealth },
  autoscaling: { HorizontalPodAutoscaler: horizontalPodAutoscalerHealth },
  'apiregistration.k8s.io': { APIService: apiServiceHealth },
  'argoproj.io': { Workflow: workflowHealth },
} as const satisfies HealthRuleTable;

/** The rule for a group and kind, or null; names like "constructor" are not rules. */
export function healthRuleFor(group: string, kind: string): HealthRule | null {
  const table: HealthRuleTable = healthRules;
  if (!Object.hasOwn(table, group)) return null;
  const kinds = table[group];
  if (kinds === undefined || !Object.hasOwn(kinds, kind)) return null;
  return kinds[kind] ?? null;
}
