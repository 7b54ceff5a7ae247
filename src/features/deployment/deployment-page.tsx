import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { StepObject } from '../../api/contract';
import { describeFailure } from '../../api/describe-failure';
import { deploymentQueries } from '../../api/queries/deployment-queries';
import { FailurePanel } from '../../components/failure-panel/failure-panel';
import { DeploymentView } from './components/deployment-view';
import { ErrorState, LoadingState } from './components/query-states';

/** The object a `?object=` link names, for the drawer; object null when there is no such one. */
export interface StepObjectDrawerProps {
  taskId: string;
  actionId: string;
  uuid: string;
  stepName: string | null;
  object: StepObject | null;
  onClose: () => void;
}

/** The object drawer: the route composes the object drawer feature. */
export type StepObjectDrawerSlot = ComponentType<StepObjectDrawerProps>;

interface DeploymentPageProps {
  spaceId: string;
  deploymentId: string;
  /** The object drawer for a step's object (the app passes the object drawer feature's). */
  objectDrawer: StepObjectDrawerSlot;
}

/**
 * One deployment: its header, the Task log tab and (when it has Kubernetes steps) the Kubernetes
 * tab, followed live. This part loads the deployment itself and owns its loading, error,
 * not-found and not-allowed states; `DeploymentView` is the rest.
 */
export function DeploymentPage({ spaceId, deploymentId, objectDrawer }: DeploymentPageProps) {
  const query = useQuery(deploymentQueries.detail({ spaceId, deploymentId }));
  const { data, error, refetch } = query;

  if (data !== undefined) {
    return <DeploymentView spaceId={spaceId} deployment={data} objectDrawer={objectDrawer} />;
  }
  if (!error) {
    return (
      <>
        <title>Deployment · Periscope</title>
        <LoadingState>Loading the deployment…</LoadingState>
      </>
    );
  }
  const failure = describeFailure(error, { kind: 'deployment', id: deploymentId });
  if (failure) {
    return (
      <>
        <title>{`${failure.title} · Periscope`}</title>
        <FailurePanel failure={failure} />
      </>
    );
  }
  return (
    <>
      <title>Deployment · Periscope</title>
      <ErrorState
        headingLevel={1}
        title="The deployment could not be loaded"
        error={error}
        onRetry={() => void refetch()}
      />
    </>
  );
}
