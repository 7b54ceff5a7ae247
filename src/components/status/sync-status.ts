import {
  faArrowUp,
  faCheck,
  faLinkSlash,
  faMinus,
  faQuestion,
} from '@fortawesome/free-solid-svg-icons';
import type { SyncStatus } from '../../api/contract';
import type { StatusDefinition } from './status-definition';

/** Whether a live object matches what was applied (Octopus's object status table). */
export const syncStatusDefinitions: Record<SyncStatus, StatusDefinition> = {
  InSync: {
    label: 'In Sync',
    icon: faCheck,
    tone: 'healthy',
    description:
      'Object manifest matches what was applied, but does not report any additional health status',
  },
  OutOfSync: {
    label: 'Out of Sync',
    icon: faArrowUp,
    tone: 'out-of-sync',
    description: 'Object manifest is not the same as what was applied',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'We don’t know whether this object matches what was applied',
  },
  NotApplicable: {
    label: 'Not applicable',
    icon: faMinus,
    tone: 'neutral',
    description:
      'Octopus did not apply this object (for example a Pod created by a ReplicaSet), so there is nothing to compare it with',
  },
  Orphaned: {
    label: 'Orphaned',
    icon: faLinkSlash,
    tone: 'out-of-sync',
    description: 'Object is still in the cluster but is no longer part of what was last deployed',
  },
};
