import type { Container } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import type { LogLineBody, MonitorErrorBody } from '../../../src/api/contract';
import { buildPod, type PodPlan } from '../cluster/pods';
import { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import type { PodBehaviour } from '../../worlds/world';
import { logsFor } from './container-logs';

const iso = (ms: number) => new Date(Date.UTC(2024, 4, 1) + ms).toISOString();
const minutes = (value: number) => seconds(value * 60);
const LOG_TAIL = 'com.mongodb.MongoSocketOpenException: Exception opening socket';
const CRASH: PodBehaviour = { kind: 'crash-loop', exitCode: 1, reason: 'Error', logTail: LOG_TAIL };

function pod(behaviour: PodBehaviour, containers: Container[], overrides: Partial<PodPlan> = {}) {
  const plan: PodPlan = {
    name: 'carts-5b8f6d7c9-x2x9p',
    namespace: 'sock-shop',
    uid: '6a1e3b52-9c0d-4f7e-8a21-3c4d5e6f7a8b',
    owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'carts-5b8f6d7c9', uid: 'rs-1' },
    template: { spec: { containers } },
    extraLabels: {},
    createdAt: 0,
    readyAt: seconds(30),
    behaviour,
    completesAt: null,
    nodeName: 'node-a',
    ...overrides,
  };
  return (now: number) => buildPod(plan, new TimeProbe(now), iso);
}

const carts = [{ name: 'carts', image: 'weaveworksdemos/carts:0.4.8' }];

function logs(
  node: ReturnType<ReturnType<typeof pod>>,
  container: string,
  now: number,
  previous = false,
): LogLineBody[] | MonitorErrorBody {
  const result = logsFor(node, container, previous, new TimeProbe(now), iso);
  return 'error' in result ? result.error : result.lines;
}

function lines(result: LogLineBody[] | MonitorErrorBody): LogLineBody[] {
  if (!Array.isArray(result))
    throw new Error(`expected lines, got ${result.ErrorCode ?? 'an error without a code'}`);
  return result;
}

const at = (line: LogLineBody | undefined) => Date.parse(line?.Timestamp ?? '');

describe('logsFor: a running container', () => {
  const healthy = pod({ kind: 'healthy' }, carts);

  it('starts with a banner and grows with time, never past the moment asked about', () => {
    const early = lines(logs(healthy(minutes(1)), 'carts', minutes(1)));
    const later = lines(logs(healthy(minutes(20)), 'carts', minutes(20)));

    expect(early[0]).toEqual({
      Timestamp: iso(seconds(2)),
      Message: `${iso(seconds(2)).replace('T', ' ').slice(0, 23)}  INFO 1 --- [           main] works.weave.socks.carts.CartsApplication : Starting CartsApplication v0.4.8 on carts-5b8f6d7c9-x2x9p with PID 1`,
    });
    expect(later.length).toBeGreaterThan(early.length + 50);
    expect(later.slice(0, early.length)).toEqual(early);
    const times = later.map((line) => at(line));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(at(later.at(-1))).toBeLessThanOrEqual(Date.parse(iso(minutes(20))));
    expect(at(later.at(-1))).toBeGreaterThan(Date.parse(iso(minutes(20) - seconds(30))));
  });

  it('is the same for the same inputs', () => {
    const first = logs(healthy(minutes(15)), 'carts', minutes(15));
    expect(logs(healthy(minutes(15)), 'carts', minutes(15))).toEqual(first);
    expect(lines(first).length).toBeGreaterThan(10);
  });

  it('keeps only the last 10,000 lines of a container running for days', () => {
    const now = minutes(60 * 24 * 3) + seconds(7);
    const result = lines(logs(healthy(now), 'carts', now));
    const later = lines(logs(healthy(now + minutes(10)), 'carts', now + minutes(10)));

    expect(result).toHaveLength(10_000);
    expect(later).toHaveLength(10_000);
    expect(result[0]?.Message).not.toContain('Starting CartsApplication');
    expect(at(result.at(-1))).toBeLessThanOrEqual(Date.parse(iso(now)));
    expect(at(result.at(-1))).toBeGreaterThan(Date.parse(iso(now - minutes(1))));
    expect(later).toContainEqual(result.at(-1));
    expect(later[0]).not.toEqual(result[0]);
  });

  it('speaks the language of its image', () => {
    const now = minutes(5);
    const text = (image: string) =>
      lines(logs(pod({ kind: 'healthy' }, [{ name: 'app', image }])(now), 'app', now))
        .map((line) => line.Message)
        .join('\n');

    expect(text('weaveworksdemos/catalogue:0.3.5')).toMatch(
      /ts=\S+ caller=logging\.go:\d+ method=Health result=2 took=[\d.]+µs/,
    );
    expect(text('weaveworksdemos/front-end:0.3.12')).toMatch(/^GET \/\S* (200|304) \d+ms$/m);
    expect(text('docker.io/redis:6.0.5')).toContain('* Ready to accept connections');
    expect(text('mongo:4.4')).toContain('"msg":"Waiting for connections"');
    expect(text('rabbitmq:3.6.8-management')).toContain('Starting RabbitMQ 3.6.8');
    expect(text('ghcr.io/example-org/customer-portal:1.2.0')).toContain('level=info');
  });

  it('stops logging when a Job container completes', () => {
    const smokeTest = pod(
      { kind: 'healthy' },
      [{ name: 'smoke-test', image: 'curlimages/curl:8.8.0' }],
      {
        readyAt: null,
        completesAt: seconds(3),
      },
    );
    const done = lines(logs(smokeTest(seconds(3)), 'smoke-test', seconds(3)));
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((line) => at(line) < Date.parse(iso(seconds(3))))).toBe(true);
    expect(logs(smokeTest(minutes(90)), 'smoke-test', minutes(90))).toEqual(done);
  });

  it('reads any container of the Pod, and says which do not exist', () => {
    const queueMaster = pod({ kind: 'healthy' }, [
      { name: 'rabbitmq', image: 'rabbitmq:3.6.8-management' },
      { name: 'rabbitmq-exporter', image: 'kbudde/rabbitmq-exporter:v1.0.0' },
    ])(minutes(2));
    expect(lines(logs(queueMaster, 'rabbitmq-exporter', minutes(2)))[0]?.Message).toContain(
      'msg="Starting rabbitmq-exporter" version=v1.0.0',
    );
    expect(logs(queueMaster, 'rabbit', minutes(2))).toEqual({
      ErrorCode: 'ContainerNotFound',
      ErrorMessage: 'container rabbit is not valid for pod carts-5b8f6d7c9-x2x9p',
    });
    expect(logs({ ...queueMaster, kind: 'ReplicaSet', pod: null }, 'rabbitmq', minutes(2))).toEqual(
      {
        ErrorCode: 'NotAPod',
        ErrorMessage:
          'ReplicaSet "carts-5b8f6d7c9-x2x9p" is not a Pod: only Pods have container logs',
      },
    );
    expect(logs({ ...queueMaster, live: null }, 'rabbitmq', minutes(2))).toMatchObject({
      ErrorCode: 'PodNotFound',
    });
  });
});

describe('logsFor: containers that are not running', () => {
  it('says a container still being created, or whose image cannot be pulled, has not started', () => {
    const pulling = pod({ kind: 'image-pull-backoff' }, carts);
    const waiting = (reason: string) => ({
      ErrorCode: 'ContainerNotStarted',
      ErrorMessage: `container "carts" in pod "carts-5b8f6d7c9-x2x9p" is waiting to start: ${reason}`,
    });
    expect(logs(pulling(seconds(1)), 'carts', seconds(1))).toEqual(waiting('ContainerCreating'));
    expect(logs(pulling(seconds(5)), 'carts', seconds(5))).toEqual(waiting('ErrImagePull'));
    expect(logs(pulling(minutes(30)), 'carts', minutes(30))).toEqual(waiting('ImagePullBackOff'));
  });

  it('has no previous container until one has terminated', () => {
    const notFound = {
      ErrorCode: 'PreviousContainerNotFound',
      ErrorMessage:
        'previous terminated container "carts" in pod "carts-5b8f6d7c9-x2x9p" not found',
    };
    expect(logs(pod({ kind: 'healthy' }, carts)(minutes(10)), 'carts', minutes(10), true)).toEqual(
      notFound,
    );
    expect(logs(pod(CRASH, carts)(seconds(11)), 'carts', seconds(11), true)).toEqual(notFound);
    expect(
      logs(pod({ kind: 'image-pull-backoff' }, carts)(minutes(3)), 'carts', minutes(3), true),
    ).toEqual(notFound);
  });
});

describe('logsFor: a crash-looping container', () => {
  const crashing = pod(CRASH, carts);
  const exceptionAtEnd = (result: LogLineBody[]) => {
    const messages = result.map((line) => line.Message);
    const thrown = messages.lastIndexOf(LOG_TAIL);
    expect(thrown).toBeGreaterThan(0);
    expect(messages.slice(thrown + 1).length).toBeGreaterThan(0);
    expect(messages.slice(thrown + 1).every((message) => message.startsWith('\tat '))).toBe(true);
  };

  it('logs a short startup, then dies with the exception, on every run', () => {
    for (const now of [seconds(12), minutes(25)]) {
      const current = lines(logs(crashing(now), 'carts', now));
      exceptionAtEnd(current);
      expect(current[0]?.Message).toContain('Starting CartsApplication');
      expect(current.filter((line) => line.Message === LOG_TAIL)).toHaveLength(1);
    }
  });

  it('shows the last terminated run as the previous container, ending with the exception', () => {
    // Run 6 started at 25 min 2 s and has not crashed yet: the previous one did, at 20 min 12 s.
    const now = minutes(25) + seconds(6);
    const node = crashing(now);
    const current = lines(logs(node, 'carts', now));
    const previous = lines(logs(node, 'carts', now, true));

    expect(current.map((line) => line.Message)).not.toContain(LOG_TAIL);
    expect(at(current[0])).toBe(Date.parse(iso(minutes(25) + seconds(2))));
    exceptionAtEnd(previous);
    expect(previous.at(-1)?.Timestamp).toBe(iso(minutes(20) + seconds(12)));
    expect(at(previous[0])).toBe(Date.parse(iso(minutes(20) + seconds(2))));
    expect(node.pod?.restarts).toBe(5);
  });
});
