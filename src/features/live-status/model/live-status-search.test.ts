import { describe, expect, it } from 'vitest';
import {
  pickLiveStatusSearch,
  readLiveStatusSearch,
  writeLiveStatusSearch,
} from './live-status-search';

describe('live status search parameters', () => {
  it('reads filters and sorting, ignoring what it does not know', () => {
    const search = readLiveStatusSearch(
      new URLSearchParams(
        'health=Degraded,Nope,Missing&sync=OutOfSync&kind=Pod,ReplicaSet&q=carts&problems=1&sort=health&dir=desc',
      ),
    );
    expect(search).toEqual({
      filter: {
        health: ['Degraded', 'Missing'],
        sync: ['OutOfSync'],
        kinds: ['Pod', 'ReplicaSet'],
        query: 'carts',
        problemsOnly: true,
      },
      sort: { column: 'health', direction: 'desc' },
    });
  });

  it('reads Deleting, which Periscope shows, as a sync value beside the API’s', () => {
    expect(
      readLiveStatusSearch(new URLSearchParams('sync=Orphaned,Deleting,Gone')).filter.sync,
    ).toEqual(['Orphaned', 'Deleting']);
  });

  it("defaults the direction to the column's first one, and drops an unknown column", () => {
    expect(readLiveStatusSearch(new URLSearchParams('sort=updated')).sort).toEqual({
      column: 'updated',
      direction: 'desc',
    });
    expect(readLiveStatusSearch(new URLSearchParams('sort=colour')).sort).toBeNull();
  });

  it('writes changes and keeps every other parameter (world, open object)', () => {
    const current = new URLSearchParams('world=large&object=Machines-1:abc&q=old');
    const next = writeLiveStatusSearch(current, {
      filter: { query: '', health: ['Degraded'], problemsOnly: true },
      sort: { column: 'name', direction: 'asc' },
    });
    expect(next.toString()).toBe(
      'world=large&object=Machines-1%3Aabc&health=Degraded&problems=1&sort=name&dir=asc',
    );
    expect(
      writeLiveStatusSearch(next, {
        filter: { health: [], problemsOnly: false },
        sort: null,
      }).toString(),
    ).toBe('world=large&object=Machines-1%3Aabc');
  });

  it("picks only the page's own parameters, so opening a drawer is not a new search", () => {
    expect(pickLiveStatusSearch(new URLSearchParams('object=M:1&q=a&world=large'))).toBe('q=a');
  });
});
