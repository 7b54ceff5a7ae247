import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compareApplied } from '../../../../mocks/kubernetes/sync';
import { CASES } from '../../../api/contract/testing/applied-field-cases';
import { manifestDifferences, summarizeDifferences } from './manifest-differences';

// The simulated server's sync status and this drawer's differing fields, held to the one rule
// (src/api/contract/applied-fields.ts) by the same table of cases: they can never disagree.
describe('the sync status and the drawer read every case the same', () => {
  it.each(CASES)('$name', ({ applied, live, differing }) => {
    const sync = compareApplied(applied, live);
    expect(sync.status).toBe(differing.length === 0 ? 'InSync' : 'OutOfSync');
    expect(sync.differences.map((difference) => difference.path)).toEqual(differing);

    // The drawer reads the manifests as text, as the server sends them.
    const drawer = manifestDifferences(stringify(applied), stringify(live));
    expect(drawer?.map((difference) => difference.path)).toEqual(differing);
    expect(summarizeDifferences(drawer)).toMatch(
      differing.length === 0 ? /^Every applied field matches/ : /^\d+ applied fields? differs?: /,
    );
  });
});
