import type { ApplicationLiveStatus, LiveResource } from '../../../api/contract';

/**
 * The object `resourceId` names (a desired id or a UID) as the application's live status tree
 * has it: the tree says what the object endpoint does not, such as whether it is orphaned
 * (`OrphanedAt`) and whether a deletion is under way (`DeletionTaskState`). Null when the object
 * is not in the tree, or before the live status arrives.
 */
export function findLiveResource(
  status: ApplicationLiveStatus | undefined,
  resourceId: string,
): LiveResource | null {
  if (!status) return null;
  const search = (resources: readonly LiveResource[]): LiveResource | null => {
    for (const resource of resources) {
      if (resource.DesiredResourceId === resourceId || resource.ResourceId === resourceId) {
        return resource;
      }
      const found = search(resource.Children);
      if (found) return found;
    }
    return null;
  };
  for (const machine of status.MachineStatuses) {
    const found = search(machine.Resources);
    if (found) return found;
  }
  return null;
}
