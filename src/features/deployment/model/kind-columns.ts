import type { StepObject } from '../../../api/contract';

/** One kind-specific column of the Kubernetes tab: which `Data` field, under which heading. */
export interface KindColumn {
  key: string;
  label: string;
}

/**
 * The columns each kind shows besides Name, Kind, Namespace and Status, as data (one list per
 * kind, as Headlamp does): what `kubectl get` shows for that kind. A kind not listed here shows
 * whatever its `Data` holds, in the server's order.
 */
export const kindColumns: ReadonlyMap<string, readonly KindColumn[]> = new Map([
  [
    'Deployment',
    [
      { key: 'UpToDate', label: 'Up-to-date' },
      { key: 'Ready', label: 'Ready' },
      { key: 'Available', label: 'Available' },
    ],
  ],
  [
    'ReplicaSet',
    [
      { key: 'Desired', label: 'Desired' },
      { key: 'Current', label: 'Current' },
      { key: 'Ready', label: 'Ready' },
    ],
  ],
  [
    'Pod',
    [
      { key: 'Ready', label: 'Ready' },
      { key: 'Restarts', label: 'Restarts' },
      { key: 'Status', label: 'Pod status' },
    ],
  ],
  [
    'Service',
    [
      { key: 'Type', label: 'Type' },
      { key: 'ClusterIP', label: 'Cluster IP' },
      { key: 'ExternalIP', label: 'External IP' },
      { key: 'Ports', label: 'Ports' },
    ],
  ],
  [
    'Job',
    [
      { key: 'Completions', label: 'Completions' },
      { key: 'Duration', label: 'Duration' },
    ],
  ],
]);

/** One column's value for one object, ready to show. */
export interface KindDetail {
  key: string;
  label: string;
  text: string;
  /** No value (null, missing, ''): shown as "none", dimmed. */
  empty: boolean;
}

type DataValue = StepObject['Data'][string] | undefined;

/** "UpToDate" -> "Up to date", "ClusterIP" -> "Cluster IP": a heading for an unlisted field. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words
    .map((word, index) => (index === 0 || /^[A-Z0-9]+$/.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

export function formatDataValue(value: DataValue): { text: string; empty: boolean } {
  if (value === null || value === undefined || value === '') return { text: 'none', empty: true };
  if (typeof value === 'boolean') return { text: value ? 'Yes' : 'No', empty: false };
  return { text: String(value), empty: false };
}

/** The kind's own columns for one object, in the kind's order. */
export function kindDetails(kind: string, data: StepObject['Data']): KindDetail[] {
  const columns =
    kindColumns.get(kind) ??
    Object.keys(data).map((key): KindColumn => ({ key, label: humanizeKey(key) }));
  return columns.map(({ key, label }) => ({
    key,
    label,
    ...formatDataValue(Object.hasOwn(data, key) ? data[key] : undefined),
  }));
}
