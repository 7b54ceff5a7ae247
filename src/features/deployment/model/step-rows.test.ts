import { describe, expect, it } from 'vitest';
import { frontEndObjects } from '../testing/step-fixtures';
import { countStepObjects, flattenStepObjects } from './step-rows';

const outline = (rows: ReturnType<typeof flattenStepObjects>) =>
  rows.map((row) => `${'  '.repeat(row.level - 1)}${row.object.Kind} ${row.object.Name}`);

describe('step rows', () => {
  it('nest children under their parents, depth first', () => {
    const rows = flattenStepObjects(frontEndObjects());
    expect(outline(rows)).toEqual([
      'Deployment front-end',
      '  ReplicaSet front-end-5d4f',
      '    Pod front-end-5d4f-a1',
      '    Pod front-end-5d4f-b2',
      'Service front-end',
    ]);
    expect(
      rows.map(({ key, setSize, posInSet, parentKey, expandable, expanded }) => [
        key,
        `${posInSet}/${setSize}`,
        parentKey,
        expandable,
        expanded,
      ]),
    ).toEqual([
      ['uuid-deployment', '1/2', null, true, true],
      ['uuid-rs', '1/1', 'uuid-deployment', true, true],
      ['uuid-pod-1', '1/2', 'uuid-rs', false, false],
      ['uuid-pod-2', '2/2', 'uuid-rs', false, false],
      ['uuid-service', '2/2', null, false, false],
    ]);
  });

  it('leave out the children of a collapsed object, and keep object identity', () => {
    const objects = frontEndObjects();
    const rows = flattenStepObjects(objects, new Set(['uuid-rs']));
    expect(outline(rows)).toEqual([
      'Deployment front-end',
      '  ReplicaSet front-end-5d4f',
      'Service front-end',
    ]);
    expect(rows[1]?.expanded).toBe(false);
    expect(rows[0]?.object).toBe(objects[0]);
  });

  it('count every object, children included', () => {
    expect(countStepObjects(frontEndObjects())).toBe(5);
    expect(countStepObjects([])).toBe(0);
  });
});
