// First: before any schema is used (see the module).
import '../../lib/zod-jitless';
import { z } from 'zod';
import { dashboardSchema } from './dashboard';
import {
  deploymentSchema,
  releaseSchema,
  stepObjectManifestSchema,
  taskDetailsSchema,
  taskObjectStatusSchema,
  taskSchema,
} from './deployments';
import {
  applicationLiveStatusSchema,
  liveStatusSummariesSchema,
  liveStatusSummarySchema,
  resourceDetailSchema,
  resourceManifestSchema,
} from './live-status';
import { eventsSessionSchema, logsSessionSchema, sessionCreatedSchema } from './observability';
import {
  environmentSchema,
  machineSchema,
  projectSchema,
  spaceSchema,
  tenantSchema,
  tenantsPageSchema,
} from './space-resources';

/**
 * Every response body the app reads, by name. The app's code names the body it expects (the API
 * client's `get(path, 'dashboard')`); the parse worker looks the schema up here. So Zod and the
 * schemas run in the worker, off the main thread, and stay out of the app's entry bundle.
 */
export const responseSchemas = {
  applicationLiveStatus: applicationLiveStatusSchema,
  dashboard: dashboardSchema,
  deployment: deploymentSchema,
  environment: environmentSchema,
  eventsSession: eventsSessionSchema,
  liveStatusSummaries: liveStatusSummariesSchema,
  /** A `summaryOnly` live status answer, read for its `Summary` alone. */
  liveStatusSummaryOnly: z.object({ Summary: liveStatusSummarySchema }),
  logsSession: logsSessionSchema,
  machine: machineSchema,
  project: projectSchema,
  release: releaseSchema,
  resourceDetail: resourceDetailSchema,
  resourceManifest: resourceManifestSchema,
  sessionCreated: sessionCreatedSchema,
  space: spaceSchema,
  stepObjectManifest: stepObjectManifestSchema,
  task: taskSchema,
  taskDetails: taskDetailsSchema,
  taskObjectStatus: taskObjectStatusSchema,
  tenant: tenantSchema,
  tenantsPage: tenantsPageSchema,
};

export type ResponseSchemas = typeof responseSchemas;
/** The name of a response body the app reads. */
export type ResponseKind = keyof ResponseSchemas;
/** A response body, parsed. */
export type ResponseOf<K extends ResponseKind> = z.output<ResponseSchemas[K]>;
