import { z } from 'zod';
import { optional, optionalList, stringMapSchema, timestampSchema } from './common';
import {
  applicationHealthStatusSchema,
  applicationStatusSchema,
  applicationSyncStatusSchema,
  healthStatusSchema,
  sourceTypeSchema,
  syncStatusSchema,
  taskStateSchema,
} from './enums';

/*
 * The live status endpoints as a real Octopus Server (2025.3+) sends them: the REST reference
 * (OctopusDeploy/docs api/_generated/observability.md), the C# models
 * (OctopusDeploy/OctopusClients Model/Observability/LiveStatus/*) and the Octopus CLI's tests
 * (OctopusDeploy/cli kubernetes/live-status). Only `Name`, `Kind`, `HealthStatus` and `Children`
 * are promised on an object; everything else may be absent or null and reads as null here.
 */

/** An object's fields shared by the list (`KubernetesLiveStatusResource`) and the detail. */
const liveObjectFields = {
  Name: z.string(),
  Namespace: optional(z.string()),
  Kind: z.string(),
  HealthStatus: healthStatusSchema,
  /** Absent for objects the server compares with nothing: read as `NotApplicable`. */
  SyncStatus: optional(syncStatusSchema).transform((value) => value ?? 'NotApplicable'),
  HealthStatusMessage: optional(z.string()),
  SyncStatusMessage: optional(z.string()),
  /** The object's own source (the target's machine id for the Kubernetes monitor), newer servers. */
  ResourceSourceId: optional(z.string()),
  SourceType: optional(sourceTypeSchema),
  LastUpdated: optional(timestampSchema),
  /** Set for top-level (applied) objects: how they are addressed. */
  DesiredResourceId: optional(z.string()),
  /** The Kubernetes UID; null for a desired object missing from the cluster. */
  ResourceId: optional(z.string()),
};

/** One Kubernetes object as the live status endpoints report it. */
export interface LiveResource {
  Name: string;
  Namespace: string | null;
  Kind: string;
  /** The API group ('' for the core group); older servers only. */
  Group: string | null;
  HealthStatus: z.output<typeof healthStatusSchema>;
  SyncStatus: z.output<typeof syncStatusSchema>;
  HealthStatusMessage: string | null;
  SyncStatusMessage: string | null;
  /** The target the object lives on; older servers only (newer send `ResourceSourceId`). */
  MachineId: string | null;
  ResourceSourceId: string | null;
  SourceType: z.output<typeof sourceTypeSchema> | null;
  LastUpdated: string | null;
  DesiredResourceId: string | null;
  ResourceId: string | null;
  /** When Octopus stopped deploying the object but still monitors it. */
  OrphanedAt: string | null;
  /** The state of the task deleting an orphaned object (a task state such as `Queued`). */
  DeletionTaskState: z.output<typeof taskStateSchema> | null;
  Children: LiveResource[];
}

/** A live status object as it arrives on the wire: what a server (or the simulator) may send. */
export interface LiveResourceBody {
  Name: string;
  Namespace?: string | null;
  Kind: string;
  Group?: string | null;
  HealthStatus: string;
  SyncStatus?: string | null;
  HealthStatusMessage?: string | null;
  SyncStatusMessage?: string | null;
  MachineId?: string | null;
  ResourceSourceId?: string | null;
  SourceType?: string | null;
  LastUpdated?: string | null;
  DesiredResourceId?: string | null;
  ResourceId?: string | null;
  OrphanedAt?: string | null;
  DeletionTaskState?: string | null;
  Children?: LiveResourceBody[] | null;
}

export const liveResourceSchema: z.ZodType<LiveResource, LiveResourceBody> = z.lazy(() =>
  z.object({
    ...liveObjectFields,
    Group: optional(z.string()),
    MachineId: optional(z.string()),
    OrphanedAt: optional(timestampSchema),
    DeletionTaskState: optional(taskStateSchema),
    Children: optionalList(liveResourceSchema),
  }),
);

export const liveStatusSummarySchema = z.object({
  /** The dashboard-facing status: health, or sync when combined, or a deployment-derived state. */
  Status: applicationStatusSchema,
  /** Older servers send only `Status` and `LastUpdated`: both read as null then. */
  HealthStatus: optional(applicationHealthStatusSchema),
  SyncStatus: optional(applicationSyncStatusSchema),
  SyncStatusMessage: optional(z.string()),
  /** When the monitor last reported (1970-01-01 when it never has, for `NotSupported`). */
  LastUpdated: optional(timestampSchema),
  TotalOrphanCount: optional(z.number().int()),
});
export type LiveStatusSummary = z.infer<typeof liveStatusSummarySchema>;

export const machineStatusSchema = z.object({
  MachineId: z.string(),
  Status: applicationStatusSchema,
  Resources: optionalList(liveResourceSchema),
});
export type MachineStatus = z.infer<typeof machineStatusSchema>;

export const applicationLiveStatusSchema = z.object({
  MachineStatuses: optionalList(machineStatusSchema),
  Summary: liveStatusSummarySchema,
  /** Argo CD instances feeding the application, on servers that have them (not read yet). */
  ArgoCDInstanceStatuses: optionalList(z.unknown()),
});
export type ApplicationLiveStatus = z.infer<typeof applicationLiveStatusSchema>;

/** Our extension: one summary per project x environment (x tenant), for the dashboard. */
export const liveStatusSummariesSchema = z.object({
  Summaries: z.array(
    z.object({
      ProjectId: z.string(),
      EnvironmentId: z.string(),
      TenantId: optional(z.string()),
      Summary: liveStatusSummarySchema,
    }),
  ),
});
export type LiveStatusSummaries = z.infer<typeof liveStatusSummariesSchema>;

/** `ManifestSummaryResource`; Pods (`PodManifestSummaryResource`) add their containers. */
export const manifestSummarySchema = z.object({
  Kind: optional(z.string()),
  Labels: stringMapSchema,
  Annotations: stringMapSchema,
  CreationTimestamp: optional(timestampSchema),
  /** Container names (obsolete on newer servers, which send `ContainerDetails`). */
  Containers: optionalList(z.string()),
  ContainerDetails: optionalList(z.object({ Name: z.string(), Image: optional(z.string()) })),
});
export type ManifestSummary = z.infer<typeof manifestSummarySchema>;

export const externalLinkSchema = z.object({
  Label: optional(z.string()),
  Uri: z.string(),
});

/** `KubernetesLiveStatusDetailedResource`: one object, with the parts of its manifest summarised. */
export interface DetailedResource {
  Name: string;
  Namespace: string | null;
  Kind: string;
  HealthStatus: z.output<typeof healthStatusSchema>;
  SyncStatus: z.output<typeof syncStatusSchema>;
  HealthStatusMessage: string | null;
  SyncStatusMessage: string | null;
  ResourceSourceId: string | null;
  SourceType: z.output<typeof sourceTypeSchema> | null;
  LastUpdated: string | null;
  DesiredResourceId: string | null;
  ResourceId: string | null;
  ManifestSummary: ManifestSummary | null;
  ExternalLink: z.output<typeof externalLinkSchema> | null;
  Children: DetailedResource[];
}

/** A detailed object as it arrives on the wire. */
export interface DetailedResourceBody extends Omit<
  LiveResourceBody,
  'Group' | 'MachineId' | 'OrphanedAt' | 'DeletionTaskState' | 'Children'
> {
  ManifestSummary?: z.input<typeof manifestSummarySchema> | null;
  ExternalLink?: z.input<typeof externalLinkSchema> | null;
  Children?: DetailedResourceBody[] | null;
}

export const detailedResourceSchema: z.ZodType<DetailedResource, DetailedResourceBody> = z.lazy(
  () =>
    z.object({
      ...liveObjectFields,
      ManifestSummary: optional(manifestSummarySchema),
      ExternalLink: optional(externalLinkSchema),
      Children: optionalList(detailedResourceSchema),
    }),
);

/** The one-object endpoint. */
export const resourceDetailSchema = z.object({ Resource: detailedResourceSchema });
export type ResourceDetail = z.infer<typeof resourceDetailSchema>;

/** `LiveResourceDiff`: `Left` is the applied (desired) side, `Right` the live one. */
export const manifestDiffSchema = z.object({
  Left: optional(z.string()),
  Right: optional(z.string()),
  /** A unified diff of left against right. */
  Diff: optional(z.string()),
});
export type ManifestDiff = z.infer<typeof manifestDiffSchema>;

/** `/manifest` and `/manifest/v2`: YAML strings. */
export const resourceManifestSchema = z.object({
  /** Null when the object is missing from the cluster (v2 may leave it out). */
  LiveManifest: optional(z.string()),
  /** As applied; absent for children, which nobody applied. */
  DesiredManifest: optional(z.string()),
  Diff: optional(manifestDiffSchema),
});
export type ResourceManifest = z.infer<typeof resourceManifestSchema>;

/* What a server sends (the schemas' input side): the simulated server is typed by these. */
export type LiveStatusSummaryBody = z.input<typeof liveStatusSummarySchema>;
export type ApplicationLiveStatusBody = z.input<typeof applicationLiveStatusSchema>;
export type LiveStatusSummariesBody = z.input<typeof liveStatusSummariesSchema>;
export type ResourceDetailBody = z.input<typeof resourceDetailSchema>;
export type ResourceManifestBody = z.input<typeof resourceManifestSchema>;
