import type { ApplicationLiveStatus, ApplicationStatus, LiveResource } from '../api/contract';
import { formatObjectRef, type ObjectRef } from '../config/object-search-param';

/** A Kubernetes object in the tree, with its place in it. */
export interface ObjectNode {
  type: 'object';
  /** Unique in the application and stable across polls: the object's `machine:resource` ref. */
  key: string;
  /** How the object endpoints (and the drawer) address it; null if the server gave no id. */
  ref: ObjectRef | null;
  resource: LiveResource;
  parentKey: string | null;
  children: readonly ObjectNode[];
}

/** A deployment target, when an application has several: its objects are its children. */
export interface MachineNode {
  type: 'machine';
  key: string;
  machineId: string;
  name: string;
  status: ApplicationStatus;
  parentKey: null;
  children: readonly ObjectNode[];
}

export type TreeNode = ObjectNode | MachineNode;

export interface ObjectTree {
  /** Top-level objects, or one node per deployment target when there are several. */
  roots: readonly TreeNode[];
  /** Every object at every depth, parents before children. */
  objects: readonly ObjectNode[];
  /** Every node (objects and targets) by key. */
  byKey: ReadonlyMap<string, TreeNode>;
  /** True when the roots are deployment targets. */
  grouped: boolean;
}

export function machineKey(machineId: string): string {
  return `target:${machineId}`;
}

/**
 * Top-level objects are addressed by their DesiredResourceId, children by their UID, each on its
 * source: `ResourceSourceId` on newer servers, `MachineId` on older ones, else its target's.
 */
function refOf(resource: LiveResource, topLevel: boolean, machineId: string): ObjectRef | null {
  const resourceId = topLevel
    ? (resource.DesiredResourceId ?? resource.ResourceId)
    : (resource.ResourceId ?? resource.DesiredResourceId);
  const sourceId = resource.ResourceSourceId ?? resource.MachineId ?? machineId;
  return resourceId ? { machineId: sourceId, resourceId } : null;
}

/**
 * The application's objects as a tree: children under their parents (Deployment > ReplicaSet >
 * Pod), grouped by deployment target when there is more than one. Keys are the objects' refs, so
 * expansion and focus, which are kept by key, survive every poll.
 */
export function buildObjectTree(
  status: ApplicationLiveStatus,
  machineNames: ReadonlyMap<string, string> = new Map(),
): ObjectTree {
  const byKey = new Map<string, TreeNode>();
  const objects: ObjectNode[] = [];
  const grouped = status.MachineStatuses.length > 1;

  const build = (
    resource: LiveResource,
    parentKey: string | null,
    topLevel: boolean,
    machineId: string,
  ) => {
    const ref = refOf(resource, topLevel, machineId);
    const base = ref
      ? formatObjectRef(ref)
      : `${parentKey ?? machineKey(machineId)}/${resource.Kind}/${resource.Name}`;
    let key = base;
    // A server that repeats an id must not make two rows share a key.
    for (let copy = 2; byKey.has(key); copy++) key = `${base}#${String(copy)}`;
    const children: ObjectNode[] = [];
    const node: ObjectNode = { type: 'object', key, ref, resource, parentKey, children };
    byKey.set(key, node);
    objects.push(node);
    for (const child of resource.Children) children.push(build(child, key, false, machineId));
    return node;
  };

  const roots: TreeNode[] = [];
  for (const machine of status.MachineStatuses) {
    const key = machineKey(machine.MachineId);
    const parentKey = grouped ? key : null;
    const children = machine.Resources.map((resource) =>
      build(resource, parentKey, true, machine.MachineId),
    );
    if (!grouped) {
      roots.push(...children);
      continue;
    }
    const node: MachineNode = {
      type: 'machine',
      key,
      machineId: machine.MachineId,
      // The target's name comes from its own endpoint; its id stands in until then.
      name: machineNames.get(machine.MachineId) ?? machine.MachineId,
      status: machine.Status,
      parentKey: null,
      children,
    };
    byKey.set(key, node);
    roots.push(node);
  }
  return { roots, objects, byKey, grouped };
}

/** Calls `visit` on every node below `node` (not `node` itself). */
export function forEachDescendant(node: TreeNode, visit: (descendant: ObjectNode) => void): void {
  for (const child of node.children) {
    visit(child);
    forEachDescendant(child, visit);
  }
}
