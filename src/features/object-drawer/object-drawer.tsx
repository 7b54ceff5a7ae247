import { LiveObjectDrawer } from './components/live-object-drawer';
import { MissingObjectDrawer } from './components/missing-object-drawer';
import { StepObjectDrawer } from './components/step-object-drawer';
import type { ObjectDrawerTarget } from './object-drawer-target';

export type {
  LiveObjectTarget,
  MissingStepObjectTarget,
  ObjectDrawerTarget,
  StepObjectTarget,
} from './object-drawer-target';

interface ObjectDrawerProps {
  target: ObjectDrawerTarget;
  /** Close it: remove `?object=` (and the drawer's own parameters) from the URL. */
  onClose: () => void;
}

/**
 * Everything about one Kubernetes object, in a modal side drawer: a live object of an
 * application (Summary, Events, Logs, Manifest with its diff) or an object a deployment step
 * applied (Summary, and the manifest the step applied). The open tab, Show diff and Show
 * server-set fields are in the URL. Another object's drawer replaces this one's content without closing it.
 */
export function ObjectDrawer({ target, onClose }: ObjectDrawerProps) {
  if (target.kind === 'live') return <LiveObjectDrawer target={target} onClose={onClose} />;
  if (target.object === null) {
    return (
      <MissingObjectDrawer
        opener={`${target.actionId}:${target.uuid}`}
        stepName={target.stepName}
        onClose={onClose}
      />
    );
  }
  return <StepObjectDrawer target={{ ...target, object: target.object }} onClose={onClose} />;
}
