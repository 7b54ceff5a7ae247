import { z } from 'zod';
import { linksSchema, optional, optionalList, resourceCollectionSchema } from './common';
import { tenantedDeploymentModes } from './dashboard';

/*
 * The space's own resources Periscope names things with, as the C# models
 * (OctopusDeploy/OctopusClients Model/SpaceResource.cs, MachineResource.cs, ProjectResource.cs,
 * EnvironmentResource.cs, TenantResource.cs) give them. Only what Periscope reads is required;
 * a real server sends many more fields, which are ignored.
 */

export const spaceSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: optional(z.string()),
  Description: optional(z.string()),
  IsDefault: optional(z.boolean()),
  IsPrivate: optional(z.boolean()),
  Icon: optional(z.unknown()),
  ExtensionSettings: optionalList(z.unknown()),
  TaskQueueStopped: optional(z.boolean()),
  SpaceManagersTeams: optionalList(z.string()),
  SpaceManagersTeamMembers: optionalList(z.string()),
  Links: linksSchema,
});
export type Space = z.infer<typeof spaceSchema>;

/** A deployment target (`MachineResource`): what a live status `MachineId` names. */
export const machineSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  SpaceId: optional(z.string()),
  EnvironmentIds: optionalList(z.string()),
  Roles: optionalList(z.string()),
  TenantIds: optionalList(z.string()),
  TenantedDeploymentParticipation: optional(z.string()),
  IsDisabled: optional(z.boolean()),
  HealthStatus: optional(z.string()),
  StatusSummary: optional(z.string()),
  Slug: optional(z.string()),
  Links: linksSchema,
});
export type Machine = z.infer<typeof machineSchema>;

export const projectSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: optional(z.string()),
  Description: optional(z.string()),
  SpaceId: optional(z.string()),
  ProjectGroupId: optional(z.string()),
  LifecycleId: optional(z.string()),
  IsDisabled: optional(z.boolean()),
  TenantedDeploymentMode: optional(z.enum(tenantedDeploymentModes).catch('TenantedOrUntenanted')),
  /** True when the dashboard's live status combines sync into health ("Prioritize health" off). */
  CombineHealthAndSyncStatusInDashboardLiveStatus: optional(z.boolean()),
  Links: linksSchema,
});
export type Project = z.infer<typeof projectSchema>;

export const environmentSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: optional(z.string()),
  Description: optional(z.string()),
  SpaceId: optional(z.string()),
  SortOrder: optional(z.number()),
  Links: linksSchema,
});
export type Environment = z.infer<typeof environmentSchema>;

export const tenantSchema = z.object({
  Id: z.string(),
  Name: z.string(),
  Slug: optional(z.string()),
  Description: optional(z.string()),
  SpaceId: optional(z.string()),
  IsDisabled: optional(z.boolean()),
  TenantTags: optionalList(z.string()),
  ProjectEnvironments: optional(z.record(z.string(), z.array(z.string()))),
  Links: linksSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

/** `GET /api/{spaceId}/tenants`: a page of tenants. */
export const tenantsPageSchema = resourceCollectionSchema(tenantSchema);
export type TenantsPage = z.infer<typeof tenantsPageSchema>;

/* What a server sends (the schemas' input side): the simulated server is typed by these. */
export type SpaceBody = z.input<typeof spaceSchema>;
export type MachineBody = z.input<typeof machineSchema>;
export type ProjectBody = z.input<typeof projectSchema>;
export type EnvironmentBody = z.input<typeof environmentSchema>;
export type TenantBody = z.input<typeof tenantSchema>;
export type TenantsPageBody = z.input<typeof tenantsPageSchema>;
