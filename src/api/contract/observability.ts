import { z } from 'zod';
import { optional, optionalList } from './common';

/*
 * Events and container-logs sessions, as the REST reference (OctopusDeploy/docs
 * api/_generated/observability.md) and the C# models (OctopusDeploy/OctopusClients
 * Model/Observability/ResourceEvents, ContainerLogs, MonitorErrorResource.cs) give them: POST
 * opens a session, GET polls it until `IsSessionCompleted` or `Error`.
 */

/** Which object a session is about: the same coordinates as the one-object endpoint. */
const sessionTargetSchema = z.object({
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: z.string().nullish(),
  MachineId: z.string(),
  DesiredOrKubernetesMonitoredResourceId: z.string().min(1),
  SpaceId: z.string(),
});

export const createEventsSessionRequestSchema = sessionTargetSchema;
export type CreateEventsSessionRequest = z.infer<typeof createEventsSessionRequestSchema>;

export const createLogsSessionRequestSchema = sessionTargetSchema.extend({
  PodName: z.string().min(1),
  ContainerName: z.string().min(1),
  ShowPreviousContainer: z.boolean(),
});
export type CreateLogsSessionRequest = z.infer<typeof createLogsSessionRequestSchema>;

export const sessionCreatedSchema = z.object({ SessionId: z.string() });
export type SessionCreated = z.infer<typeof sessionCreatedSchema>;

/** A failure the Kubernetes monitor reported for a session (`MonitorErrorResource`). */
export const monitorErrorSchema = z.object({
  ErrorCode: optional(z.string()),
  ErrorMessage: optional(z.string()),
});
export type MonitorError = z.infer<typeof monitorErrorSchema>;

/** `KubernetesEventResource`: an events.k8s.io Event, as the monitor relays it. */
export const kubernetesEventSchema = z.object({
  /** `Normal` or `Warning` in Kubernetes; kept as the server's text. */
  Type: optional(z.string()),
  Reason: optional(z.string()),
  Note: optional(z.string()),
  Action: optional(z.string()),
  Count: optional(z.number().int()),
  FirstObservedTime: optional(z.string()),
  LastObservedTime: optional(z.string()),
  ReportingController: optional(z.string()),
  ReportingInstance: optional(z.string()),
  /** The event object itself, as YAML or JSON text. */
  Manifest: optional(z.string()),
});
export type KubernetesEvent = z.infer<typeof kubernetesEventSchema>;

export const eventsSessionSchema = z.object({
  Events: optionalList(kubernetesEventSchema),
  IsSessionCompleted: z.boolean(),
  Error: optional(monitorErrorSchema),
});
export type EventsSession = z.infer<typeof eventsSessionSchema>;

export const logLineSchema = z.object({
  Timestamp: optional(z.string()),
  Message: z.string(),
});
export type LogLine = z.infer<typeof logLineSchema>;

export const logsSessionSchema = z.object({
  Logs: optionalList(logLineSchema),
  IsSessionCompleted: z.boolean(),
  Error: optional(monitorErrorSchema),
});
export type LogsSession = z.infer<typeof logsSessionSchema>;

/* What a server sends (the schemas' input side): the simulated server is typed by these. */
export type EventsSessionBody = z.input<typeof eventsSessionSchema>;
export type KubernetesEventBody = z.input<typeof kubernetesEventSchema>;
export type LogsSessionBody = z.input<typeof logsSessionSchema>;
export type LogLineBody = z.input<typeof logLineSchema>;
export type MonitorErrorBody = z.input<typeof monitorErrorSchema>;
