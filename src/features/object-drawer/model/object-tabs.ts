/** The drawer's tabs, in order; the URL holds the open one (`?objectTab=events`). */
export const objectTabs = ['summary', 'events', 'logs', 'manifest'] as const;
export type ObjectTab = (typeof objectTabs)[number];

export const objectTabLabels: Record<ObjectTab, string> = {
  summary: 'Summary',
  events: 'Events',
  logs: 'Logs',
  manifest: 'Manifest',
};

export function parseObjectTab(value: string | null): ObjectTab | null {
  return objectTabs.find((tab) => tab === value) ?? null;
}

/** Kinds whose objects have container logs: Pods, and the workloads that own Pods. */
const LOG_KINDS = new Set([
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

export function kindHasLogs(kind: string): boolean {
  return LOG_KINDS.has(kind);
}

/**
 * The tabs of a live object's drawer. Until its kind is known, Logs is offered only if the URL
 * asks for it, so a shared link keeps its tab while the object loads.
 */
export function liveObjectTabs(kind: string | null, requested: ObjectTab | null): ObjectTab[] {
  const logs = kind === null ? requested === 'logs' : kindHasLogs(kind);
  return objectTabs.filter((tab) => tab !== 'logs' || logs);
}

/** A deployment step's object: what it looks like, and the manifest the step applied. */
export const stepObjectTabs: readonly ObjectTab[] = ['summary', 'manifest'];

/** The tab to show: the one asked for when there is one, else Summary. */
export function resolveObjectTab(
  requested: ObjectTab | null,
  available: readonly ObjectTab[],
): ObjectTab {
  return requested !== null && available.includes(requested) ? requested : 'summary';
}
