import { z } from 'zod';
import { timestampSchema } from './common';
import { taskStateSchema } from './enums';

export const dashboardProjectSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: z.string(),
  ProjectGroupId: z.string(),
  EnvironmentIds: z.array(z.string()),
  TenantedDeploymentMode: z.enum(['Untenanted', 'Tenanted', 'TenantedOrUntenanted']),
  IsDisabled: z.boolean(),
});
export type DashboardProject = z.infer<typeof dashboardProjectSchema>;

export const dashboardProjectGroupSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  EnvironmentIds: z.array(z.string()),
});
export type DashboardProjectGroup = z.infer<typeof dashboardProjectGroupSchema>;

export const dashboardEnvironmentSchema = z.object({
  Id: z.string(),
  Name: z.string(),
});
export type DashboardEnvironment = z.infer<typeof dashboardEnvironmentSchema>;

export const dashboardTenantSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  /** Project id -> the environment ids this tenant is connected to in that project. */
  ProjectEnvironments: z.record(z.string(), z.array(z.string())),
});
export type DashboardTenant = z.infer<typeof dashboardTenantSchema>;

/** The latest deployment of a project to an environment (and tenant). */
export const dashboardItemSchema = z.object({
  Id: z.string(),
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: z.string().nullable(),
  ReleaseId: z.string(),
  ReleaseVersion: z.string(),
  DeploymentId: z.string(),
  TaskId: z.string(),
  State: taskStateSchema,
  HasPendingInterruptions: z.boolean(),
  HasWarningsOrErrors: z.boolean(),
  ErrorMessage: z.string().nullable(),
  QueueTime: timestampSchema,
  StartTime: timestampSchema.nullable(),
  CompletedTime: timestampSchema.nullable(),
  Duration: z.string().nullable(),
  IsCurrent: z.boolean(),
  IsPrevious: z.boolean(),
  IsCompleted: z.boolean(),
});
export type DashboardItem = z.infer<typeof dashboardItemSchema>;

export const dashboardSchema = z.object({
  Projects: z.array(dashboardProjectSchema),
  ProjectGroups: z.array(dashboardProjectGroupSchema),
  Environments: z.array(dashboardEnvironmentSchema),
  Tenants: z.array(dashboardTenantSchema),
  Items: z.array(dashboardItemSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
