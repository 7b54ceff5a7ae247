import {
  faClock,
  faHeart,
  faHeartCrack,
  faQuestion,
  faSpinner,
} from '@fortawesome/free-solid-svg-icons';
import type { ObjectStatus, Unknown } from '../../api/contract';
import type { StatusDefinition } from './status-definition';

export type ObjectStatusValue = ObjectStatus | Unknown;

/** Deployment-time object status, as on a deployment's Kubernetes tab (Octopus's four). */
export const objectStatusDefinitions: Record<ObjectStatusValue, StatusDefinition> = {
  InProgress: {
    label: 'In progress',
    icon: faSpinner,
    spin: true,
    tone: 'progressing',
    description: 'The object has not reached its desired state yet',
  },
  Successful: {
    label: 'Success',
    icon: faHeart,
    tone: 'healthy',
    description: 'The object reached its desired state',
  },
  Failed: {
    label: 'Error',
    icon: faHeartCrack,
    tone: 'degraded',
    description: 'The object ran into a problem it could not recover from during the step',
  },
  TimedOut: {
    label: 'Timed out while in progress',
    icon: faClock,
    tone: 'timed-out',
    description: 'The object did not reach its desired state before the step timed out',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'The server reported an object status this version of Periscope does not know',
  },
};
