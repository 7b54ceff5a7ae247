import { z } from 'zod';
import { linksSchema, optional, optionalList, timestampSchema } from './common';
import { taskStateSchema } from './enums';

/*
 * `GET /api/{spaceId}/dashboard` as the REST reference (OctopusDeploy/docs
 * api/_generated/dashboard.md) and the C# models (OctopusDeploy/OctopusClients Dashboard*.cs)
 * give it.
 */

export const tenantedDeploymentModes = ['Untenanted', 'TenantedOrUntenanted', 'Tenanted'] as const;

export const dashboardProjectSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: optional(z.string()),
  ProjectGroupId: z.string(),
  EnvironmentIds: optionalList(z.string()),
  /** An unknown mode reads as the most general one. */
  TenantedDeploymentMode: z
    .string()
    .nullish()
    .transform(
      (value): (typeof tenantedDeploymentModes)[number] =>
        tenantedDeploymentModes.find((mode) => mode === value) ?? 'TenantedOrUntenanted',
    ),
  CanPerformUntenantedDeployment: optional(z.boolean()),
  IsDisabled: optional(z.boolean()).transform((value) => value ?? false),
  Links: linksSchema,
});
export type DashboardProject = z.infer<typeof dashboardProjectSchema>;

export const dashboardProjectGroupSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  EnvironmentIds: optionalList(z.string()),
  Links: linksSchema,
});
export type DashboardProjectGroup = z.infer<typeof dashboardProjectGroupSchema>;

export const dashboardEnvironmentSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Links: linksSchema,
});
export type DashboardEnvironment = z.infer<typeof dashboardEnvironmentSchema>;

export const dashboardTenantSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  /** Project id -> the environment ids this tenant is connected to in that project. */
  ProjectEnvironments: optional(z.record(z.string(), z.array(z.string()))).transform(
    (value) => value ?? {},
  ),
  TenantTags: optionalList(z.string()),
  IsDisabled: optional(z.boolean()),
  Links: linksSchema,
});
export type DashboardTenant = z.infer<typeof dashboardTenantSchema>;

/** The latest (or a previous) deployment of a project to an environment (and tenant). */
export const dashboardItemSchema = z.object({
  Id: z.string(),
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: optional(z.string()),
  ReleaseId: z.string(),
  ReleaseVersion: z.string(),
  DeploymentId: z.string(),
  TaskId: z.string(),
  ChannelId: optional(z.string()),
  State: taskStateSchema,
  HasPendingInterruptions: optional(z.boolean()).transform((value) => value ?? false),
  PendingInterruptionTypes: optionalList(z.string()),
  HasPendingPreconditions: optional(z.boolean()),
  PendingPreconditionTypes: optionalList(z.string()),
  HasWarningsOrErrors: optional(z.boolean()).transform((value) => value ?? false),
  ErrorMessage: optional(z.string()),
  Created: optional(timestampSchema),
  QueueTime: timestampSchema,
  StartTime: optional(timestampSchema),
  CompletedTime: optional(timestampSchema),
  Duration: optional(z.string()),
  IsCurrent: optional(z.boolean()).transform((value) => value ?? true),
  IsPrevious: optional(z.boolean()).transform((value) => value ?? false),
  IsCompleted: z.boolean(),
  Links: linksSchema,
});
export type DashboardItem = z.infer<typeof dashboardItemSchema>;

export const dashboardSchema = z.object({
  Id: optional(z.string()),
  Projects: optionalList(dashboardProjectSchema),
  ProjectGroups: optionalList(dashboardProjectGroupSchema),
  Environments: optionalList(dashboardEnvironmentSchema),
  Tenants: optionalList(dashboardTenantSchema),
  Items: optionalList(dashboardItemSchema),
  /** The deployments before the current ones, when the server was asked for them. */
  PreviousItems: optionalList(dashboardItemSchema),
  /** How many projects the dashboard shows at most; more exist when it is reached. */
  ProjectLimit: optional(z.number().int()),
  /** True when the dashboard was filtered (by project, tags or tenants). */
  IsFiltered: optional(z.boolean()).transform((value) => value ?? false),
  Links: linksSchema,
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/* What a server sends (the schemas' input side): the simulated server is typed by these. */
export type DashboardBody = z.input<typeof dashboardSchema>;
export type DashboardItemBody = z.input<typeof dashboardItemSchema>;
