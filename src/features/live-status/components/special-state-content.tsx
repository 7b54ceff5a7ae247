import { ButtonLink } from '../../../components/button/button';
import { RelativeTime } from '../../../components/relative-time/relative-time';
import { paths } from '../../../config/paths';
import { formatExactTime } from '../../../lib/relative-time';
import type { SpecialStateContent, SpecialStateProps } from './special-state-panel';
import styles from './special-state-panel.module.css';

/** The names of the targets in a given state, or of all targets when none is. */
function targetNames(
  { machines, machineNames }: SpecialStateProps,
  status: 'Unknown' | 'Stale',
): string {
  const affected = machines.filter((machine) => machine.Status === status);
  const names = (affected.length > 0 ? affected : machines).map(
    (machine) => machineNames.get(machine.MachineId) ?? machine.MachineId,
  );
  if (names.length === 0) return 'its deployment target';
  return names.length === 1 ? `the target ${names[0] ?? ''}` : `the targets ${names.join(', ')}`;
}

/** What the monitor itself said, from the first object that carries a message. */
function monitorMessage({ machines }: SpecialStateProps): string | null {
  for (const machine of machines) {
    for (const resource of machine.Resources) {
      if (resource.HealthStatusMessage) return resource.HealthStatusMessage;
    }
  }
  return null;
}

function deploymentLink({ context }: SpecialStateProps, label: string) {
  const deployment = context.latestDeployment;
  if (!deployment) return undefined;
  return (
    <ButtonLink variant="primary" to={paths.deployment(deployment.DeploymentId)}>
      {label}
    </ButtonLink>
  );
}

const monitorChecks = (
  <ol className={styles.checks}>
    <li>
      The deployment target is a Kubernetes agent with the <strong>Kubernetes monitor</strong>{' '}
      enabled. An agent installed before the monitor existed needs upgrading: a Helm upgrade of the
      agent that sets <code>kubernetesMonitor.enabled=true</code>.
    </li>
    <li>
      The monitor&rsquo;s status on the target&rsquo;s <strong>Connectivity</strong> page in
      Octopus: the health check shows whether the Kubernetes monitor is running.
    </li>
    <li>
      The network: the monitor must reach the cluster&rsquo;s API server, and the Octopus server on
      its gRPC port (8443).
    </li>
  </ol>
);

export function waitingContent(props: SpecialStateProps): SpecialStateContent {
  const deployment = props.context.latestDeployment;
  return {
    title: 'A deployment is running',
    body: (
      <>
        <p>
          Live status will be available once the deployment completes. Until then, the objects below
          show what the cluster reports while the deployment rolls them out.
        </p>
        {deployment && (
          <p>
            Release {deployment.ReleaseVersion} was queued{' '}
            <RelativeTime value={deployment.QueueTime} />.
          </p>
        )}
      </>
    ),
    actions: deploymentLink(props, 'View the running deployment'),
  };
}

export function unavailableContent(props: SpecialStateProps): SpecialStateContent {
  const deployment = props.context.latestDeployment;
  return {
    title: 'The last deployment failed',
    body: (
      <>
        <p>
          Live status is unavailable because the last deployment
          {deployment ? ` (release ${deployment.ReleaseVersion})` : ''} failed. The objects below
          show what the cluster reports now; a successful deployment brings live status back.
        </p>
        {deployment?.ErrorMessage && <p className={styles.quote}>{deployment.ErrorMessage}</p>}
      </>
    ),
    actions: deploymentLink(props, 'View the failed deployment'),
  };
}

export function notSupportedContent(props: SpecialStateProps): SpecialStateContent {
  return {
    title: 'Live status is not available for this project',
    body: (
      <>
        <p>
          Live status follows the objects that Kubernetes steps applied, as the Kubernetes monitor
          on the target reports them. {props.context.projectName} has none, for one of these
          reasons:
        </p>
        <ul className={styles.checks}>
          <li>
            Its deployment process has <strong>no Kubernetes steps</strong>. Steps that deploy
            Kubernetes YAML, a Helm chart or Kustomize, or configure and apply Kubernetes resources
            are monitored; script steps (including kubectl scripts) are not.
          </li>
          <li>
            Its deployment targets have <strong>no Kubernetes monitor</strong>: live status needs a
            Kubernetes agent target with the monitor enabled.
          </li>
        </ul>
        <p>The deployments themselves are not affected, and their status stays visible.</p>
      </>
    ),
    actions: deploymentLink(props, 'View the latest deployment'),
  };
}

export function unknownContent(props: SpecialStateProps): SpecialStateContent {
  const message = monitorMessage(props);
  return {
    title: 'Live status cannot be updated',
    body: (
      <>
        <p>
          We&rsquo;re having trouble getting live status updates from{' '}
          {targetNames(props, 'Unknown')}. The objects below keep their last known state, shown as
          Unknown.
        </p>
        {message && <p className={styles.quote}>{message}</p>}
        <p className={styles.checksTitle}>What to check</p>
        {monitorChecks}
      </>
    ),
  };
}

export function staleContent(props: SpecialStateProps): SpecialStateContent {
  const since = props.lastUpdated;
  return {
    title: 'Live status has stopped updating',
    body: (
      <>
        <p>
          Nothing has been received from the Kubernetes monitor on {targetNames(props, 'Stale')}{' '}
          {since ? (
            <>
              since {formatExactTime(since)} (<RelativeTime value={since} />)
            </>
          ) : (
            'for 10 minutes or more'
          )}
          . The objects below show their last known state, which may be out of date.
        </p>
        <p className={styles.checksTitle}>What to check</p>
        {monitorChecks}
      </>
    ),
  };
}
