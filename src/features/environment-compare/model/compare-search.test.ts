import { describe, expect, it } from 'vitest';
import {
  pickCompareSearch,
  readCompareSearch,
  sameSide,
  writeCompareSearch,
} from './compare-search';

const read = (search: string) => readCompareSearch(new URLSearchParams(search));

describe('the comparison page’s URL', () => {
  it('reads the sides, with their tenants, the filters, the sort and the selected row', () => {
    expect(
      read(
        'left=Environments-4&right=Environments-3&leftTenant=Tenants-3&diff=1&kind=Deployment,Service,Deployment&sort=name&dir=desc&object=Deployment%2Fpayment',
      ),
    ).toEqual({
      left: { environmentId: 'Environments-4', tenantId: 'Tenants-3' },
      right: { environmentId: 'Environments-3', tenantId: null },
      filter: { onlyDifferences: true, kinds: ['Deployment', 'Service'] },
      sort: { column: 'name', direction: 'desc' },
      object: 'Deployment/payment',
    });
  });

  it('reads a missing or empty side as none, and ignores what it does not understand', () => {
    expect(read('left=&rightTenant=Tenants-1&diff=yes&sort=health&dir=up')).toEqual({
      left: null,
      right: null,
      filter: { onlyDifferences: false, kinds: [] },
      sort: { column: 'kind', direction: 'asc' },
      object: null,
    });
  });

  it('writes changes, keeping every other parameter, and leaves defaults out', () => {
    const current = new URLSearchParams('left=E4&right=E3&world=demo&object=Service%2Fa&sort=name');
    const next = writeCompareSearch(current, {
      left: { environmentId: 'E3', tenantId: null },
      right: { environmentId: 'E4', tenantId: 'T1' },
      filter: { onlyDifferences: true, kinds: [] },
      sort: { column: 'kind', direction: 'asc' },
    });
    expect(next.toString()).toBe(
      'left=E3&right=E4&world=demo&object=Service%2Fa&rightTenant=T1&diff=1',
    );
    expect(
      writeCompareSearch(next, { object: null, filter: { onlyDifferences: false } }).toString(),
    ).toBe('left=E3&right=E4&world=demo&rightTenant=T1');
  });

  it('picks only its own parameters, so another one changes nothing', () => {
    expect(pickCompareSearch(new URLSearchParams('world=large&left=E1&scenario=x'))).toBe(
      'left=E1',
    );
  });

  it('tells the same side twice', () => {
    const side = { environmentId: 'E4', tenantId: null };
    expect(sameSide(side, { ...side })).toBe(true);
    expect(sameSide(side, { ...side, tenantId: 'T1' })).toBe(false);
    expect(sameSide(null, null)).toBe(false);
  });
});
