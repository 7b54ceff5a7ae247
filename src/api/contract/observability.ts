import { z } from 'zod';
import { timestampSchema } from './common';
import { eventTypeSchema } from './enums';

/** Which object a session is about: the same coordinates as the one-object endpoint. */
const sessionTargetSchema = z.object({
  ProjectId: z.string(),
  EnvironmentId: z.string(),
  TenantId: z.string().nullable(),
  MachineId: z.string(),
  DesiredOrKubernetesMonitoredResourceId: z.string(),
});

export const createEventsSessionRequestSchema = sessionTargetSchema;
export type CreateEventsSessionRequest = z.infer<typeof createEventsSessionRequestSchema>;

export const createLogsSessionRequestSchema = sessionTargetSchema.extend({
  PodName: z.string(),
  ContainerName: z.string(),
  ShowPreviousContainer: z.boolean(),
});
export type CreateLogsSessionRequest = z.infer<typeof createLogsSessionRequestSchema>;

export const sessionCreatedSchema = z.object({ SessionId: z.string() });
export type SessionCreated = z.infer<typeof sessionCreatedSchema>;

/** A failure reported by the Kubernetes monitor for a session. */
export const monitorErrorSchema = z.object({
  Code: z.string(),
  Message: z.string(),
});
export type MonitorError = z.infer<typeof monitorErrorSchema>;

export const kubernetesEventSchema = z.object({
  Type: eventTypeSchema,
  Reason: z.string(),
  Message: z.string(),
  Count: z.number().int(),
  FirstSeen: timestampSchema,
  LastSeen: timestampSchema,
  Source: z.string().nullable(),
});
export type KubernetesEvent = z.infer<typeof kubernetesEventSchema>;

export const eventsSessionSchema = z.object({
  SessionId: z.string(),
  IsSessionCompleted: z.boolean(),
  Events: z.array(kubernetesEventSchema),
  Error: monitorErrorSchema.nullable(),
});
export type EventsSession = z.infer<typeof eventsSessionSchema>;

export const logLineSchema = z.object({
  Timestamp: timestampSchema,
  Message: z.string(),
});
export type LogLine = z.infer<typeof logLineSchema>;

export const logsSessionSchema = z.object({
  SessionId: z.string(),
  IsSessionCompleted: z.boolean(),
  Logs: z.array(logLineSchema),
  Error: monitorErrorSchema.nullable(),
});
export type LogsSession = z.infer<typeof logsSessionSchema>;
