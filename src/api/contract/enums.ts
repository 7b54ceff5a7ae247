import { z } from 'zod';
import {
  activityStatuses,
  applicationHealthStatuses,
  applicationStatuses,
  applicationSyncStatuses,
  eventTypes,
  healthStatuses,
  logCategories,
  objectStatuses,
  sourceTypes,
  syncStatuses,
  taskStates,
  type Unknown,
} from './enum-values';
import { reportUnknownEnumValue } from './unknown-values';

/*
 * The enums' lists and types live in `enum-values.ts`, free of Zod, for code that runs on the main
 * thread; the schemas that read them are here.
 */
export * from './enum-values';

/**
 * A string enum that never fails to parse: a value the client does not know becomes `Unknown`
 * and is reported with its raw text, so the UI can say so instead of crashing.
 */
export function lenientEnum<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
) {
  const list: readonly string[] = values;
  const isKnown = (value: string): value is T[number] => list.includes(value);
  return z.string().transform((value): T[number] | Unknown => {
    if (isKnown(value)) return value;
    reportUnknownEnumValue({ enumName: name, value });
    return 'Unknown';
  });
}

export const applicationStatusSchema = lenientEnum('ApplicationStatus', applicationStatuses);
export const healthStatusSchema = lenientEnum('HealthStatus', healthStatuses);
export const applicationHealthStatusSchema = lenientEnum(
  'ApplicationHealthStatus',
  applicationHealthStatuses,
);
export const applicationSyncStatusSchema = lenientEnum(
  'ApplicationSyncStatus',
  applicationSyncStatuses,
);
export const sourceTypeSchema = lenientEnum('SourceType', sourceTypes);
export const syncStatusSchema = lenientEnum('SyncStatus', syncStatuses);
export const taskStateSchema = lenientEnum('TaskState', taskStates);
export const objectStatusSchema = lenientEnum('ObjectStatus', objectStatuses);
export const activityStatusSchema = lenientEnum('ActivityStatus', activityStatuses);
export const logCategorySchema = lenientEnum('LogCategory', logCategories);
export const eventTypeSchema = lenientEnum('EventType', eventTypes);
