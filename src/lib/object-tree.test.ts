import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  childResource,
  liveResource,
  machineStatus,
} from '../api/testing/live-status-fixtures';
import { buildObjectTree, machineKey, type TreeNode } from './object-tree';

const names = (nodes: readonly TreeNode[]) =>
  nodes.map((node) => (node.type === 'machine' ? node.name : node.resource.Name));

describe('buildObjectTree', () => {
  it('nests children under their parents: Deployment > ReplicaSet > Pod', () => {
    const tree = buildObjectTree(cartsLiveStatus());

    expect(tree.grouped).toBe(false);
    expect(names(tree.roots)).toEqual(['carts', 'carts', 'carts-db']);
    const [deployment] = tree.roots;
    expect(names(deployment?.children ?? [])).toEqual(['carts-new', 'carts-old']);
    expect(names(deployment?.children[0]?.children ?? [])).toEqual(['carts-new-crash']);
    expect(tree.objects).toHaveLength(8);
  });

  it('keys top-level objects by DesiredResourceId and children by their UID', () => {
    const tree = buildObjectTree(cartsLiveStatus());
    const [deployment, , missingService] = tree.roots;
    const replicaSet = deployment?.children[0];

    expect(deployment?.key).toBe('Machines-1:desired-carts');
    expect(replicaSet?.key).toBe('Machines-1:uid-carts-new');
    expect(replicaSet?.parentKey).toBe('Machines-1:desired-carts');
    // A missing object has no UID, but its desired id still addresses it.
    expect(missingService?.key).toBe('Machines-1:desired-carts-db');
    expect(missingService?.type === 'object' && missingService.ref).toEqual({
      machineId: 'Machines-1',
      resourceId: 'desired-carts-db',
    });
    expect(tree.byKey.get('Machines-1:uid-carts-new-crash')?.parentKey).toBe(
      'Machines-1:uid-carts-new',
    );
  });

  it('keeps keys unique and stable when the server sends no ids', () => {
    const status = applicationLiveStatus([
      machineStatus([
        liveResource({ Name: 'a', DesiredResourceId: null, ResourceId: null }),
        liveResource({ Name: 'a', DesiredResourceId: null, ResourceId: null }),
      ]),
    ]);
    const first = buildObjectTree(status).roots.map((node) => node.key);

    expect(new Set(first).size).toBe(2);
    expect(buildObjectTree(status).roots.map((node) => node.key)).toEqual(first);
    expect(buildObjectTree(status).objects[0]?.ref).toBeNull();
  });

  it('groups objects by deployment target when there are several, named from the map', () => {
    const status = applicationLiveStatus([
      machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-1' })], {
        MachineId: 'Machines-1',
      }),
      machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-2' })], {
        MachineId: 'Machines-2',
        Status: 'Degraded',
      }),
    ]);
    const tree = buildObjectTree(
      status,
      new Map([
        ['Machines-1', 'eu-cluster'],
        ['Machines-2', 'us-cluster'],
      ]),
    );

    expect(tree.grouped).toBe(true);
    expect(names(tree.roots)).toEqual(['eu-cluster', 'us-cluster']);
    expect(tree.roots[1]).toMatchObject({ type: 'machine', status: 'Degraded' });
    const webOnUs = tree.roots[1]?.children[0];
    expect(webOnUs?.key).toBe('Machines-2:desired-web');
    expect(webOnUs?.parentKey).toBe(machineKey('Machines-2'));
  });

  it('names a target by its id while its name is unknown', () => {
    const status = applicationLiveStatus([
      machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-1' })], {
        MachineId: 'Machines-1',
      }),
      machineStatus([liveResource({ Name: 'web', MachineId: 'Machines-2' })], {
        MachineId: 'Machines-2',
      }),
    ]);

    expect(names(buildObjectTree(status, new Map([['Machines-2', 'us-cluster']])).roots)).toEqual([
      'Machines-1',
      'us-cluster',
    ]);
    expect(names(buildObjectTree(status).roots)).toEqual(['Machines-1', 'Machines-2']);
  });

  it("addresses an object on its ResourceSourceId, else its MachineId, else its target's", () => {
    const status = applicationLiveStatus([
      machineStatus(
        [
          // A newer server: the object's source, and no MachineId.
          liveResource({
            Name: 'newer',
            MachineId: null,
            ResourceSourceId: 'Machines-7',
            SourceType: 'KubernetesMonitor',
            Children: [
              childResource({ Name: 'newer-child', MachineId: null, ResourceSourceId: null }),
            ],
          }),
          // An older server: MachineId only.
          liveResource({ Name: 'older', MachineId: 'Machines-8' }),
          // Neither: the target it is listed under.
          liveResource({ Name: 'bare', MachineId: null }),
        ],
        { MachineId: 'Machines-3' },
      ),
    ]);
    const tree = buildObjectTree(status);
    const refs = tree.objects.map((node) => node.ref);

    expect(refs).toEqual([
      { machineId: 'Machines-7', resourceId: 'desired-newer' },
      { machineId: 'Machines-3', resourceId: 'uid-newer-child' },
      { machineId: 'Machines-8', resourceId: 'desired-older' },
      { machineId: 'Machines-3', resourceId: 'desired-bare' },
    ]);
    expect(tree.objects.map((node) => node.key)).toEqual([
      'Machines-7:desired-newer',
      'Machines-3:uid-newer-child',
      'Machines-8:desired-older',
      'Machines-3:desired-bare',
    ]);
  });

  it('has no roots for an application without deployment targets (NotSupported)', () => {
    const tree = buildObjectTree(applicationLiveStatus([]));
    expect(tree.roots).toEqual([]);
    expect(tree.objects).toEqual([]);
  });
});
