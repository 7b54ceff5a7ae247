import { z } from 'zod';
import { timestampSchema } from './common';
import {
  activityStatusSchema,
  logCategorySchema,
  objectStatusSchema,
  taskStateSchema,
} from './enums';

export const deploymentSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: z.string().nullable(),
  ReleaseId: z.string(),
  TaskId: z.string(),
  Created: timestampSchema,
});
export type Deployment = z.infer<typeof deploymentSchema>;

export const releaseSchema = z.object({
  Id: z.string(),
  ProjectId: z.string(),
  Version: z.string(),
  Assembled: timestampSchema,
});
export type Release = z.infer<typeof releaseSchema>;

export const taskSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Description: z.string(),
  State: taskStateSchema,
  QueueTime: timestampSchema,
  StartTime: timestampSchema.nullable(),
  CompletedTime: timestampSchema.nullable(),
  Duration: z.string().nullable(),
  ErrorMessage: z.string().nullable(),
  HasWarningsOrErrors: z.boolean(),
  IsCompleted: z.boolean(),
  FinishedSuccessfully: z.boolean(),
  Arguments: z.object({ DeploymentId: z.string().optional() }),
});
export type Task = z.infer<typeof taskSchema>;

export const logElementSchema = z.object({
  Category: logCategorySchema,
  MessageText: z.string(),
  OccurredAt: timestampSchema,
});
export type LogElement = z.infer<typeof logElementSchema>;

/** One node of a task's activity log: the task, a step, a target, or an action. */
export interface ActivityElement {
  Id: string;
  Name: string;
  Status: z.infer<typeof activityStatusSchema>;
  Started: string | null;
  Ended: string | null;
  ShowAtSummaryLevel: boolean;
  LogElements: LogElement[];
  Children: ActivityElement[];
}

export const activityElementSchema: z.ZodType<ActivityElement> = z.lazy(() =>
  z.object({
    Id: z.string(),
    Name: z.string(),
    Status: activityStatusSchema,
    Started: timestampSchema.nullable(),
    Ended: timestampSchema.nullable(),
    ShowAtSummaryLevel: z.boolean(),
    LogElements: z.array(logElementSchema),
    Children: z.array(activityElementSchema),
  }),
);

export const taskDetailsSchema = z.object({
  Task: taskSchema,
  ActivityLogs: z.array(activityElementSchema),
  Progress: z.object({
    ProgressPercentage: z.number(),
    EstimatedTimeRemaining: z.string().nullable(),
  }),
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

export const stepObjectSchema: z.ZodType<StepObject> = z.lazy(() =>
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
