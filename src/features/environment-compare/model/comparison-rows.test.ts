import { describe, expect, it } from 'vitest';
import type { LiveResource } from '../../../api/contract';
import {
  applicationLiveStatus,
  childResource,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import { buildObjectTree, type ObjectTree } from '../../../lib/object-tree';
import {
  comparisonView,
  pairObjects,
  sortComparedObjects,
  type ComparedObject,
  type ManifestComparison,
} from './comparison-rows';
import { defaultCompareSort, type CompareFilter } from './compare-search';

const noFilter: CompareFilter = { onlyDifferences: false, kinds: [] };
const checking: ManifestComparison = { status: 'checking' };
const same: ManifestComparison = { status: 'same' };
const oneSide: ManifestComparison = { status: 'one-side' };

function tree(resources: LiveResource[], machines?: { id: string; resources: LiveResource[] }[]) {
  const status = machines
    ? applicationLiveStatus(
        machines.map(({ id, resources: onMachine }) => machineStatus(onMachine, { MachineId: id })),
      )
    : applicationLiveStatus([machineStatus(resources)]);
  return buildObjectTree(status, new Map([['Machines-8', 'prod-us-east']]));
}

/** A Deployment with a ReplicaSet and `pods` Pods, as the monitor reports them. */
function deployment(name: string, pods: number, overrides: Partial<LiveResource> = {}) {
  return liveResource({
    Name: name,
    Children: [
      childResource({
        Name: `${name}-rs`,
        Kind: 'ReplicaSet',
        Children: Array.from({ length: pods }, (_, index) =>
          childResource({ Name: `${name}-pod-${String(index)}`, Kind: 'Pod' }),
        ),
      }),
    ],
    ...overrides,
  });
}

function service(name: string, overrides: Partial<LiveResource> = {}) {
  return liveResource({ Name: name, Kind: 'Service', Group: '', ...overrides });
}

function describeObject(object: ComparedObject): string {
  const side = (value: ComparedObject['left']) =>
    value === null
      ? '-'
      : `${value.resource.Namespace ?? ''}${value.target ? `@${value.target}` : ''}+${String(value.descendants)}`;
  return `${object.key} ${object.presence} ${side(object.left)} ${side(object.right)}${object.statusDiffers ? ' status-differs' : ''}`;
}

describe('pairObjects', () => {
  it('pairs top-level objects by kind and name, whatever their namespace, sorted by kind then name', () => {
    const left = tree([
      deployment('payment', 2, { Namespace: 'shop-production' }),
      service('payment', { Namespace: 'shop-production' }),
      service('legacy', { Namespace: 'shop-production' }),
    ]);
    const right = tree([
      service('payment', { Namespace: 'shop-staging' }),
      deployment('payment', 1, { Namespace: 'shop-staging' }),
      liveResource({ Name: 'payment-config', Kind: 'ConfigMap', Namespace: 'shop-staging' }),
    ]);
    expect(pairObjects(left, right).map(describeObject)).toEqual([
      'ConfigMap/payment-config right - shop-staging+0',
      'Deployment/payment both shop-production+3 shop-staging+2',
      'Service/legacy left shop-production+0 -',
      'Service/payment both shop-production+0 shop-staging+0',
    ]);
  });

  it('never pairs children: they are counted on each side', () => {
    const objects = pairObjects(tree([deployment('a', 3)]), tree([deployment('a', 1)]));
    expect(objects).toHaveLength(1);
    expect(objects[0]?.left?.descendants).toBe(4);
    expect(objects[0]?.right?.descendants).toBe(2);
  });

  it('pairs a name found on several targets in target order, and names the targets', () => {
    const left = tree(
      [],
      [
        {
          id: 'Machines-4',
          resources: [deployment('queue-master', 1, { MachineId: 'Machines-4' })],
        },
        {
          id: 'Machines-8',
          resources: [deployment('queue-master', 1, { MachineId: 'Machines-8' })],
        },
      ],
    );
    const right = tree([deployment('queue-master', 1)]);
    expect(pairObjects(left, right).map(describeObject)).toEqual([
      'Deployment/queue-master both shop@Machines-4+2 shop+2',
      'Deployment/queue-master#2 left shop@prod-us-east+2 -',
    ]);
  });

  it('says when the health or the sync differ', () => {
    const objects = pairObjects(
      tree([deployment('a', 1, { SyncStatus: 'OutOfSync' }), service('b'), service('c')]),
      tree([deployment('a', 1), service('b', { HealthStatus: 'Missing' }), service('c')]),
    );
    expect(objects.map((object) => object.statusDiffers)).toEqual([true, true, false]);
  });

  it('keeps each object’s ref, to ask for its manifest', () => {
    const [object] = pairObjects(tree([service('a')]), tree([service('a')]));
    expect(object?.left?.ref).toEqual({ machineId: 'Machines-1', resourceId: 'desired-a' });
  });
});

describe('sortComparedObjects', () => {
  const objects = pairObjects(
    tree([service('b'), deployment('a', 0), deployment('c', 0)]),
    tree([service('a')]),
  );
  const keys = (list: readonly ComparedObject[]) => list.map((object) => object.key);

  it('sorts by kind then name, or by name then kind, either way', () => {
    expect(keys(sortComparedObjects(objects, defaultCompareSort))).toEqual([
      'Deployment/a',
      'Deployment/c',
      'Service/a',
      'Service/b',
    ]);
    expect(keys(sortComparedObjects(objects, { column: 'name', direction: 'asc' }))).toEqual([
      'Deployment/a',
      'Service/a',
      'Service/b',
      'Deployment/c',
    ]);
    expect(keys(sortComparedObjects(objects, { column: 'kind', direction: 'desc' }))).toEqual([
      'Service/b',
      'Service/a',
      'Deployment/c',
      'Deployment/a',
    ]);
  });
});

describe('comparisonView', () => {
  const objects = pairObjects(
    tree([deployment('a', 1), deployment('b', 1), service('a'), service('only-left')]),
    tree([deployment('a', 1), deployment('b', 1, { HealthStatus: 'Degraded' }), service('a')]),
  );
  const manifests = new Map<string, ManifestComparison>([
    [
      'Deployment/a',
      { status: 'differ', differences: [{ path: 'spec.replicas', left: 2, right: 1 }] },
    ],
    ['Deployment/b', same],
    ['Service/a', checking],
  ]);
  const manifestsOf = (object: ComparedObject) =>
    object.presence === 'both' ? (manifests.get(object.key) ?? checking) : oneSide;

  it('gives every row its manifests, whether it differs, and its place in the grid', () => {
    const view = comparisonView(objects, manifestsOf, noFilter);
    expect(
      view.rows.map((row) => [
        row.key,
        row.manifests.status,
        row.differs,
        row.posInSet,
        row.setSize,
      ]),
    ).toEqual([
      ['Deployment/a', 'differ', true, 1, 4],
      ['Deployment/b', 'same', true, 2, 4],
      ['Service/a', 'checking', false, 3, 4],
      ['Service/only-left', 'one-side', true, 4, 4],
    ]);
    expect(view.rows[0]).toMatchObject({ level: 1, parentKey: null, expandable: false });
    expect(view).toMatchObject({ total: 4, differing: 3 });
  });

  it('keeps only the differences: one side only, status or manifests, not what is still checked', () => {
    const view = comparisonView(objects, manifestsOf, { ...noFilter, onlyDifferences: true });
    expect(view.rows.map((row) => row.key)).toEqual([
      'Deployment/a',
      'Deployment/b',
      'Service/only-left',
    ]);
    expect(view.kinds).toEqual([
      { value: 'Deployment', count: 2, selected: false },
      { value: 'Service', count: 1, selected: false },
    ]);
  });

  it('filters by kind, counting each kind among the rows the other filters keep', () => {
    const view = comparisonView(objects, manifestsOf, { ...noFilter, kinds: ['Service', 'Job'] });
    expect(view.rows.map((row) => row.key)).toEqual(['Service/a', 'Service/only-left']);
    expect(view.kinds).toEqual([
      { value: 'Deployment', count: 2, selected: false },
      // A selected kind neither side has stays, so it can be cleared.
      { value: 'Job', count: 0, selected: true },
      { value: 'Service', count: 2, selected: true },
    ]);
  });
});

/** An application like the large world's fleet: `count` Deployments, each a ReplicaSet and 3 Pods. */
function fleet(count: number, version: string): ObjectTree {
  const resources = Array.from({ length: count }, (_, index) => {
    const name = `fleet-${String(index).padStart(4, '0')}`;
    return deployment(name, 3, {
      DesiredResourceId: `${version}-${name}`,
      HealthStatus: index % 100 === 0 ? 'Degraded' : 'Healthy',
    });
  });
  return tree(resources);
}

describe('the row model at 5,000 objects per side', () => {
  const left = fleet(1000, 'eu');
  const right = fleet(1000, 'us');

  it('pairs 1,000 Deployments with their 4,000 children counted, and filters them', () => {
    expect(left.objects).toHaveLength(5000);
    const objects = pairObjects(left, right);
    expect(objects).toHaveLength(1000);
    expect(objects.every((object) => object.presence === 'both')).toBe(true);
    expect(objects.every((object) => object.left?.descendants === 4)).toBe(true);

    const sorted = sortComparedObjects(objects, { column: 'name', direction: 'desc' });
    expect(sorted[0]?.name).toBe('fleet-0999');
    const differ: ManifestComparison = {
      status: 'differ',
      differences: [{ path: 'spec.replicas', left: 3, right: 2 }],
    };
    const everyOther = (object: ComparedObject): ManifestComparison =>
      Number(object.name.slice(-1)) % 2 === 0 ? differ : same;
    const view = comparisonView(sorted, everyOther, { onlyDifferences: true, kinds: [] });
    expect(view.rows).toHaveLength(500);
    expect(view.rows[0]).toMatchObject({ name: 'fleet-0998', posInSet: 1, setSize: 500 });
    expect(view.differing).toBe(500);
    expect(comparisonView(sorted, everyOther, noFilter).rows).toHaveLength(1000);
  });
});
