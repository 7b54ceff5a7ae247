import type { ApplicationLiveStatus } from '../../../api/contract';

/** The deployment page's tabs; the URL holds the id (`?tab=kubernetes`), the log is the default. */
export type DeploymentTab = 'log' | 'kubernetes';

export const DEPLOYMENT_TAB_PARAM = 'tab';
export const OBJECT_PARAM = 'object';

export function parseDeploymentTab(value: string | null): DeploymentTab {
  return value === 'kubernetes' ? 'kubernetes' : 'log';
}

/**
 * Whether this deployment has a Kubernetes tab: `yes` once a step has applied objects, `no` when
 * none did and none will (the task completed), and `unknown` until then.
 *
 * A server without task object status (a real Octopus Server keeps it private) cannot say which
 * objects the steps applied. The tab is then offered when the application has live status: it
 * says what it needs and shows that instead. It is left out when the application has none (a
 * project without Kubernetes steps).
 */
export type KubernetesAvailability = 'yes' | 'no' | 'unknown';

/** Whether the deployment's application has live status: asked only without object status. */
export type ApplicationLiveStatusPresence = 'some' | 'none' | 'unknown';

/** False for an application that cannot produce live status (`NotSupported`: no monitored steps). */
export function hasLiveStatus(status: ApplicationLiveStatus): boolean {
  const { Status, HealthStatus } = status.Summary;
  return Status !== 'NotSupported' && HealthStatus !== 'NotSupported';
}

/** What a loaded (or not yet loaded) application live status says about the tab. */
export function applicationLiveStatusPresence(
  status: ApplicationLiveStatus | undefined,
): ApplicationLiveStatusPresence {
  if (status === undefined) return 'unknown';
  return hasLiveStatus(status) ? 'some' : 'none';
}

export function kubernetesAvailability({
  stepCount,
  loaded,
  objectStatusUnavailable,
  applicationLiveStatus,
  taskCompleted,
}: {
  /** Steps in the object status response; 0 before it loads. */
  stepCount: number;
  loaded: boolean;
  /** The server has no task object status (it answered 404, 405 or 501). */
  objectStatusUnavailable: boolean;
  applicationLiveStatus: ApplicationLiveStatusPresence;
  taskCompleted: boolean;
}): KubernetesAvailability {
  if (stepCount > 0) return 'yes';
  if (objectStatusUnavailable) {
    if (applicationLiveStatus === 'some') return 'yes';
    return applicationLiveStatus === 'none' ? 'no' : 'unknown';
  }
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
