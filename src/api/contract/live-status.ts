import { z } from 'zod';
import { timestampSchema } from './common';
import { applicationStatusSchema, healthStatusSchema, syncStatusSchema } from './enums';

/** One Kubernetes object as the live status endpoints report it. */
export interface LiveResource {
  Name: string;
  Namespace: string | null;
  Kind: string;
  Group: string;
  HealthStatus: z.infer<typeof healthStatusSchema>;
  SyncStatus: z.infer<typeof syncStatusSchema>;
  HealthStatusMessage: string | null;
  SyncStatusMessage: string | null;
  MachineId: string;
  /** Set for top-level (applied) objects: how they are addressed. */
  DesiredResourceId: string | null;
  /** The Kubernetes UID; null for a desired object missing from the cluster. */
  ResourceId: string | null;
  LastUpdated: string;
  Children: LiveResource[];
}

export const liveResourceSchema: z.ZodType<LiveResource> = z.lazy(() =>
  z.object({
    Name: z.string(),
    Namespace: z.string().nullable(),
    Kind: z.string(),
    Group: z.string(),
    HealthStatus: healthStatusSchema,
    SyncStatus: syncStatusSchema,
    HealthStatusMessage: z.string().nullable(),
    SyncStatusMessage: z.string().nullable(),
    MachineId: z.string(),
    DesiredResourceId: z.string().nullable(),
    ResourceId: z.string().nullable(),
    LastUpdated: timestampSchema,
    Children: z.array(liveResourceSchema),
  }),
);

export const liveStatusSummarySchema = z.object({
  Status: applicationStatusSchema,
  HealthStatus: healthStatusSchema,
  SyncStatus: syncStatusSchema,
  SyncStatusMessage: z.string().nullable(),
  /** When the monitor last reported; null when it never has. */
  LastUpdated: timestampSchema.nullable(),
});
export type LiveStatusSummary = z.infer<typeof liveStatusSummarySchema>;

export const machineStatusSchema = z.object({
  MachineId: z.string(),
  MachineName: z.string(),
  Status: applicationStatusSchema,
  Resources: z.array(liveResourceSchema),
});
export type MachineStatus = z.infer<typeof machineStatusSchema>;

export const applicationLiveStatusSchema = z.object({
  MachineStatuses: z.array(machineStatusSchema),
  Summary: liveStatusSummarySchema,
});
export type ApplicationLiveStatus = z.infer<typeof applicationLiveStatusSchema>;

/** Our extension: one summary per project x environment (x tenant), for the dashboard. */
export const liveStatusSummariesSchema = z.object({
  Summaries: z.array(
    z.object({
      ProjectId: z.string(),
      EnvironmentId: z.string(),
      TenantId: z.string().nullable(),
      Summary: liveStatusSummarySchema,
    }),
  ),
});
export type LiveStatusSummaries = z.infer<typeof liveStatusSummariesSchema>;

export const containerSummarySchema = z.object({
  Name: z.string(),
  Image: z.string(),
  Ready: z.boolean().nullable(),
  RestartCount: z.number().int().nullable(),
  State: z.string().nullable(),
});

export const ownerReferenceSchema = z.object({
  Kind: z.string(),
  Name: z.string(),
  ResourceId: z.string(),
});

/** The one-object endpoint: a resource with the parts of its manifest the drawer summarises. */
export const resourceDetailSchema = z.object({
  Resource: z.object({
    Name: z.string(),
    Namespace: z.string().nullable(),
    Kind: z.string(),
    Group: z.string(),
    HealthStatus: healthStatusSchema,
    SyncStatus: syncStatusSchema,
    HealthStatusMessage: z.string().nullable(),
    SyncStatusMessage: z.string().nullable(),
    MachineId: z.string(),
    DesiredResourceId: z.string().nullable(),
    ResourceId: z.string().nullable(),
    LastUpdated: timestampSchema,
    ManifestSummary: z
      .object({
        Labels: z.record(z.string(), z.string()),
        Annotations: z.record(z.string(), z.string()),
        CreationTimestamp: timestampSchema.nullable(),
        Owner: ownerReferenceSchema.nullable(),
        Containers: z.array(containerSummarySchema),
      })
      .nullable(),
    Children: z.array(liveResourceSchema),
  }),
});
export type ResourceDetail = z.infer<typeof resourceDetailSchema>;

export const resourceManifestSchema = z.object({
  /** YAML; null when the object is missing from the cluster. */
  LiveManifest: z.string().nullable(),
  /** YAML as applied; absent for children, which nobody applied. */
  DesiredManifest: z.string().nullish(),
  /** A unified diff of desired against live, when both exist. */
  Diff: z.string().nullish(),
});
export type ResourceManifest = z.infer<typeof resourceManifestSchema>;
