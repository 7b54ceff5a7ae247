import { useParams } from 'react-router';
import { spaceId } from '../../config/api-config';
import {
  DeploymentPage,
  type StepObjectDrawerProps,
} from '../../features/deployment/deployment-page';
import { ObjectDrawer } from '../../features/object-drawer/object-drawer';

/** The object drawer for an object a step of this deployment applied, named by the URL. */
function StepObjectDrawer({ object, stepName, onClose, ...ids }: StepObjectDrawerProps) {
  return (
    <ObjectDrawer
      target={
        object === null
          ? { kind: 'step', spaceId, ...ids, stepName, object }
          : { kind: 'step', spaceId, ...ids, stepName: stepName ?? '', object }
      }
      onClose={onClose}
    />
  );
}

/** One deployment: its task log and the Kubernetes objects it applied, followed live. */
export function DeploymentRoute() {
  const { deploymentId = '' } = useParams();
  // Keyed, so another deployment starts with fresh page state (expanded nodes, scroll).
  return (
    <DeploymentPage
      key={deploymentId}
      spaceId={spaceId}
      deploymentId={deploymentId}
      objectDrawer={StepObjectDrawer}
    />
  );
}
