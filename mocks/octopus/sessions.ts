import type {
  CreateEventsSessionRequest,
  CreateLogsSessionRequest,
  EventsSessionBody,
  LogsSessionBody,
  MonitorErrorBody,
} from '../../src/api/contract';
import type { MachineState } from '../engine/application-state';
import { walkNodes, type LiveNode } from '../engine/cluster/live-node';
import { logsFor } from '../engine/observability/container-logs';
import { eventsFor } from '../engine/observability/object-events';
import type { ResourceIds, SimResult, Simulation } from './simulation';
import { TimeProbe } from '../engine/time-probe';

/** A session completes on its second poll, as the monitor answers asynchronously. */
const POLLS_TO_COMPLETE = 2;

interface Session<Request> {
  request: Request;
  polls: number;
}

function idsOf(request: CreateEventsSessionRequest): ResourceIds {
  return {
    projectId: request.ProjectId,
    environmentId: request.EnvironmentId,
    tenantId: request.TenantId ?? null,
    machineId: request.MachineId,
    resourceId: request.DesiredOrKubernetesMonitoredResourceId,
  };
}

/**
 * The events and logs sessions: created by POST, then polled until complete. Kept in memory for
 * the life of the simulation (a reload starts over), numbered in order: deterministic.
 */
export function createSessions(simulation: Simulation) {
  const eventsSessions = new Map<string, Session<CreateEventsSessionRequest>>();
  const logsSessions = new Map<string, Session<CreateLogsSessionRequest>>();
  let counter = 0;

  const open = <Request>(
    store: Map<string, Session<Request>>,
    request: Request,
    prefix: string,
  ) => {
    counter += 1;
    const id = `${prefix}-${String(counter)}`;
    store.set(id, { request, polls: 0 });
    return { SessionId: id };
  };

  /** What the monitor says about the object now: the node, or a MonitorError. */
  const inspect = (
    request: CreateEventsSessionRequest,
  ): { ok: false; error: MonitorErrorBody } | { ok: true; state: MachineState; node: LiveNode } => {
    const found = simulation.resourceNode(idsOf(request));
    if (!found.ok)
      return { ok: false, error: { ErrorCode: 'ObjectNotFound', ErrorMessage: found.message } };
    const { state, node } = found.body;
    if (state.view.kind === 'unreachable') {
      return {
        ok: false,
        error: {
          ErrorCode: 'ClusterUnreachable',
          ErrorMessage: `The Kubernetes monitor on ${state.machine.name} cannot reach the cluster: ${state.view.message}`,
        },
      };
    }
    if (state.view.kind === 'stale') {
      return {
        ok: false,
        error: {
          ErrorCode: 'MonitorNotConnected',
          ErrorMessage: `The Kubernetes monitor on ${state.machine.name} has not connected for over 10 minutes.`,
        },
      };
    }
    if (node.node.live === null) {
      return {
        ok: false,
        error: {
          ErrorCode: 'ObjectNotFound',
          ErrorMessage: `${node.node.kind} "${node.node.name}" was not found in namespace "${node.node.namespace ?? 'default'}".`,
        },
      };
    }
    return { ok: true, state, node: node.node };
  };

  const poll = <Request>(store: Map<string, Session<Request>>, sessionId: string) => {
    const session = store.get(sessionId);
    if (session) session.polls += 1;
    return session ?? null;
  };

  return {
    createEvents(request: CreateEventsSessionRequest) {
      return open(eventsSessions, request, 'EventsSessions');
    },

    createLogs(request: CreateLogsSessionRequest) {
      return open(logsSessions, request, 'LogsSessions');
    },

    events(sessionId: string): SimResult<EventsSessionBody> {
      const session = poll(eventsSessions, sessionId);
      if (!session)
        return { ok: false, status: 404, message: `Session ${sessionId} was not found.` };
      const completed = session.polls >= POLLS_TO_COMPLETE;
      const base = { IsSessionCompleted: completed, Events: [], Error: null };
      if (!completed) return { ok: true, body: base };
      const inspected = inspect(session.request);
      if (!inspected.ok) return { ok: true, body: { ...base, Error: inspected.error } };
      const probe = new TimeProbe(simulation.elapsed());
      const events = eventsFor(
        inspected.node,
        inspected.state.nodes,
        inspected.state.machine.name,
        probe,
        simulation.iso,
      );
      return { ok: true, body: { ...base, Events: events } };
    },

    logs(sessionId: string): SimResult<LogsSessionBody> {
      const session = poll(logsSessions, sessionId);
      if (!session)
        return { ok: false, status: 404, message: `Session ${sessionId} was not found.` };
      const completed = session.polls >= POLLS_TO_COMPLETE;
      const base = { IsSessionCompleted: completed, Logs: [], Error: null };
      if (!completed) return { ok: true, body: base };
      const inspected = inspect(session.request);
      if (!inspected.ok) return { ok: true, body: { ...base, Error: inspected.error } };
      const { PodName, ContainerName, ShowPreviousContainer } = session.request;
      const pod = [...walkNodes(inspected.state.nodes)].find(
        (node) => node.kind === 'Pod' && node.name === PodName,
      );
      if (!pod) {
        const error: MonitorErrorBody = {
          ErrorCode: 'PodNotFound',
          ErrorMessage: `Pod "${PodName}" was not found on ${inspected.state.machine.name}.`,
        };
        return { ok: true, body: { ...base, Error: error } };
      }
      const probe = new TimeProbe(simulation.elapsed());
      const result = logsFor(pod, ContainerName, ShowPreviousContainer, probe, simulation.iso);
      return 'error' in result
        ? { ok: true, body: { ...base, Error: result.error } }
        : { ok: true, body: { ...base, Logs: result.lines } };
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
