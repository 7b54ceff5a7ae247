import { z } from 'zod';
import { linksSchema, optional, optionalList, timestampSchema } from './common';
import {
  activityStatusSchema,
  logCategorySchema,
  objectStatusSchema,
  taskStateSchema,
} from './enums';

/*
 * Deployments, releases and server tasks as the REST reference (OctopusDeploy/docs
 * api/_generated/tasks.md) and the C# models (OctopusDeploy/OctopusClients DeploymentResource.cs,
 * ReleaseResource.cs, TaskResource.cs, ActivityElement.cs, ActivityLogElement.cs) give them.
 */

export const deploymentSchema = z.object({
  Id: z.string(),
  Name: optional(z.string()),
  SpaceId: optional(z.string()),
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: optional(z.string()),
  ReleaseId: z.string(),
  ChannelId: optional(z.string()),
  DeploymentProcessId: optional(z.string()),
  TaskId: z.string(),
  Comments: optional(z.string()),
  Created: optional(timestampSchema),
  QueueTime: optional(timestampSchema),
  QueueTimeExpiry: optional(timestampSchema),
  DeployedBy: optional(z.string()),
  DeployedById: optional(z.string()),
  FailureEncountered: optional(z.boolean()),
  Links: linksSchema,
});
export type Deployment = z.infer<typeof deploymentSchema>;

export const releaseSchema = z.object({
  Id: z.string(),
  SpaceId: optional(z.string()),
  ProjectId: z.string(),
  ChannelId: optional(z.string()),
  Version: z.string(),
  ReleaseNotes: optional(z.string()),
  Assembled: optional(timestampSchema),
  Links: linksSchema,
});
export type Release = z.infer<typeof releaseSchema>;

export const taskSchema = z.object({
  Id: z.string(),
  SpaceId: optional(z.string()),
  Name: z.string(),
  Description: optional(z.string()).transform((value) => value ?? ''),
  State: taskStateSchema,
  QueueTime: optional(timestampSchema),
  QueueTimeExpiry: optional(timestampSchema),
  StartTime: optional(timestampSchema),
  CompletedTime: optional(timestampSchema),
  LastUpdatedTime: optional(timestampSchema),
  /** A human text, such as "1 minute ago". */
  Completed: optional(z.string()),
  Duration: optional(z.string()),
  ErrorMessage: optional(z.string()),
  HasWarningsOrErrors: optional(z.boolean()).transform((value) => value ?? false),
  IsCompleted: z.boolean(),
  FinishedSuccessfully: optional(z.boolean()).transform((value) => value ?? false),
  HasBeenPickedUpByProcessor: optional(z.boolean()),
  HasPendingInterruptions: optional(z.boolean()),
  PendingInterruptionTypes: optionalList(z.string()),
  HasPendingPreconditions: optional(z.boolean()),
  CanRerun: optional(z.boolean()),
  ServerNode: optional(z.string()),
  ProjectId: optional(z.string()),
  EstimatedRemainingQueueDurationSeconds: optional(z.number()),
  BusinessProcessState: optional(z.string()),
  Arguments: optional(z.record(z.string(), z.unknown())).transform((value) => ({
    DeploymentId: typeof value?.DeploymentId === 'string' ? value.DeploymentId : undefined,
  })),
  Links: linksSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const logElementSchema = z.object({
  Category: logCategorySchema,
  MessageText: z.string(),
  Detail: optional(z.string()),
  OccurredAt: timestampSchema,
});
export type LogElement = z.infer<typeof logElementSchema>;

/** One node of a task's activity log: the task, a step, a target, or an action. */
export interface ActivityElement {
  Id: string;
  Name: string;
  Status: z.output<typeof activityStatusSchema>;
  Started: string | null;
  Ended: string | null;
  ShowAtSummaryLevel: boolean;
  LogElements: LogElement[];
  Children: ActivityElement[];
}

/** An activity log node as it arrives on the wire. */
export interface ActivityElementBody {
  Id: string;
  Name: string;
  Status: string;
  Category?: string | null;
  Started?: string | null;
  Ended?: string | null;
  ShowAtSummaryLevel?: boolean | null;
  IsPending?: boolean | null;
  ProgressPercentage?: number | null;
  ProgressMessage?: string | null;
  LogTextTruncated?: boolean | null;
  LogElements?: z.input<typeof logElementSchema>[] | null;
  Children?: ActivityElementBody[] | null;
}

export const activityElementSchema: z.ZodType<ActivityElement, ActivityElementBody> = z.lazy(() =>
  z.object({
    Id: z.string(),
    Name: z.string(),
    Status: activityStatusSchema,
    Category: optional(z.string()),
    Started: optional(timestampSchema),
    Ended: optional(timestampSchema),
    ShowAtSummaryLevel: optional(z.boolean()).transform((value) => value ?? false),
    IsPending: optional(z.boolean()),
    ProgressPercentage: optional(z.number()),
    ProgressMessage: optional(z.string()),
    LogTextTruncated: optional(z.boolean()),
    LogElements: optionalList(logElementSchema),
    Children: optionalList(activityElementSchema),
  }),
);

export const taskDetailsSchema = z.object({
  Task: taskSchema,
  ActivityLogs: optionalList(activityElementSchema),
  Progress: optional(
    z.object({
      ProgressPercentage: optional(z.number()).transform((value) => value ?? 0),
      EstimatedTimeRemaining: optional(z.string()),
    }),
  ).transform((value) => value ?? { ProgressPercentage: 0, EstimatedTimeRemaining: null }),
  PhysicalLogSize: optional(z.number()),
  Links: linksSchema,
});
export type TaskDetails = z.infer<typeof taskDetailsSchema>;

/** Kind-specific columns of an object on the Kubernetes tab (Deployment: UpToDate, Ready...). */
export const objectStatusDataSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export interface StepObject {
  Uuid: string;
  Group: string;
  Version: string;
  Kind: string;
  Name: string;
  Namespace: string | null;
  MachineId: string;
  Status: z.infer<typeof objectStatusSchema>;
  Data: z.infer<typeof objectStatusDataSchema>;
  Children: StepObject[];
  /** True for objects the step applied; children (ReplicaSets, Pods) have no manifest. */
  ManifestAvailable: boolean;
}

/** A step object as it arrives on the wire. */
export interface StepObjectBody extends Omit<StepObject, 'Status' | 'Children'> {
  Status: string;
  Children: StepObjectBody[];
}

export const stepObjectSchema: z.ZodType<StepObject, StepObjectBody> = z.lazy(() =>
  z.object({
    Uuid: z.string(),
    Group: z.string(),
    Version: z.string(),
    Kind: z.string(),
    Name: z.string(),
    Namespace: z.string().nullable(),
    MachineId: z.string(),
    Status: objectStatusSchema,
    Data: objectStatusDataSchema,
    Children: z.array(stepObjectSchema),
    ManifestAvailable: z.boolean(),
  }),
);

/** Our extension: the Kubernetes tab of a deployment, one entry per step that applies objects. */
export const taskObjectStatusSchema = z.object({
  Steps: z.array(
    z.object({
      ActionId: z.string(),
      StepName: z.string(),
      Status: objectStatusSchema,
      /** False for steps configured without object status verification. */
      VerifiesObjects: z.boolean(),
      IsLive: z.boolean(),
      SnapshotTakenAt: timestampSchema.nullable(),
      Resources: z.array(stepObjectSchema),
    }),
  ),
});
export type TaskObjectStatus = z.infer<typeof taskObjectStatusSchema>;

/** Our extension: the manifest a deployment step applied for one object (YAML). */
export const stepObjectManifestSchema = z.object({
  Kind: z.string(),
  Name: z.string(),
  Namespace: z.string().nullable(),
  AppliedManifest: z.string(),
});
export type StepObjectManifest = z.infer<typeof stepObjectManifestSchema>;

/* What a server sends (the schemas' input side): the simulated server is typed by these. */
export type DeploymentBody = z.input<typeof deploymentSchema>;
export type ReleaseBody = z.input<typeof releaseSchema>;
export type TaskBody = z.input<typeof taskSchema>;
export type TaskDetailsBody = z.input<typeof taskDetailsSchema>;
export type LogElementBody = z.input<typeof logElementSchema>;
export type TaskObjectStatusBody = z.input<typeof taskObjectStatusSchema>;
export type StepObjectManifestBody = z.input<typeof stepObjectManifestSchema>;
