import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer } from '../../../mocks/server/node';
import { createApiClient } from '../client';
import { applicationLiveStatusSchema } from '../contract';
import type { ResourceIds } from '../endpoints/application-ids';
import { TEST_BASE_URL } from '../testing/fixtures';
import {
  createObjectQueries,
  isSessionTimeoutError,
  objectQueries,
  runSession,
  SessionTimeoutError,
} from './object-queries';

const client = createApiClient({ baseUrl: TEST_BASE_URL });
/** Fast polls, so a test of a session that never completes takes a fifth of a second. */
const queries = createObjectQueries(client, { pollIntervalMs: 10, timeoutMs: 200 });

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
});

function serve(scenario?: string) {
  const simulated = createTestServer({ scenario });
  simulated.server.listen({ onUnhandledRequest: 'error' });
  const requests: string[] = [];
  const posted: Promise<unknown>[] = [];
  simulated.server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    if (request.method === 'POST') posted.push(request.clone().json());
  });
  stop = () => {
    simulated.server.close();
  };
  return { ...simulated, requests, posted };
}

const carts = {
  spaceId: 'Spaces-1',
  projectId: 'Projects-2',
  environmentId: 'Environments-4',
  tenantId: null,
};

/** The carts Pod in CrashLoopBackOff, found the way the page finds it. */
function crashLoopingPod(simulation: ReturnType<typeof serve>['simulation']): ResourceIds {
  const live = simulation.applicationLiveStatus(carts, false);
  if (!live.ok) throw new Error('no carts in Production');
  const machine = applicationLiveStatusSchema.parse(live.body).MachineStatuses[0];
  const pods = (machine?.Resources ?? [])
    .flatMap((resource) => resource.Children)
    .flatMap((replicaSet) => replicaSet.Children);
  const pod = pods.find((candidate) => candidate.HealthStatus === 'Degraded');
  if (!machine || !pod?.ResourceId) throw new Error('no crash-looping Pod');
  return { ...carts, machineId: machine.MachineId, resourceId: pod.ResourceId };
}

describe('object query keys', () => {
  it('keep one object’s queries together under its space, and step manifests under the task', () => {
    const ids: ResourceIds = { ...carts, machineId: 'Machines-4', resourceId: 'r-1' };
    const one = [
      'objects',
      'Spaces-1',
      'Projects-2',
      'Environments-4',
      'untenanted',
      'Machines-4',
      'r-1',
    ];
    expect(objectQueries.one(ids)).toEqual(one);
    expect(objectQueries.detail(ids).queryKey).toEqual([...one, 'detail']);
    expect(objectQueries.manifest(ids).queryKey).toEqual([...one, 'manifest']);
    expect(objectQueries.events(ids).queryKey).toEqual([...one, 'events']);
    expect(
      objectQueries.logs(ids, { podName: 'p', containerName: 'c', previous: true }).queryKey,
    ).toEqual([...one, 'logs', 'p', 'c', 'previous']);
    expect(objectQueries.one({ ...ids, tenantId: 'Tenants-1' })[4]).toBe('Tenants-1');
    expect(
      objectQueries.stepManifest({
        spaceId: 'Spaces-1',
        taskId: 'ServerTasks-9',
        actionId: 'a',
        uuid: 'u',
      }).queryKey,
    ).toEqual(['tasks', 'Spaces-1', 'ServerTasks-9', 'step-object-manifest', 'a', 'u']);
  });
});

describe('events and logs sessions', () => {
  it('open a session, poll it until it completes, and return what it found', async () => {
    const { simulation, requests, posted } = serve();
    const pod = crashLoopingPod(simulation);
    const session = await new QueryClient().query(queries.events(pod));

    expect(session.IsSessionCompleted).toBe(true);
    expect(session.Error).toBeNull();
    expect(session.Events).toContainEqual(
      expect.objectContaining({
        Type: 'Warning',
        Reason: 'BackOff',
        Note: expect.stringMatching(
          /^Back-off restarting failed container carts in pod/,
        ) as unknown,
        ReportingController: 'kubelet',
      }),
    );
    // The session names the object with the space it lives in.
    await expect(Promise.all(posted)).resolves.toEqual([
      {
        SpaceId: 'Spaces-1',
        ProjectId: 'Projects-2',
        EnvironmentId: 'Environments-4',
        TenantId: null,
        MachineId: pod.machineId,
        DesiredOrKubernetesMonitoredResourceId: pod.resourceId,
      },
    ]);
    // One POST, then GETs until the monitor said it was done (the simulation needs two).
    expect(requests).toEqual([
      'POST /api/Spaces-1/observability/events/sessions',
      'GET /api/Spaces-1/observability/events/sessions/EventsSessions-1',
      'GET /api/Spaces-1/observability/events/sessions/EventsSessions-1',
    ]);
  });

  it('read a container’s logs, and its previous container’s', async () => {
    const { simulation } = serve();
    const pod = crashLoopingPod(simulation);
    const queryClient = new QueryClient();
    const request = { podName: '', containerName: 'carts', previous: true };
    const live = simulation.resource(pod);
    if (!live.ok) throw new Error('no pod');
    request.podName = live.body.Resource.Name;
    const previous = await queryClient.query(queries.logs(pod, request));
    expect(previous.Error).toBeNull();
    expect(previous.Logs.length).toBeGreaterThan(3);
    expect(previous.Logs.map((line) => line.Message).join('\n')).toMatch(
      /MongoSocketOpenException/,
    );
  });

  it('return the monitor’s error as data, for the drawer to explain', async () => {
    const { simulation } = serve('events-session-failure');
    const session = await new QueryClient().query(queries.events(crashLoopingPod(simulation)));
    expect(session.Error).toEqual({
      ErrorCode: 'MonitorUnavailable',
      ErrorMessage: expect.stringMatching(/did not answer the events request/) as unknown,
    });
  });

  it('give up after the timeout with an error that says the monitor did not answer', async () => {
    const { simulation, requests } = serve('logs-timeout');
    const pod = crashLoopingPod(simulation);
    const started = Date.now();
    const error: unknown = await new QueryClient()
      .query(queries.logs(pod, { podName: 'x', containerName: 'carts', previous: false }))
      .catch((caught: unknown) => caught);

    expect(isSessionTimeoutError(error)).toBe(true);
    expect(error).toBeInstanceOf(SessionTimeoutError);
    expect((error as Error).message).toBe(
      'The Kubernetes monitor did not answer in time: no logs after 200 ms',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    // It kept polling until then, and stopped after.
    const polls = requests.filter((request) => request.startsWith('GET')).length;
    expect(polls).toBeGreaterThan(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((request) => request.startsWith('GET')).length).toBe(polls);
  });

  it('the default timeout is 20 s', () => {
    expect(new SessionTimeoutError('events', 20_000).message).toBe(
      'The Kubernetes monitor did not answer in time: no events after 20 s',
    );
  });

  it('pass the caller’s abort on as it is, not as a timeout', async () => {
    const controller = new AbortController();
    const reason = new DOMException('Left the tab', 'AbortError');
    const pending = runSession(
      () => Promise.resolve({ SessionId: 's' }),
      (_id, signal) =>
        new Promise<{ IsSessionCompleted: boolean }>((_resolve, reject) => {
          const fail = () => reject(signal.reason as Error);
          if (signal.aborted) fail();
          else signal.addEventListener('abort', fail);
        }),
      {
        what: 'events',
        timing: { pollIntervalMs: 10, timeoutMs: 1_000 },
        signal: controller.signal,
      },
    );
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
