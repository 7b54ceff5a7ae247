import {
  faArrowUp,
  faBoltLightning,
  faCircleExclamation,
  faCircleNotch,
  faGhost,
  faHeart,
  faHeartCrack,
  faHourglass,
  faQuestion,
} from '@fortawesome/free-solid-svg-icons';
import type {
  ApplicationHealthStatus,
  ApplicationStatus,
  ApplicationSyncStatus,
} from '../../api/contract';
import { healthStatusDefinitions } from './health-status';
import type { StatusDefinition } from './status-definition';
import { syncStatusDefinitions } from './sync-status';

/**
 * Application live status: what a dashboard cell shows in live mode and what an application's
 * live status page summarises. Labels and descriptions are Octopus's own (Kubernetes Live Object
 * Status docs); Stale and NotSupported are described in the same voice.
 */
export const applicationStatusDefinitions: Record<ApplicationStatus, StatusDefinition> = {
  Progressing: {
    label: 'Progressing',
    icon: faCircleNotch,
    tone: 'progressing',
    description: 'Objects in your application are currently in a progressing state',
  },
  Healthy: {
    label: 'Healthy',
    icon: faHeart,
    tone: 'healthy',
    description: 'The objects in your cluster match what was specified in the last deployment',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'We’re having trouble getting live status updates for this application',
  },
  Degraded: {
    label: 'Degraded',
    icon: faHeartCrack,
    tone: 'degraded',
    description: 'Your objects experienced errors after the deployment completed',
  },
  OutOfSync: {
    label: 'Out of Sync',
    icon: faArrowUp,
    tone: 'out-of-sync',
    description: 'The objects on your cluster no longer match what you last deployed',
  },
  Missing: {
    label: 'Missing',
    icon: faGhost,
    tone: 'missing',
    description: 'Objects in your application are currently in a missing state',
  },
  Unavailable: {
    label: 'Unavailable',
    icon: faCircleExclamation,
    tone: 'unavailable',
    description: 'Application live status is unavailable because your last deployment failed',
  },
  Waiting: {
    label: 'Waiting',
    icon: faHourglass,
    tone: 'waiting',
    description: 'Application live status will be available once the deployment completes',
  },
  Stale: {
    label: 'Stale',
    icon: faBoltLightning,
    slashed: true,
    tone: 'stale',
    description:
      'Nothing has been received from the cluster for 10 minutes or more, so this live status may be out of date',
  },
  NotSupported: {
    label: 'Live status not available',
    icon: null,
    tone: 'neutral',
    description: 'This project has no monitored Kubernetes steps, so it has no live status',
  },
};

/** An application's health (`Summary.HealthStatus`): object health plus the application states. */
export const applicationHealthStatusDefinitions: Record<ApplicationHealthStatus, StatusDefinition> =
  {
    Progressing: healthStatusDefinitions.Progressing,
    Healthy: healthStatusDefinitions.Healthy,
    Unknown: healthStatusDefinitions.Unknown,
    Degraded: healthStatusDefinitions.Degraded,
    Missing: healthStatusDefinitions.Missing,
    Suspended: healthStatusDefinitions.Suspended,
    Stale: healthStatusDefinitions.Stale,
    Unavailable: applicationStatusDefinitions.Unavailable,
    Waiting: applicationStatusDefinitions.Waiting,
    NotSupported: applicationStatusDefinitions.NotSupported,
  };

/** An application's sync (`Summary.SyncStatus`). */
export const applicationSyncStatusDefinitions: Record<ApplicationSyncStatus, StatusDefinition> = {
  InSync: syncStatusDefinitions.InSync,
  OutOfSync: syncStatusDefinitions.OutOfSync,
  Unknown: syncStatusDefinitions.Unknown,
  NotApplicable: syncStatusDefinitions.NotApplicable,
  Unavailable: {
    ...applicationStatusDefinitions.Unavailable,
    description: 'Sync status is unavailable because your last deployment failed',
  },
  Waiting: {
    ...applicationStatusDefinitions.Waiting,
    description: 'Sync status will be available once the deployment completes',
  },
};
