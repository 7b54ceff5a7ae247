import { describe, expect, it } from 'vitest';
import { flattenObjectTree, type FlatRow } from './flatten-object-tree';
import {
  applicationLiveStatus,
  cartsLiveStatus,
  liveResource,
  machineStatus,
} from '../../../api/testing/live-status-fixtures';
import { filterTree, noFilter } from './object-filter';
import { buildObjectTree } from '../../../lib/object-tree';
import {
  expansionPredicate,
  initialExpansion,
  initiallyExpanded,
  toggleExpansion,
  type Expansion,
} from './tree-expansion';

const tree = buildObjectTree(cartsLiveStatus());
const defaults = initiallyExpanded(tree);

function rows(expansion: Expansion, query = ''): FlatRow[] {
  const filter = query ? filterTree(tree, { ...noFilter, query }) : null;
  return flattenObjectTree(tree.roots, {
    filter,
    isExpanded: expansionPredicate(expansion, defaults, filter !== null),
    compare: null,
  });
}

function describeRow(row: FlatRow): string {
  const name = row.type === 'object' ? row.resource.Name : row.name;
  const state = row.expandable ? (row.expanded ? ' (open)' : ' (closed)') : '';
  return `${'  '.repeat(row.level - 1)}${name}${state}`;
}

describe('flattenObjectTree', () => {
  it('opens the way to Degraded and Missing objects at first, and nothing else', () => {
    expect(rows(initialExpansion).map(describeRow)).toEqual([
      'carts (open)',
      '  carts-new (open)',
      '    carts-new-crash',
      '  carts-old (closed)',
      'carts',
      'carts-db',
    ]);
  });

  it('leaves an orphan closed, whatever its Pods are doing: it counts for nothing', () => {
    const crashing = cartsLiveStatus();
    const [machine] = crashing.MachineStatuses;
    const [deployment, ...rest] = machine?.Resources ?? [];
    if (!machine || !deployment) throw new Error('carts has a Deployment');
    const orphaned = buildObjectTree(
      applicationLiveStatus([
        {
          ...machine,
          Resources: [
            { ...deployment, SyncStatus: 'Orphaned', OrphanedAt: '2026-11-21T11:00:00.000Z' },
            ...rest,
          ],
        },
      ]),
    );
    const opened = initiallyExpanded(orphaned);
    expect(opened.has(orphaned.roots[0]?.key ?? '')).toBe(false);
    expect(opened.size).toBe(0);
    // The same tree, the Deployment not orphaned: the way to its crashing Pod opens.
    expect(defaults.size).toBe(2);
  });

  it('gives each row its tree place: level, set size and position among siblings', () => {
    const all = rows({ base: 'all', overrides: new Map() });
    const crash = all.find((row) => row.key === 'Machines-1:uid-carts-new-crash');
    const old = all.find((row) => row.key === 'Machines-1:uid-carts-old');
    expect(crash).toMatchObject({ level: 3, setSize: 1, posInSet: 1, expandable: false });
    expect(old).toMatchObject({ level: 2, setSize: 2, posInSet: 2, expanded: true });
    expect(all[0]).toMatchObject({ level: 1, setSize: 3, posInSet: 1, parentKey: null });
    expect(all).toHaveLength(8);
  });

  it('expands and collapses everything in one step, and remembers single toggles', () => {
    expect(rows({ base: 'none', overrides: new Map() }).map(describeRow)).toEqual([
      'carts (closed)',
      'carts',
      'carts-db',
    ]);
    const opened = toggleExpansion(
      { base: 'none', overrides: new Map() },
      'Machines-1:desired-carts',
      true,
    );
    expect(rows(opened).map(describeRow)).toEqual([
      'carts (open)',
      '  carts-new (closed)',
      '  carts-old (closed)',
      'carts',
      'carts-db',
    ]);
  });

  it('survives a poll: the same keys give the same open rows, and unchanged rows are equal', () => {
    const expansion = toggleExpansion(initialExpansion, 'Machines-1:uid-carts-old', true);
    const before = rows(expansion);
    const again = buildObjectTree(cartsLiveStatus());
    const after = flattenObjectTree(again.roots, {
      filter: null,
      isExpanded: expansionPredicate(expansion, defaults, false),
      compare: null,
    });
    expect(after.map((row) => row.key)).toEqual(before.map((row) => row.key));
    expect(after.map(describeRow)).toEqual(before.map(describeRow));
  });

  it('while filtering, shows matches under their (open) owners, marked as context', () => {
    const shown = rows(initialExpansion, 'old-a');
    expect(shown.map(describeRow)).toEqual([
      'carts (open)',
      '  carts-old (open)',
      '    carts-old-a',
    ]);
    expect(shown.map((row) => row.type === 'object' && row.context)).toEqual([true, true, false]);
    expect(shown[1]).toMatchObject({ setSize: 1, posInSet: 1 });
  });

  it('puts deployment targets first when there are several, with their object counts', () => {
    const grouped = buildObjectTree(
      applicationLiveStatus([
        machineStatus([liveResource({ Name: 'a' })], { MachineId: 'M-1' }),
        machineStatus([liveResource({ Name: 'b', MachineId: 'M-2' })], { MachineId: 'M-2' }),
      ]),
      new Map([
        ['M-1', 'eu'],
        ['M-2', 'us'],
      ]),
    );
    const flat = flattenObjectTree(grouped.roots, {
      filter: null,
      isExpanded: expansionPredicate(initialExpansion, initiallyExpanded(grouped), false),
      compare: null,
    });
    expect(flat.map(describeRow)).toEqual(['eu (open)', '  a', 'us (open)', '  b']);
    expect(flat[0]).toMatchObject({ type: 'machine', objectCount: 1, level: 1 });
  });
});
