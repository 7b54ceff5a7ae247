import type { Container } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubernetesEventBody } from '../../../src/api/contract';
import { isKind, type KubeObject } from '../../kubernetes/types';
import type { AppliedObject } from '../cluster/applied-object';
import { buildObject } from '../cluster/builders';
import { walkNodes, type LiveNode } from '../cluster/live-node';
import { buildPod, type PodPlan } from '../cluster/pods';
import { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import type { PodBehaviour } from '../../worlds/world';
import { EVENT_TTL_MS, eventsFor } from './object-events';

const iso = (ms: number) => new Date(Date.UTC(2024, 4, 1) + ms).toISOString();
const minutes = (value: number) => seconds(value * 60);
const CRASH: PodBehaviour = {
  kind: 'crash-loop',
  exitCode: 1,
  reason: 'Error',
  logTail: 'com.mongodb.MongoSocketOpenException: Exception opening socket',
};

function podPlan(behaviour: PodBehaviour, overrides: Partial<PodPlan> = {}): PodPlan {
  const container: Container = { name: 'carts', image: 'weaveworksdemos/carts:0.4.8' };
  return {
    name: 'carts-5b8f6d7c9-x2x9p',
    namespace: 'sock-shop',
    uid: '6a1e3b52-9c0d-4f7e-8a21-3c4d5e6f7a8b',
    owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'carts-5b8f6d7c9', uid: 'rs-1' },
    template: { metadata: { labels: { name: 'carts' } }, spec: { containers: [container] } },
    extraLabels: {},
    createdAt: 0,
    readyAt: behaviour.kind === 'healthy' ? seconds(30) : null,
    behaviour,
    completesAt: null,
    nodeName: 'machines-1-node-a',
    ...overrides,
  };
}

function eventsAt(plan: PodPlan, now: number) {
  const probe = new TimeProbe(now);
  const node = buildPod(plan, probe, iso);
  return { node, events: eventsFor(node, [node], 'k8s-prod', probe, iso) };
}

const find = (events: KubernetesEventBody[], reason: string, message?: string) =>
  events.filter((event) => event.Reason === reason && (!message || event.Note === message));

/** An event's timestamp in ms; an event always carries both of its times. */
function time(value: string | null | undefined): number {
  if (!value) throw new Error('event without a time');
  return Date.parse(value);
}

const cartsDeployment: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'carts', namespace: 'sock-shop' },
  spec: {
    replicas: 3,
    selector: { matchLabels: { name: 'carts' } },
    template: podPlan({ kind: 'healthy' }).template,
  },
};

/** A controller's node, as cluster/build-cluster.ts makes it from what a builder returns. */
function nodeOf(
  kind: string,
  built: Pick<LiveNode, 'uid' | 'changedAt' | 'children'> & { live: KubeObject },
): LiveNode {
  const { name, namespace = null } = built.live.metadata;
  const rest = {
    desired: null,
    health: null,
    sync: null,
    desiredResourceId: null,
    stepActionId: null,
    orphan: null,
  };
  return { kind, apiVersion: built.live.apiVersion, name, namespace, ...rest, pod: null, ...built };
}

function deploymentAt(now: number, behaviour: PodBehaviour = { kind: 'healthy' }): LiveNode {
  const timing = (kind: PodBehaviour) => ({
    behaviour: kind,
    bootMs: seconds(20),
    staggerMs: seconds(10),
  });
  const input: AppliedObject = {
    desired: cartsDeployment,
    identity: 'carts/production|Machines-1',
    seed: 42,
    appliedAt: now < minutes(30) ? 0 : minutes(30),
    firstAppliedAt: 0,
    nodeNames: ['node-a', 'node-b'],
    jobFails: false,
    rollout: () => ({
      // As cluster/build-cluster.ts does: only the revisions applied by now.
      revisions: [
        { at: 0, key: 'v1', timing: timing({ kind: 'healthy' }), replicas: 3, restartedAt: null },
        { at: minutes(30), key: 'v2', timing: timing(behaviour), replicas: 3, restartedAt: null },
      ].filter((revision) => revision.at <= now),
      replicas: 3,
      scaledAt: null,
      evictions: [],
    }),
  };
  return nodeOf('Deployment', buildObject(input, new TimeProbe(now), iso));
}

describe('eventsFor: Pods', () => {
  it('reports a crash loop with the kubelet BackOff message, counting the restarts', () => {
    const plan = podPlan(CRASH);
    const { node, events } = eventsAt(plan, minutes(25));
    const status = node.live && isKind(node.live, 'Pod') ? node.live.status : undefined;
    const container = status?.containerStatuses?.[0];
    const message = `Back-off restarting failed container carts in pod ${plan.name}_sock-shop(${plan.uid})`;
    const [backOff] = find(events, 'BackOff', message);

    expect(container?.state?.waiting?.message).toBe(message);
    expect(node.pod?.restarts).toBe(5);
    expect(backOff).toMatchObject({ Type: 'Warning', Count: 5, ReportingController: 'kubelet' });
    expect(backOff?.Count).toBe(container?.restartCount);
    expect(backOff?.ReportingInstance).toBe('k8s-prod-node');
    expect(backOff?.FirstObservedTime).toBe(iso(seconds(12)));
    expect(backOff?.LastObservedTime).toBe(container?.lastState?.terminated?.finishedAt);
    expect(find(events, 'Started')[0]?.Count).toBe(5);
    expect(find(events, 'Scheduled')[0]?.Note).toBe(
      `Successfully assigned sock-shop/${plan.name} to machines-1-node-a`,
    );
  });

  it('carries the event object itself as an events.k8s.io Event about the Pod', () => {
    const plan = podPlan(CRASH);
    const [backOff] = find(eventsAt(plan, minutes(25)).events, 'BackOff');
    const manifest: unknown = parse(backOff?.Manifest ?? '');

    expect(manifest).toMatchObject({
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { namespace: 'sock-shop' },
      regarding: { kind: 'Pod', name: plan.name, namespace: 'sock-shop', uid: plan.uid },
      type: 'Warning',
      reason: 'BackOff',
      note: backOff?.Note,
      action: backOff?.Action,
      reportingController: 'kubelet',
      deprecatedCount: 5,
      deprecatedFirstTimestamp: backOff?.FirstObservedTime,
      deprecatedLastTimestamp: backOff?.LastObservedTime,
    });
  });

  it('counts more restarts as time passes, and none before the first crash', () => {
    const plan = podPlan(CRASH);
    const count = (now: number) => find(eventsAt(plan, now).events, 'BackOff')[0]?.Count;
    expect(count(seconds(11))).toBeUndefined();
    expect(count(seconds(12))).toBe(1);
    expect(count(minutes(50))).toBe(10);
  });

  it('reports a missing image as ErrImagePull, then ImagePullBackOff with growing counts', () => {
    const plan = podPlan({ kind: 'image-pull-backoff' });
    const early = eventsAt(plan, seconds(10)).events;
    const later = eventsAt(plan, minutes(20)).events;
    const muchLater = eventsAt(plan, minutes(40)).events;
    const backOff = (events: KubernetesEventBody[]) =>
      find(events, 'Failed', 'Error: ImagePullBackOff');

    expect(find(early, 'Failed', 'Error: ErrImagePull')).toHaveLength(1);
    expect(backOff(early)).toEqual([]);
    expect(find(later, 'Failed')[0]?.Note).toMatch(
      /^Failed to pull image "weaveworksdemos\/carts:0\.4\.8": .*: not found$/,
    );
    expect(
      find(later, 'BackOff', 'Back-off pulling image "weaveworksdemos/carts:0.4.8"'),
    ).toHaveLength(1);
    expect(backOff(later)[0]?.Type).toBe('Warning');
    expect(backOff(muchLater)[0]?.Count).toBeGreaterThan(backOff(later)[0]?.Count ?? Infinity);
    expect(find(later, 'Started')).toEqual([]);
  });

  it('reports failing readiness probes until the Pod is ready, then stops counting', () => {
    const readyAt = minutes(5);
    const plan = podPlan({ kind: 'slow-ready', readyAt }, { readyAt });
    const unhealthy = (now: number) => find(eventsAt(plan, now).events, 'Unhealthy')[0];
    const atReady = unhealthy(readyAt);

    expect(atReady?.Note).toBe('Readiness probe failed: HTTP probe failed with statuscode: 503');
    expect(unhealthy(minutes(2))?.Count).toBeLessThan(atReady?.Count ?? 0);
    expect(unhealthy(minutes(30))).toEqual(atReady);
    expect(Date.parse(atReady?.LastObservedTime ?? '')).toBeLessThan(Date.parse(iso(readyAt)));
  });

  it('forgets events an hour after they were last seen', () => {
    expect(eventsAt(podPlan({ kind: 'healthy' }), minutes(10)).events.length).toBeGreaterThan(3);
    expect(eventsAt(podPlan({ kind: 'healthy' }), seconds(2) + EVENT_TTL_MS).events).toEqual([]);
    const crashing = eventsAt(podPlan(CRASH), minutes(180)).events;
    expect(crashing.map((event) => event.Reason)).toEqual([
      'Pulled',
      'Created',
      'Started',
      'BackOff',
    ]);
  });

  it('returns nothing for an object missing from the cluster', () => {
    const { node } = eventsAt(podPlan({ kind: 'healthy' }), minutes(1));
    expect(
      eventsFor({ ...node, live: null }, [], 'k8s-prod', new TimeProbe(minutes(1)), iso),
    ).toEqual([]);
  });
});

describe('eventsFor: controllers', () => {
  it('reports a rollout: the new ReplicaSet scaled up, the old one down as new Pods are ready', () => {
    const now = minutes(30) + seconds(25);
    const deployment = deploymentAt(now);
    const [current, old] = deployment.children;
    const messages = eventsFor(deployment, [deployment], 'k8s-prod', new TimeProbe(now), iso).map(
      (event) =>
        `${event.LastObservedTime ?? '(no time)'} ${event.Reason ?? '(no reason)'}: ${event.Note ?? '(no note)'}`,
    );

    expect(messages).toEqual([
      `${iso(0)} ScalingReplicaSet: Scaled up replica set ${old?.name ?? ''} to 1`,
      // maxSurge 1: each new Pod waits for the one before it to be Ready (20 s boot).
      `${iso(seconds(20))} ScalingReplicaSet: Scaled up replica set ${old?.name ?? ''} to 2`,
      `${iso(minutes(30))} ScalingReplicaSet: Scaled up replica set ${current?.name ?? ''} to 1`,
      `${iso(minutes(30) + seconds(20))} ScalingReplicaSet: Scaled up replica set ${current?.name ?? ''} to 2`,
      `${iso(minutes(30) + seconds(20))} ScalingReplicaSet: Scaled down replica set ${old?.name ?? ''} to 2 from 3`,
    ]);
  });

  it('reports each Pod a ReplicaSet created', () => {
    const now = minutes(31);
    const replicaSet = deploymentAt(now).children[0];
    if (!replicaSet) throw new Error('no ReplicaSet');
    const events = eventsFor(replicaSet, [], 'k8s-prod', new TimeProbe(now), iso);
    expect(events.map((event) => event.Note)).toEqual(
      replicaSet.children.map((pod) => `Created pod: ${pod.name}`),
    );
    expect(new Set(events.map((event) => event.ReportingController))).toEqual(
      new Set(['replicaset-controller']),
    );
  });

  it('reports a Job creating its Pod, and completing once it has', () => {
    const desired: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'front-end-smoke-test', namespace: 'sock-shop' },
      spec: {
        template: {
          spec: { containers: [{ name: 'smoke-test', image: 'curlimages/curl:8.8.0' }] },
        },
      },
    };
    const at = (now: number) => {
      const probe = new TimeProbe(now);
      const input: AppliedObject = {
        desired,
        identity: 'x',
        seed: 1,
        appliedAt: 0,
        firstAppliedAt: 0,
        nodeNames: ['n'],
        jobFails: false,
        rollout: () => ({ revisions: [], replicas: 0, scaledAt: null, evictions: [] }),
      };
      const node = nodeOf('Job', buildObject(input, probe, iso));
      return eventsFor(node, [node], 'k8s-prod', probe, iso).map((event) => event.Reason);
    };
    expect(at(seconds(5))).toEqual(['SuccessfulCreate']);
    expect(at(seconds(30))).toEqual(['SuccessfulCreate', 'Completed']);
  });
});

describe('eventsFor: over time', () => {
  const moments = [0, 1, 13, 180, 30 * 60 + 7, 34 * 60, 95 * 60].map(seconds);
  it.each(moments)('never reports an event later than the moment asked about (%i ms)', (now) => {
    const probe = new TimeProbe(now);
    const deployment = deploymentAt(now, CRASH);
    const pods: PodBehaviour[] = [
      CRASH,
      { kind: 'image-pull-backoff' },
      { kind: 'slow-ready', readyAt: minutes(4) },
    ];
    const nodes = [
      ...walkNodes([deployment]),
      ...pods.map((behaviour) => buildPod(podPlan(behaviour), probe, iso)),
    ];
    for (const node of nodes) {
      const events = eventsFor(node, [deployment], 'k8s-prod', probe, iso);
      const times = events.map((event) => time(event.LastObservedTime));
      for (const event of events) {
        expect(time(event.FirstObservedTime)).toBeLessThanOrEqual(time(event.LastObservedTime));
        expect(time(event.LastObservedTime)).toBeLessThanOrEqual(Date.parse(iso(now)));
        expect(event.Count).toBeGreaterThan(0);
      }
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('gives the same events for the same inputs', () => {
    const run = () => {
      const probe = new TimeProbe(minutes(33));
      return [...walkNodes([deploymentAt(minutes(33), CRASH)])].map((node) =>
        eventsFor(node, [], 'k8s-prod', probe, iso),
      );
    };
    expect(run()).toEqual(run());
    expect(run().flat().length).toBeGreaterThan(10);
  });
});
