import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import {
  facetCounts,
  filterTree,
  isFilterActive,
  isProblem,
  noFilter,
  type ObjectFilter,
} from './object-filter';
import { buildObjectTree } from '../../../lib/object-tree';
import { liveResource } from '../../../api/testing/live-status-fixtures';

const tree = buildObjectTree(cartsLiveStatus());
const nameOf = (key: string) => {
  const node = tree.byKey.get(key);
  return node?.type === 'object' ? `${node.resource.Kind} ${node.resource.Name}` : key;
};
const filtered = (filter: Partial<ObjectFilter>) => {
  const result = filterTree(tree, { ...noFilter, ...filter });
  return { matches: [...result.matches].map(nameOf), visible: [...result.visible].map(nameOf) };
};

describe('object filters', () => {
  it('finds objects by part of their name, any case, and shows their owners as context', () => {
    const { matches, visible } = filtered({ query: 'CRASH' });
    expect(matches).toEqual(['Pod carts-new-crash']);
    expect(visible).toEqual(['Pod carts-new-crash', 'ReplicaSet carts-new', 'Deployment carts']);
  });

  it('filters by health, sync and kind, any of the chosen values within one facet', () => {
    expect(filtered({ health: ['Degraded', 'Missing'] }).matches).toEqual([
      'Deployment carts',
      'Pod carts-new-crash',
      'Service carts-db',
    ]);
    expect(filtered({ sync: ['OutOfSync'] }).matches).toEqual(['Service carts-db']);
    expect(filtered({ kinds: ['ReplicaSet'] }).matches).toEqual([
      'ReplicaSet carts-new',
      'ReplicaSet carts-old',
    ]);
    expect(filtered({ kinds: ['Pod'], health: ['Healthy'] }).matches).toEqual([
      'Pod carts-old-a',
      'Pod carts-old-b',
    ]);
  });

  it('"problems only" keeps what is not Healthy or not In Sync', () => {
    expect(filtered({ problemsOnly: true }).matches).toEqual([
      'Deployment carts',
      'ReplicaSet carts-new',
      'Pod carts-new-crash',
      'Service carts-db',
    ]);
  });

  it('counts a Pod (Not applicable) and a suspended CronJob as fine, Stale and Orphaned as problems', () => {
    expect(isProblem(liveResource({ Name: 'p', SyncStatus: 'NotApplicable' }))).toBe(false);
    expect(isProblem(liveResource({ Name: 'c', HealthStatus: 'Suspended' }))).toBe(false);
    expect(isProblem(liveResource({ Name: 's', HealthStatus: 'Stale' }))).toBe(true);
    expect(isProblem(liveResource({ Name: 'o', SyncStatus: 'Orphaned' }))).toBe(true);
  });

  it('is inactive with nothing chosen and a blank search', () => {
    expect(isFilterActive(noFilter)).toBe(false);
    expect(isFilterActive({ ...noFilter, query: '  ' })).toBe(false);
    expect(isFilterActive({ ...noFilter, problemsOnly: true })).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts every value the application has, worst health first', () => {
    const counts = facetCounts(tree, noFilter);
    expect(counts.health).toEqual([
      { value: 'Degraded', count: 2, selected: false },
      { value: 'Missing', count: 1, selected: false },
      { value: 'Progressing', count: 1, selected: false },
      { value: 'Healthy', count: 4, selected: false },
    ]);
    expect(counts.sync.map(({ value, count }) => [value, count])).toEqual([
      ['OutOfSync', 1],
      ['InSync', 2],
      ['NotApplicable', 5],
    ]);
    expect(counts.kind.map(({ value, count }) => [value, count])).toEqual([
      ['Deployment', 1],
      ['Pod', 3],
      ['ReplicaSet', 2],
      ['Service', 2],
    ]);
  });

  it("counts each option under the other facets' choices, not its own", () => {
    const counts = facetCounts(tree, { ...noFilter, kinds: ['Pod'], health: ['Degraded'] });
    // Health counts are for Pods; kind counts are for Degraded objects.
    expect(counts.health.map(({ value, count }) => [value, count])).toEqual([
      ['Degraded', 1],
      ['Missing', 0],
      ['Progressing', 0],
      ['Healthy', 2],
    ]);
    expect(counts.kind.find((option) => option.value === 'Deployment')?.count).toBe(1);
    expect(counts.kind.find((option) => option.value === 'Pod')).toEqual({
      value: 'Pod',
      count: 1,
      selected: true,
    });
  });

  it('keeps a chosen value the application does not have, so it can be unchosen', () => {
    const counts = facetCounts(tree, { ...noFilter, health: ['Suspended'], kinds: ['CronJob'] });
    expect(counts.health.find((option) => option.value === 'Suspended')).toEqual({
      value: 'Suspended',
      count: 0,
      selected: true,
    });
    expect(counts.kind.map(({ value }) => value)).toContain('CronJob');
  });
});

describe('orphans in the Sync facet', () => {
  const orphanedAt = '2026-11-21T11:00:00.000Z';
  const orphans = buildObjectTree(
    applicationLiveStatus([
      machineStatus([
        liveResource({ Name: 'web' }),
        // As the Octopus CLI's tests send one: no sync status, OrphanedAt, a deletion queued.
        liveResource({
          Name: 'old-worker',
          SyncStatus: 'NotApplicable',
          OrphanedAt: orphanedAt,
          DeletionTaskState: 'Queued',
        }),
        liveResource({ Name: 'old-config', Kind: 'ConfigMap', OrphanedAt: orphanedAt }),
        liveResource({
          Name: 'old-secret',
          Kind: 'Secret',
          SyncStatus: 'Orphaned',
          DeletionTaskState: 'Failed',
        }),
      ]),
    ]),
  );
  const matchNames = (filter: Partial<ObjectFilter>) =>
    [...filterTree(orphans, { ...noFilter, ...filter }).matches].map((key) => {
      const node = orphans.byKey.get(key);
      return node?.type === 'object' ? node.resource.Name : key;
    });

  it('counts orphans as shown: Orphaned, and Deleting while a deletion runs', () => {
    expect(facetCounts(orphans, noFilter).sync.map(({ value, count }) => [value, count])).toEqual([
      ['Orphaned', 2],
      ['Deleting', 1],
      ['InSync', 1],
    ]);
  });

  it('filters by the shown sync, whatever the server sent as SyncStatus', () => {
    expect(matchNames({ sync: ['Orphaned'] })).toEqual(['old-config', 'old-secret']);
    expect(matchNames({ sync: ['Deleting'] })).toEqual(['old-worker']);
    expect(matchNames({ sync: ['NotApplicable'] })).toEqual([]);
    expect(matchNames({ problemsOnly: true })).toEqual(['old-worker', 'old-config', 'old-secret']);
  });
});
