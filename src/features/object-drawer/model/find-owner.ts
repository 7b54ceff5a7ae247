import type { ApplicationLiveStatus, LiveResource } from '../../../api/contract';

/** The object that owns another in the live status tree, and how to address it. */
export interface ObjectOwner {
  kind: string;
  name: string;
  machineId: string;
  resourceId: string;
}

/**
 * The parent of the object `resourceId` names (a desired id or a UID), read from the
 * application's live status tree: the server's object detail does not say who owns it. Null for
 * a top-level object, or when the object is not in the tree.
 */
export function findOwner(
  status: ApplicationLiveStatus | undefined,
  resourceId: string,
): ObjectOwner | null {
  if (!status) return null;
  const search = (
    resources: readonly LiveResource[],
    parent: LiveResource | null,
    parentIsTopLevel: boolean,
    machineId: string,
  ): ObjectOwner | null | undefined => {
    for (const resource of resources) {
      if (resource.DesiredResourceId === resourceId || resource.ResourceId === resourceId) {
        if (!parent) return null;
        // Addressed as the tree addresses it: a top-level object by its desired id, a child by
        // its UID, so the link names the same object as the parent's row.
        const parentId = parentIsTopLevel
          ? (parent.DesiredResourceId ?? parent.ResourceId)
          : (parent.ResourceId ?? parent.DesiredResourceId);
        if (parentId === null) return null;
        return {
          kind: parent.Kind,
          name: parent.Name,
          machineId: parent.ResourceSourceId ?? parent.MachineId ?? machineId,
          resourceId: parentId,
        };
      }
      const found = search(resource.Children, resource, parent === null, machineId);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const machine of status.MachineStatuses) {
    const found = search(machine.Resources, null, false, machine.MachineId);
    if (found !== undefined) return found;
  }
  return null;
}
