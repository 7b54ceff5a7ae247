import { describe, expect, it } from 'vitest';
import { flattenObjectTree } from './flatten-object-tree';
import {
  applicationLiveStatus,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import { nextSort, siblingComparator, type ObjectSort } from './object-sort';
import { buildObjectTree } from '../../../lib/object-tree';

const tree = buildObjectTree(
  applicationLiveStatus([
    machineStatus([
      liveResource({ Name: 'web-10', Kind: 'Service', LastUpdated: '2026-11-21T09:00:00.000Z' }),
      liveResource({
        Name: 'web-9',
        HealthStatus: 'Progressing',
        LastUpdated: '2026-11-21T11:00:00.000Z',
        Children: [
          liveResource({ Name: 'web-9-b', Kind: 'ReplicaSet', DesiredResourceId: null }),
          liveResource({ Name: 'web-9-a', Kind: 'ReplicaSet', DesiredResourceId: null }),
        ],
      }),
      liveResource({
        Name: 'api',
        Kind: 'ConfigMap',
        Namespace: null,
        HealthStatus: 'Degraded',
        SyncStatus: 'OutOfSync',
        LastUpdated: '2026-11-21T10:00:00.000Z',
      }),
    ]),
  ]),
);

function order(sort: ObjectSort | null): string[] {
  return flattenObjectTree(tree.roots, {
    filter: null,
    isExpanded: () => true,
    compare: siblingComparator(sort),
  }).map((row) => (row.type === 'object' ? row.resource.Name : row.name));
}

describe('sorting', () => {
  it('keeps the server order (the order of deployment) without a sort', () => {
    expect(order(null)).toEqual(['web-10', 'web-9', 'web-9-b', 'web-9-a', 'api']);
  });

  it('sorts siblings by name, numbers in order, children staying under their parent', () => {
    expect(order({ column: 'name', direction: 'asc' })).toEqual([
      'api',
      'web-9',
      'web-9-a',
      'web-9-b',
      'web-10',
    ]);
    expect(order({ column: 'name', direction: 'desc' })).toEqual([
      'web-10',
      'web-9',
      'web-9-b',
      'web-9-a',
      'api',
    ]);
  });

  it('sorts health and sync worst first, kind and namespace alphabetically', () => {
    expect(order({ column: 'health', direction: 'asc' })).toEqual([
      'api',
      'web-9',
      'web-9-a',
      'web-9-b',
      'web-10',
    ]);
    expect(order({ column: 'sync', direction: 'asc' })[0]).toBe('api');
    expect(order({ column: 'kind', direction: 'asc' })[0]).toBe('api');
    expect(order({ column: 'namespace', direction: 'asc' })[0]).toBe('api');
  });

  it('sorts by last update, newest first when chosen', () => {
    expect(order(nextSort(null, 'updated'))).toEqual([
      'web-9',
      'web-9-a',
      'web-9-b',
      'api',
      'web-10',
    ]);
  });

  it('cycles a column: its first direction, the other, then no sorting', () => {
    const first = nextSort(null, 'name');
    expect(first).toEqual({ column: 'name', direction: 'asc' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort(second, 'name')).toBeNull();
    expect(nextSort(second, 'health')).toEqual({ column: 'health', direction: 'asc' });
    expect(nextSort(null, 'updated')).toEqual({ column: 'updated', direction: 'desc' });
  });
});
