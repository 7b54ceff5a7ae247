import {
  faBoltLightning,
  faCircleNotch,
  faGhost,
  faHeart,
  faHeartCrack,
  faPause,
  faQuestion,
} from '@fortawesome/free-solid-svg-icons';
import type { HealthStatus } from '../../api/contract';
import type { StatusDefinition } from './status-definition';

/** The health of one live Kubernetes object (Octopus's object status table). */
export const healthStatusDefinitions: Record<HealthStatus, StatusDefinition> = {
  Progressing: {
    label: 'Progressing',
    icon: faCircleNotch,
    tone: 'progressing',
    description: 'Object is attempting to reach the desired state',
  },
  Healthy: {
    label: 'Healthy',
    icon: faHeart,
    tone: 'healthy',
    description: 'Object is in sync and reporting that it is running as expected',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'We don’t have up-to-date information about the live status of this object',
  },
  Degraded: {
    label: 'Degraded',
    icon: faHeartCrack,
    tone: 'degraded',
    description: 'Object has run into a problem, check the logs or events to find out more',
  },
  Missing: {
    label: 'Missing',
    icon: faGhost,
    tone: 'missing',
    description: 'Object is missing from the cluster',
  },
  Suspended: {
    label: 'Suspended',
    icon: faPause,
    tone: 'stale',
    description: 'Job is not currently running',
  },
  Stale: {
    label: 'Stale',
    icon: faBoltLightning,
    slashed: true,
    tone: 'stale',
    description:
      'Nothing has been received about this object for 10 minutes or more, so its status may be out of date',
  },
};
