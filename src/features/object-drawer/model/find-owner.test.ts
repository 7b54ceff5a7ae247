import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  childResource,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import { buildObjectTree } from '../../../lib/object-tree';
import { findOwner } from './find-owner';

describe('findOwner', () => {
  it('finds a Pod’s ReplicaSet and a ReplicaSet’s Deployment, each as the tree addresses it', () => {
    const status = cartsLiveStatus();

    expect(findOwner(status, 'uid-carts-new-crash')).toEqual({
      kind: 'ReplicaSet',
      name: 'carts-new',
      machineId: 'Machines-1',
      resourceId: 'uid-carts-new',
    });
    expect(findOwner(status, 'uid-carts-new')).toEqual({
      kind: 'Deployment',
      name: 'carts',
      machineId: 'Machines-1',
      resourceId: 'desired-carts',
    });
    // The owner's address is the ref of its row in the live status tree.
    const tree = buildObjectTree(status);
    for (const node of tree.objects) {
      const owner = node.ref && findOwner(status, node.ref.resourceId);
      const parent = node.parentKey === null ? undefined : tree.byKey.get(node.parentKey);
      if (parent?.type !== 'object') {
        expect(owner).toBeNull();
        continue;
      }
      expect(owner).toEqual({
        kind: parent.resource.Kind,
        name: parent.resource.Name,
        ...parent.ref,
      });
    }
  });

  it('says a top-level object has no owner', () => {
    const status = cartsLiveStatus();
    expect(findOwner(status, 'desired-carts')).toBeNull();
    // Found by its UID too.
    expect(findOwner(status, 'uid-carts')).toBeNull();
  });

  it('is null for an object the tree does not have, or before the live status arrives', () => {
    expect(findOwner(cartsLiveStatus(), 'uid-replaced-pod')).toBeNull();
    expect(findOwner(undefined, 'uid-carts-new-crash')).toBeNull();
    expect(findOwner(applicationLiveStatus([]), 'uid-carts-new-crash')).toBeNull();
  });

  it('is null when the owner has no id to be addressed by', () => {
    const status = applicationLiveStatus([
      machineStatus([
        liveResource({
          Name: 'job',
          Kind: 'Job',
          DesiredResourceId: null,
          ResourceId: null,
          Children: [childResource({ Name: 'job-pod', Kind: 'Pod' })],
        }),
      ]),
    ]);
    expect(findOwner(status, 'uid-job-pod')).toBeNull();
  });

  it('addresses a child owner by its UID even when it carries a desired id too', () => {
    const status = applicationLiveStatus([
      machineStatus([
        liveResource({
          Name: 'web',
          Children: [
            childResource({
              Name: 'web-rs',
              Kind: 'ReplicaSet',
              DesiredResourceId: 'desired-web-rs',
              Children: [childResource({ Name: 'web-pod', Kind: 'Pod' })],
            }),
          ],
        }),
      ]),
    ]);
    expect(findOwner(status, 'uid-web-pod')?.resourceId).toBe('uid-web-rs');
  });

  it('names the owner’s source: ResourceSourceId, else MachineId, else its target', () => {
    const pod = childResource({ Name: 'pod', Kind: 'Pod', MachineId: null });
    const owner = (fields: Parameters<typeof liveResource>[0]) =>
      findOwner(
        applicationLiveStatus([
          machineStatus([liveResource({ Name: 'other', MachineId: 'Machines-1' })]),
          machineStatus([liveResource({ ...fields, Children: [pod] })], {
            MachineId: 'Machines-2',
          }),
        ]),
        'uid-pod',
      )?.machineId;

    expect(
      owner({ Name: 'newer', MachineId: null, ResourceSourceId: 'Machines-7', SourceType: null }),
    ).toBe('Machines-7');
    expect(owner({ Name: 'older', MachineId: 'Machines-8' })).toBe('Machines-8');
    expect(owner({ Name: 'bare', MachineId: null })).toBe('Machines-2');
  });
});
