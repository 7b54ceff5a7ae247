import { describe, expect, it } from 'vitest';
import { manifestDefinition, presenceDefinition } from './comparison-status';

const labels = { left: 'Production', right: 'Initech in Staging' };

describe('the comparison’s statuses', () => {
  it('say where an object is, naming the sides', () => {
    expect(presenceDefinition('both', labels).label).toBe('Both');
    expect(presenceDefinition('left', labels).label).toBe('Only in Production');
    expect(presenceDefinition('right', labels).label).toBe('Only in Initech in Staging');
  });

  it('say what comparing the manifests found, with an icon for each', () => {
    const differ = manifestDefinition(
      {
        status: 'differ',
        differences: [
          { path: 'a', left: 1, right: 2 },
          { path: 'b', left: 1, right: 2 },
        ],
      },
      labels,
    );
    const cases = [
      manifestDefinition({ status: 'same' }, labels),
      differ,
      manifestDefinition({ status: 'one-side' }, labels),
      manifestDefinition({ status: 'checking' }, labels),
      manifestDefinition({ status: 'failed', reason: 'Object not found', retryable: true }, labels),
    ];
    expect(cases.map((definition) => definition.label)).toEqual([
      'Same',
      'Differ (2 fields)',
      'Only one side',
      'Checking…',
      'Could not be compared',
    ]);
    expect(cases.every((definition) => definition.icon !== null)).toBe(true);
    expect(cases[4]?.description).toBe('Could not be compared: Object not found');
    expect(
      manifestDefinition(
        { status: 'differ', differences: [{ path: 'a', left: 1, right: 2 }] },
        labels,
      ).label,
    ).toBe('Differ (1 field)');
  });
});
