/**
 * Enum values the server sent that this client does not know. Parsing never fails on them; they
 * are collected here (and warned about once each) so the app can show a visible notice.
 */
export interface UnknownEnumValue {
  enumName: string;
  value: string;
}

type Listener = () => void;

const seen = new Map<string, UnknownEnumValue>();
const listeners = new Set<Listener>();
let snapshot: readonly UnknownEnumValue[] = [];

/** While `collectUnknownEnumValues` runs, reports go here instead. */
let collecting: UnknownEnumValue[] | undefined;

export function reportUnknownEnumValue(entry: UnknownEnumValue): void {
  if (collecting) {
    collecting.push(entry);
    return;
  }
  const key = `${entry.enumName}\u0000${entry.value}`;
  if (seen.has(key)) return;
  seen.set(key, entry);
  snapshot = [...seen.values()];
  console.warn(
    `Periscope: unknown ${entry.enumName} value ${JSON.stringify(entry.value)} from the server; shown as Unknown.`,
  );
  for (const listener of listeners) listener();
}

/** For `useSyncExternalStore`. */
export function subscribeUnknownEnumValues(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getUnknownEnumValues(): readonly UnknownEnumValue[] {
  return snapshot;
}

export function clearUnknownEnumValues(): void {
  seen.clear();
  snapshot = [];
  for (const listener of listeners) listener();
}

/**
 * Runs `read` and returns what it reported instead of reporting it: a body parsed in a worker
 * sends its unknown values back with it, to be reported where the notice is shown.
 */
export function collectUnknownEnumValues<T>(read: () => T): {
  result: T;
  unknownValues: UnknownEnumValue[];
} {
  const outer = collecting;
  const unknownValues: UnknownEnumValue[] = [];
  collecting = unknownValues;
  try {
    return { result: read(), unknownValues };
  } finally {
    collecting = outer;
  }
}
