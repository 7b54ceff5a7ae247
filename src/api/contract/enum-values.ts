/**
 * Every status family the API speaks, as literal unions. A value the client does not know is
 * kept (reported with its raw text) and read as `Unknown`: new server versions never crash the UI.
 */
export const applicationStatuses = [
  'Progressing',
  'Healthy',
  'Unknown',
  'Degraded',
  'OutOfSync',
  'Missing',
  'Unavailable',
  'Waiting',
  'Stale',
  'NotSupported',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const healthStatuses = [
  'Progressing',
  'Healthy',
  'Unknown',
  'Degraded',
  'Missing',
  'Suspended',
  'Stale',
] as const;
export type HealthStatus = (typeof healthStatuses)[number];

/** `Summary.HealthStatus`: an object health, or one of the application's own states. */
export const applicationHealthStatuses = [
  ...healthStatuses,
  'Unavailable',
  'Waiting',
  'NotSupported',
] as const;
export type ApplicationHealthStatus = (typeof applicationHealthStatuses)[number];

/** `Summary.SyncStatus`: `NotApplicable` comes with `NotSupported` health. */
export const applicationSyncStatuses = [
  'InSync',
  'OutOfSync',
  'Unknown',
  'Unavailable',
  'Waiting',
  'NotApplicable',
] as const;
export type ApplicationSyncStatus = (typeof applicationSyncStatuses)[number];

/** Where a live object's status comes from (`SourceType` on newer servers). */
export const sourceTypes = ['KubernetesMonitor', 'ArgoCDInstance', 'ArgoCDApplication'] as const;
export type SourceType = (typeof sourceTypes)[number];

export const syncStatuses = [
  'InSync',
  'OutOfSync',
  'Unknown',
  'NotApplicable',
  'Orphaned',
] as const;
export type SyncStatus = (typeof syncStatuses)[number];

export const taskStates = [
  'Queued',
  'Executing',
  'Failed',
  'Canceled',
  'TimedOut',
  'Success',
  'Cancelling',
] as const;
export type TaskState = (typeof taskStates)[number];

/** Deployment-time object status, as on a deployment's Kubernetes tab. */
export const objectStatuses = ['InProgress', 'Successful', 'Failed', 'TimedOut'] as const;
export type ObjectStatus = (typeof objectStatuses)[number];

export const activityStatuses = [
  'Pending',
  'Running',
  'Success',
  'SuccessWithWarning',
  'Failed',
  'Skipped',
  'Canceled',
] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** A task log line's category, as the server's activity log writes them. */
export const logCategories = [
  'Trace',
  'Verbose',
  'Info',
  'Planned',
  'Highlight',
  'Wait',
  'Gap',
  'Alert',
  'Warning',
  'Error',
  'Fatal',
  'Finished',
  'Abandoned',
  'Updated',
] as const;
export type LogCategory = (typeof logCategories)[number];

export const eventTypes = ['Normal', 'Warning'] as const;
export type EventType = (typeof eventTypes)[number];

/** A status the client could not read is shown as this, with the raw value reported. */
export type Unknown = 'Unknown';
