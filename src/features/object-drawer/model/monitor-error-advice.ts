/**
 * What to do about a MonitorError, by its code. The monitor-side advice follows the Kubernetes
 * Live Object Status docs: the Kubernetes Monitor is a component of the Kubernetes agent, its
 * status is on the agent target's Connectivity page, and an agent installed before the monitor
 * existed needs upgrading with it enabled.
 */
const CHECK_MONITOR =
  'Check the Kubernetes Monitor on the Connectivity page of this Kubernetes agent deployment target. ' +
  'The monitor is part of the Kubernetes agent: if the agent was installed without it, upgrade the agent with ' +
  'the Kubernetes Monitor enabled (kubernetesMonitor.enabled=true in its Helm release).';

const adviceByCode: Record<string, string> = {
  MonitorUnavailable: CHECK_MONITOR,
  MonitorNotConnected: CHECK_MONITOR,
  ClusterUnreachable:
    'The monitor runs inside the cluster; check that the cluster and the agent are up, then ' +
    'check the Kubernetes Monitor on the Connectivity page of this deployment target.',
  ObjectNotFound:
    'The object is not in the cluster any more: it may have been deleted, or replaced by a new one. ' +
    'Objects changed by script steps or runbooks are not monitored; deploy a release to put it back.',
  PodNotFound:
    'The Pod has gone, usually replaced by a new one during a rollout. Refresh to pick a current Pod.',
  ContainerNotFound: 'This Pod has no container by that name. Pick another container.',
  PreviousContainerNotFound:
    'The container has not restarted, so there is no previous container to read. Turn off "Previous container".',
  ContainerNotStarted:
    'The container has not started, so it has written no logs yet. The Events tab usually says why (for example ImagePullBackOff).',
  NotAPod: 'Only Pods have container logs: open one of this object’s Pods.',
};

/** The troubleshooting advice to show under a MonitorError's message. */
export function monitorErrorAdvice(code: string): string {
  return adviceByCode[code] ?? CHECK_MONITOR;
}
