import { describe, expect, it } from 'vitest';
import { isKind, type KubeObject, type KubeObjectOf } from '../../kubernetes/types';
import { eventsFor } from '../observability/object-events';
import { TimeProbe } from '../time-probe';
import { minutes, seconds } from '../timeline';
import type { AppliedObject, Revision } from './applied-object';
import { buildDeployment } from './deployment';
import type { LiveNode } from './live-node';

/**
 * The Deployment builder keeps old ReplicaSets as the Deployment controller does: scaled to zero,
 * owned by the Deployment, up to `spec.revisionHistoryLimit` of them (10 by default).
 */
const iso = (ms: number) => new Date(Date.UTC(2026, 10, 1) + ms).toISOString();
const REPLICAS = 3;

/** A revision made by an apply at `at` (a new release when `key` is new): Pods boot in 20 s. */
const revision = (at: number, key: string): Revision => ({
  at,
  key,
  timing: { behaviour: { kind: 'healthy' }, bootMs: seconds(20), staggerMs: seconds(10) },
  replicas: REPLICAS,
  restartedAt: null,
});

/** Three releases, half an hour apart; the last one at 60 min. */
const threeReleases = [revision(0, 'v1'), revision(minutes(30), 'v2'), revision(minutes(60), 'v3')];

function manifest(revisionHistoryLimit?: number): KubeObjectOf<'Deployment'> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'carts', namespace: 'sock-shop' },
    spec: {
      replicas: REPLICAS,
      ...(revisionHistoryLimit === undefined ? {} : { revisionHistoryLimit }),
      selector: { matchLabels: { name: 'carts' } },
      template: {
        metadata: { labels: { name: 'carts' } },
        spec: { containers: [{ name: 'carts', image: 'weaveworksdemos/carts:0.4.8' }] },
      },
    },
  };
}

/** The Deployment at `now`, with the revisions reached by then, as cluster/build-cluster.ts does. */
function deploymentAt(
  now: number,
  options: { revisions?: readonly Revision[]; revisionHistoryLimit?: number } = {},
) {
  const revisions = (options.revisions ?? threeReleases).filter((entry) => entry.at <= now);
  const object: AppliedObject<KubeObjectOf<'Deployment'>> = {
    desired: manifest(options.revisionHistoryLimit),
    identity: 'carts/production|Machines-4',
    seed: 42,
    appliedAt: revisions.at(-1)?.at ?? 0,
    firstAppliedAt: 0,
    nodeNames: ['node-a', 'node-b'],
    jobFails: false,
    rollout: () => ({ revisions, replicas: REPLICAS, scaledAt: null, evictions: [] }),
  };
  const probe = new TimeProbe(now);
  const built = buildDeployment(object, probe, iso);
  return { ...built, probe };
}

function replicaSet(node: LiveNode) {
  const live = node.live;
  if (!live || !isKind(live, 'ReplicaSet')) throw new Error(`${node.name} is not a ReplicaSet`);
  return live;
}

const revisionOf = (node: LiveNode) =>
  node.live?.metadata.annotations?.['deployment.kubernetes.io/revision'];

/** What an old ReplicaSet must keep from the days it was current. */
const identity = (node: LiveNode) => ({
  name: node.name,
  uid: node.uid,
  creationTimestamp: node.live?.metadata.creationTimestamp,
  revision: revisionOf(node),
});

const controllerOf = (object: KubeObject | null) =>
  object?.metadata.ownerReferences?.find((owner) => owner.controller === true);

describe('old ReplicaSets', () => {
  it('a Deployment with 3 revisions has 2 old ReplicaSets at 0 replicas, Healthy, under it', () => {
    const deployment = deploymentAt(minutes(90));
    const [current, ...old] = deployment.children;
    if (!current) throw new Error('no ReplicaSet');

    expect(revisionOf(current)).toBe('3');
    expect(current.children).toHaveLength(REPLICAS);
    expect(replicaSet(current).spec?.replicas).toBe(REPLICAS);
    // Newest first, after the current one.
    expect(old.map(revisionOf)).toEqual(['2', '1']);
    for (const set of old) {
      const live = replicaSet(set);
      expect(set.name).toMatch(/^carts-[a-z0-9]{10}$/);
      expect(live.metadata.labels?.['pod-template-hash']).toBe(set.name.slice('carts-'.length));
      expect(live.spec?.replicas).toBe(0);
      expect(live.status).toMatchObject({ replicas: 0, readyReplicas: 0, availableReplicas: 0 });
      expect(set.children).toEqual([]);
      expect(set.health).toEqual({ status: 'Healthy', message: null });
      // Nobody applied it: no sync status of its own, like the current ReplicaSet.
      expect(set.sync).toBeNull();
      expect(set.sync).toBe(current.sync);
      expect(set.desiredResourceId).toBeNull();
      expect(controllerOf(live)).toMatchObject({
        kind: 'Deployment',
        name: 'carts',
        uid: deployment.uid,
      });
    }
    // The Deployment counts only the Pods there are.
    const live = deployment.live;
    if (!isKind(live, 'Deployment')) throw new Error('not a Deployment');
    expect(live.status).toMatchObject({ replicas: REPLICAS, updatedReplicas: REPLICAS });
    expect(live.spec?.revisionHistoryLimit).toBe(10);
  });

  it('keeps the name, uid, creation time and revision each had while it was current', () => {
    const [, second, first] = deploymentAt(minutes(90)).children;
    const [whenSecond] = deploymentAt(minutes(45)).children;
    const [whenFirst] = deploymentAt(minutes(15)).children;
    if (!second || !first || !whenSecond || !whenFirst) throw new Error('missing ReplicaSets');

    expect(identity(second)).toEqual(identity(whenSecond));
    expect(identity(first)).toEqual(identity(whenFirst));
    expect(second.live?.metadata.creationTimestamp).toBe(iso(minutes(30)));
    // And they stay as they are while time passes.
    const later = deploymentAt(minutes(600)).children;
    expect(later.map(identity)).toEqual(deploymentAt(minutes(90)).children.map(identity));
    expect(later.map((set) => set.live)).toEqual(
      deploymentAt(minutes(90)).children.map((set) => set.live),
    );
  });

  it('keeps only the newest revisionHistoryLimit old ones: 1', () => {
    const children = deploymentAt(minutes(90), { revisionHistoryLimit: 1 }).children;
    expect(children.map(revisionOf)).toEqual(['3', '2']);
    expect(deploymentAt(minutes(90), { revisionHistoryLimit: 0 }).children.map(revisionOf)).toEqual(
      ['3'],
    );
  });

  it('keeps 10 by default', () => {
    const twelve = Array.from({ length: 12 }, (_, index) =>
      revision(minutes(30 * index), `v${String(index + 1)}`),
    );
    const children = deploymentAt(minutes(400), { revisions: twelve }).children;
    expect(children.map(revisionOf)).toEqual([
      '12',
      '11',
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
    ]);
  });

  it('during a rollout the old one still scales down with its Pods, as before', () => {
    // 25 s into v3: its first Pod is Ready (20 s boot), the second is starting.
    const now = minutes(60) + seconds(25);
    const deployment = deploymentAt(now, { revisionHistoryLimit: 1 });
    const [current, previous, oldest] = deployment.children;
    if (!current || !previous || !oldest) throw new Error('missing ReplicaSets');

    expect(revisionOf(current)).toBe('3');
    expect(current.children).toHaveLength(2);
    expect(revisionOf(previous)).toBe('2');
    expect(replicaSet(previous).spec?.replicas).toBe(REPLICAS - 1);
    expect(previous.children).toHaveLength(REPLICAS - 1);
    for (const pod of previous.children) {
      expect(controllerOf(pod.live)?.uid).toBe(previous.uid);
      expect(pod.name.startsWith(`${previous.name}-`)).toBe(true);
    }
    // The controller cleans up when a rollout completes: until then v1 is still there.
    expect(revisionOf(oldest)).toBe('1');
    expect(replicaSet(oldest).spec?.replicas).toBe(0);
    expect(deployment.children).toHaveLength(3);
    const live = deployment.live;
    if (!isKind(live, 'Deployment')) throw new Error('not a Deployment');
    expect(live.status?.replicas).toBe(current.children.length + previous.children.length);

    // Rolled out: v2 at zero, and v1 gone (one old ReplicaSet kept).
    const done = deploymentAt(minutes(62), { revisionHistoryLimit: 1 }).children;
    expect(done.map(revisionOf)).toEqual(['3', '2']);
    expect(done[1] && identity(done[1])).toEqual(identity(previous));
    expect(done[1]?.children).toEqual([]);
  });

  it('reuses the ReplicaSet of a template used again (a rollback), as the current one', () => {
    const rollback = [revision(0, 'v1'), revision(minutes(30), 'v2'), revision(minutes(60), 'v1')];
    const children = deploymentAt(minutes(90), { revisions: rollback }).children;
    expect(children.map(revisionOf)).toEqual(['3', '2']);
    expect(new Set(children.map((set) => set.uid)).size).toBe(2);
  });

  it('records the previous ReplicaSet scaled down to zero, and nothing about older ones', () => {
    const now = minutes(62);
    const deployment = deploymentAt(now);
    const node: LiveNode = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      name: 'carts',
      namespace: 'sock-shop',
      desired: null,
      health: null,
      sync: null,
      desiredResourceId: null,
      stepActionId: null,
      pod: null,
      orphan: null,
      ...deployment,
    };
    const [, previous, oldest] = deployment.children;
    const notes = eventsFor(node, [node], 'k8s-prod', deployment.probe, iso).map(
      (event) => event.Note,
    );
    expect(notes.filter((note) => note?.startsWith('Scaled down'))).toEqual([
      `Scaled down replica set ${previous?.name ?? ''} to 2 from 3`,
      `Scaled down replica set ${previous?.name ?? ''} to 1 from 2`,
      `Scaled down replica set ${previous?.name ?? ''} to 0 from 1`,
    ]);
    expect(notes.some((note) => note?.includes(oldest?.name ?? '-'))).toBe(false);
  });
});
