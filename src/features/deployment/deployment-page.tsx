import { faArrowLeft, faMagnifyingGlass } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { isApiError } from '../../api/api-error';
import type { StepObject } from '../../api/contract';
import { deploymentQueries } from '../../api/queries/deployment-queries';
import { ButtonLink } from '../../components/button/button';
import { StatePanel } from '../../components/state-panel/state-panel';
import { paths } from '../../config/paths';
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
  /** The object drawer; without it, a placeholder dialog names the object. */
  objectDrawer?: StepObjectDrawerSlot;
}

/**
 * One deployment: its header, the Task log tab and (when it has Kubernetes steps) the Kubernetes
 * tab, followed live. This part loads the deployment itself and owns its loading, error and
 * not-found states; `DeploymentView` is the rest.
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
  if (isApiError(error) && error.status === 404) {
    return (
      <>
        <title>Deployment not found · Periscope</title>
        <StatePanel
          icon={faMagnifyingGlass}
          eyebrow="HTTP 404"
          title="Deployment not found"
          actions={
            <ButtonLink variant="primary" to={paths.dashboard()}>
              <FontAwesomeIcon icon={faArrowLeft} />
              Go to dashboard
            </ButtonLink>
          }
        >
          <p>
            There is no deployment <code>{deploymentId}</code> in this space. It may have been
            deleted, or the link may be wrong.
          </p>
          <p>{error.message}</p>
        </StatePanel>
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
