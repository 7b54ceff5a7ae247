/** The deployment page's tabs; the URL holds the id (`?tab=kubernetes`), the log is the default. */
export type DeploymentTab = 'log' | 'kubernetes';

export const DEPLOYMENT_TAB_PARAM = 'tab';
export const OBJECT_PARAM = 'object';

export function parseDeploymentTab(value: string | null): DeploymentTab {
  return value === 'kubernetes' ? 'kubernetes' : 'log';
}

/**
 * Whether this deployment has a Kubernetes tab: `yes` once a step has applied objects, `no` when
 * none did and none will (the task completed, or the server has no object status at all), and
 * `unknown` until then.
 */
export type KubernetesAvailability = 'yes' | 'no' | 'unknown';

export function kubernetesAvailability({
  stepCount,
  loaded,
  unsupported,
  taskCompleted,
}: {
  /** Steps in the object status response; 0 before it loads. */
  stepCount: number;
  loaded: boolean;
  /** The server answered 404: it has no object status endpoint (or not for this task). */
  unsupported: boolean;
  taskCompleted: boolean;
}): KubernetesAvailability {
  if (stepCount > 0) return 'yes';
  if (unsupported) return 'no';
  if (!loaded) return 'unknown';
  return taskCompleted ? 'no' : 'unknown';
}

/**
 * The tabs to offer and the one to show. The Kubernetes tab is offered when the deployment has
 * Kubernetes steps, and also while that is not known yet if the URL asks for it (a shared link
 * keeps its tab while the page loads).
 */
export function resolveDeploymentTabs(
  requested: DeploymentTab,
  kubernetes: KubernetesAvailability,
): { tabs: DeploymentTab[]; selected: DeploymentTab } {
  const offerKubernetes =
    kubernetes === 'yes' || (kubernetes === 'unknown' && requested === 'kubernetes');
  return offerKubernetes
    ? { tabs: ['log', 'kubernetes'], selected: requested }
    : { tabs: ['log'], selected: 'log' };
}
