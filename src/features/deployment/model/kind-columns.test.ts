import { describe, expect, it } from 'vitest';
import { formatDataValue, humanizeKey, kindColumns, kindDetails } from './kind-columns';

const labels = (kind: string) => kindColumns.get(kind)?.map((column) => column.label);

describe('kind columns', () => {
  it('lists each kind its own columns, as kubectl shows them', () => {
    expect(labels('Deployment')).toEqual(['Up-to-date', 'Ready', 'Available']);
    expect(labels('ReplicaSet')).toEqual(['Desired', 'Current', 'Ready']);
    expect(labels('Pod')).toEqual(['Ready', 'Restarts', 'Pod status']);
    expect(labels('Service')).toEqual(['Type', 'Cluster IP', 'External IP', 'Ports']);
    expect(labels('Job')).toEqual(['Completions', 'Duration']);
  });

  it("gives an object its kind's columns in order, missing values as none", () => {
    expect(
      kindDetails('Service', { Type: 'ClusterIP', ClusterIP: '10.0.0.1', Ports: '80/TCP' }),
    ).toEqual([
      { key: 'Type', label: 'Type', text: 'ClusterIP', empty: false },
      { key: 'ClusterIP', label: 'Cluster IP', text: '10.0.0.1', empty: false },
      { key: 'ExternalIP', label: 'External IP', text: 'none', empty: true },
      { key: 'Ports', label: 'Ports', text: '80/TCP', empty: false },
    ]);
    expect(kindDetails('Pod', { Ready: '0/1', Restarts: 0, Status: 'ImagePullBackOff' })).toEqual([
      { key: 'Ready', label: 'Ready', text: '0/1', empty: false },
      { key: 'Restarts', label: 'Restarts', text: '0', empty: false },
      { key: 'Status', label: 'Pod status', text: 'ImagePullBackOff', empty: false },
    ]);
  });

  it('shows whatever a kind it does not list carries, and nothing for an empty one', () => {
    expect(kindDetails('StatefulSet', { ReadyReplicas: '2/3', currentRevision: 'web-7' })).toEqual([
      { key: 'ReadyReplicas', label: 'Ready replicas', text: '2/3', empty: false },
      { key: 'currentRevision', label: 'current revision', text: 'web-7', empty: false },
    ]);
    expect(kindDetails('ConfigMap', {})).toEqual([]);
    // Object.prototype's names are not kinds.
    expect(kindDetails('constructor', {})).toEqual([]);
  });

  it('formats values as text', () => {
    expect(formatDataValue(3)).toEqual({ text: '3', empty: false });
    expect(formatDataValue(0)).toEqual({ text: '0', empty: false });
    expect(formatDataValue(true)).toEqual({ text: 'Yes', empty: false });
    expect(formatDataValue(null)).toEqual({ text: 'none', empty: true });
    expect(formatDataValue('')).toEqual({ text: 'none', empty: true });
    expect(humanizeKey('UpToDate')).toBe('Up to date');
    expect(humanizeKey('ClusterIP')).toBe('Cluster IP');
  });
});
