import {
  faArrowUp,
  faCheck,
  faLinkSlash,
  faMinus,
  faQuestion,
  faTrashCan,
} from '@fortawesome/free-solid-svg-icons';
import type { DisplayedSync, DisplaySyncStatus } from '../../lib/displayed-sync';
import { formatExactTime } from '../../lib/relative-time';
import type { StatusDefinition } from './status-definition';

const ORPHANED_DESCRIPTION =
  'Octopus no longer deploys this object; it keeps running until someone deletes it in Octopus';

/**
 * Whether a live object matches what was applied (Octopus's object status table), with
 * Deleting, which Octopus shows while it deletes an orphaned object.
 */
export const syncStatusDefinitions: Record<DisplaySyncStatus, StatusDefinition> = {
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
    description: ORPHANED_DESCRIPTION,
  },
  Deleting: {
    label: 'Deleting',
    icon: faTrashCan,
    tone: 'progressing',
    description:
      'Octopus is deleting this orphaned object; it leaves live status once the monitor reports it gone',
  },
};

/** Said of an orphan whose latest deletion task failed or timed out. */
export const LAST_DELETION_FAILED = 'The last deletion failed; see the task in Octopus';

/**
 * How an object's sync is shown: its status's definition, and for an orphan, since when and
 * whether the last deletion failed, in the description (the tooltip and the drawer's badge).
 */
export function displayedSyncDefinition(displayed: DisplayedSync): StatusDefinition {
  const definition = syncStatusDefinitions[displayed.status];
  if (displayed.status !== 'Orphaned') return definition;
  if (displayed.orphanedAt === null && !displayed.lastDeletionFailed) return definition;
  const since =
    displayed.orphanedAt === null
      ? ORPHANED_DESCRIPTION
      : `Octopus no longer deploys this object (since ${formatExactTime(displayed.orphanedAt)}); it keeps running until someone deletes it in Octopus`;
  return {
    ...definition,
    description: displayed.lastDeletionFailed ? `${since}. ${LAST_DELETION_FAILED}` : since,
  };
}
