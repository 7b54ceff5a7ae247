import { describe, expect, it } from 'vitest';
import { isKind, type KubeObject } from '../kubernetes/types';
import { ApplicationModel } from './application-state';
import { walkNodes, type LiveNode } from './cluster/live-node';
import { createDemoWorld } from '../worlds/demo/demo-world';
import { eventsFor } from './observability/object-events';
import { TimeProbe } from './time-probe';
import { seconds, type DeploymentRun } from './timeline';
import { clusterNodeNames, rolloutCompleteAt, workloadSchedule } from './workload-schedule';

/**
 * The demo world's queue-master step applies RabbitMQ as a StatefulSet (3 in production) and
 * node-exporter as a DaemonSet: both roll out with Pods, as Kubernetes would, and the step is
 * ready exactly when their computed health turns Healthy.
 */
const world = createDemoWorld();
const iso = (ms: number) => new Date(Date.UTC(2024, 4, 1) + ms).toISOString();

function queueMaster(environmentSlug: string) {
  const project = world.projects.find((entry) => entry.slug === 'queue-master');
  const environment = world.environments.find((entry) => entry.slug === environmentSlug);
  const app = world.applications.find(
    (entry) => entry.projectId === project?.id && entry.environmentId === environment?.id,
  );
  if (!project || !app) throw new Error(`queue-master is not in ${environmentSlug}`);
  const model = new ApplicationModel(world, app, project, iso);
  const machineId = app.machineIds[0] ?? 'Machines-1';
  const stepIndex = project.steps.findIndex((step) => step.actionId === 'queue-master-deploy');
  return { model, machineId, stepIndex };
}

type QueueMaster = ReturnType<typeof queueMaster>;

function workload(qm: QueueMaster, kind: string, name: string, at: number): LiveNode {
  const node = qm.model
    .clusterAt(qm.machineId, at)
    .find((entry) => entry.kind === kind && entry.name === name);
  if (!node) throw new Error(`No ${kind}/${name} at ${String(at)}`);
  return node;
}

const statefulSet = (qm: QueueMaster, at: number) => workload(qm, 'StatefulSet', 'rabbitmq', at);
const daemonSet = (qm: QueueMaster, at: number) => workload(qm, 'DaemonSet', 'node-exporter', at);

const podNames = (node: LiveNode) => node.children.map((child) => child.name);
const isReady = (pod: LiveNode) => {
  const conditions = (pod.live as { status?: { conditions?: { type: string; status: string }[] } })
    .status?.conditions;
  return conditions?.some((entry) => entry.type === 'Ready' && entry.status === 'True') ?? false;
};

function stepTimes(qm: QueueMaster, run: DeploymentRun) {
  const step = run.steps[qm.stepIndex];
  if (!step?.appliedAt || step.readyAt === null) throw new Error('The step never became ready');
  return { appliedAt: step.appliedAt, readyAt: step.readyAt, outcome: step.outcome };
}

/** Every second from `from` to `to`, inclusive. */
function moments(from: number, to: number): number[] {
  const times: number[] = [];
  for (let at = from; at <= to; at += seconds(1)) times.push(at);
  return times;
}

function ownerUids(object: KubeObject | null): (string | undefined)[] {
  return (object?.metadata.ownerReferences ?? []).map((owner) =>
    owner.controller === true ? owner.uid : undefined,
  );
}

describe('a StatefulSet rolls out like Kubernetes', () => {
  const production = queueMaster('production');
  const first = production.model.runs[0];
  if (!first) throw new Error('queue-master has no deployment in production');

  it('creates rabbitmq-0, -1, -2 in order, each once the one before is Ready', () => {
    const { appliedAt, readyAt } = stepTimes(production, first);
    let seen = 0;
    for (const at of moments(appliedAt, readyAt + seconds(5))) {
      const pods = statefulSet(production, at).children;
      expect(podNames(statefulSet(production, at))).toEqual(
        pods.map((_, index) => `rabbitmq-${String(index)}`),
      );
      // A new ordinal only ever appears after every lower one is Ready.
      pods
        .slice(0, -1)
        .forEach((pod) => expect(isReady(pod), `${pod.name} at ${String(at)}`).toBe(true));
      expect(pods.length).toBeGreaterThanOrEqual(seen);
      seen = pods.length;
    }
    expect(seen).toBe(3);
  });

  it('is Progressing until its last Pod is Ready, then Healthy: the step agrees', () => {
    const { appliedAt, readyAt, outcome } = stepTimes(production, first);
    expect(outcome).toBe('Success');
    for (const at of moments(appliedAt, readyAt - seconds(1))) {
      expect(statefulSet(production, at).health?.status, String(at)).toBe('Progressing');
    }
    expect(statefulSet(production, readyAt - 1).health?.status).toBe('Progressing');
    const done = statefulSet(production, readyAt);
    expect(done.health).toEqual({
      status: 'Healthy',
      message: 'partitioned roll out complete: 3 new pods have been updated...',
    });
    expect(done.live?.status).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      availableReplicas: 3,
    });
  });

  it('ends Healthy with all Pods Ready, owned, labelled and at the update revision', () => {
    const latest = production.model.runs.at(-1);
    if (!latest) throw new Error('no runs');
    const { readyAt } = stepTimes(production, latest);
    const node = statefulSet(production, readyAt + seconds(30));
    expect(node.health?.status).toBe('Healthy');
    const live = node.live;
    if (!live || !isKind(live, 'StatefulSet')) throw new Error('not a StatefulSet');
    const status = live.status;
    expect(status?.currentRevision).toBe(status?.updateRevision);
    expect(status?.observedGeneration).toBe(live.metadata.generation);
    expect(podNames(node)).toEqual(['rabbitmq-0', 'rabbitmq-1', 'rabbitmq-2']);
    for (const pod of node.children) {
      expect(isReady(pod), pod.name).toBe(true);
      expect(pod.health?.status).toBe('Healthy');
      expect(ownerUids(pod.live)).toEqual([node.uid]);
      expect(pod.live?.metadata.labels).toMatchObject({
        name: 'rabbitmq',
        'controller-revision-hash': status?.updateRevision,
        'statefulset.kubernetes.io/pod-name': pod.name,
      });
    }
  });

  it('records the StatefulSet controller creating each Pod', () => {
    const { readyAt } = stepTimes(production, first);
    const node = statefulSet(production, readyAt);
    const events = eventsFor(node, [node], 'k8s-prod', new TimeProbe(readyAt), iso);
    expect(events.map((event) => event.Note)).toEqual(
      expect.arrayContaining([
        'create Pod rabbitmq-0 in StatefulSet rabbitmq successful',
        'create Pod rabbitmq-1 in StatefulSet rabbitmq successful',
        'create Pod rabbitmq-2 in StatefulSet rabbitmq successful',
      ]),
    );
  });

  it('updates from the highest ordinal down, one Pod at a time', () => {
    const latest = production.model.runs.at(-1);
    if (!latest || latest === first) throw new Error('queue-master was deployed once only');
    const { appliedAt, readyAt } = stepTimes(production, latest);
    const updateRevision = (at: number) => {
      const live = statefulSet(production, at).live;
      return live && isKind(live, 'StatefulSet') ? live.status?.updateRevision : undefined;
    };
    const order: string[] = [];
    for (const at of moments(appliedAt, readyAt)) {
      const node = statefulSet(production, at);
      expect(node.children.length).toBeLessThanOrEqual(3);
      // At most one Pod is missing or not Ready at any moment.
      expect(node.children.filter(isReady).length).toBeGreaterThanOrEqual(2);
      for (const pod of node.children) {
        const updated =
          pod.live?.metadata.labels?.['controller-revision-hash'] === updateRevision(at);
        if (updated && !order.includes(pod.name)) order.push(pod.name);
      }
      if (at < readyAt) expect(node.health?.status).toBe('Progressing');
    }
    expect(order).toEqual(['rabbitmq-2', 'rabbitmq-1', 'rabbitmq-0']);
    expect(statefulSet(production, readyAt).health?.status).toBe('Healthy');
  });
});

describe('a DaemonSet rolls out like Kubernetes', () => {
  const production = queueMaster('production');
  const nodes = clusterNodeNames(production.machineId);

  it('runs exactly one Pod per node, owned by the DaemonSet, and ends Healthy', () => {
    for (const run of production.model.runs) {
      const { appliedAt, readyAt } = stepTimes(production, run);
      for (const at of moments(appliedAt, readyAt + seconds(2))) {
        const node = daemonSet(production, at);
        const onNodes = node.children.map(
          (pod) => (pod.live as { spec?: { nodeName?: string } }).spec?.nodeName,
        );
        expect(new Set(onNodes).size, String(at)).toBe(onNodes.length);
        expect(node.children.length).toBeLessThanOrEqual(nodes.length);
        // Healthy exactly when every node runs a Ready Pod of the current template.
        const live = node.live;
        const updated =
          live && isKind(live, 'DaemonSet') ? live.status?.updatedNumberScheduled : undefined;
        const rolledOut =
          node.children.length === nodes.length && node.children.every(isReady) && updated === 3;
        expect(node.health?.status, String(at)).toBe(rolledOut ? 'Healthy' : 'Progressing');
      }
      expect(daemonSet(production, appliedAt).health?.status).toBe('Progressing');
      const done = daemonSet(production, readyAt);
      expect(done.health?.status).toBe('Healthy');
      expect(done.live?.status).toMatchObject({
        desiredNumberScheduled: 3,
        currentNumberScheduled: 3,
        numberReady: 3,
        updatedNumberScheduled: 3,
        numberAvailable: 3,
        observedGeneration: done.live?.metadata.generation,
      });
      expect(
        done.children.map((pod) => (pod.live as { spec?: { nodeName?: string } }).spec?.nodeName),
      ).toEqual(nodes);
      for (const pod of done.children) {
        expect(pod.name).toMatch(/^node-exporter-[a-z0-9]{5}$/);
        expect(isReady(pod)).toBe(true);
        expect(ownerUids(pod.live)).toEqual([done.uid]);
      }
    }
  });
});

describe('the step is ready when its objects are Healthy, never before', () => {
  for (const environment of ['test', 'staging', 'production']) {
    it(`in ${environment}`, () => {
      const qm = queueMaster(environment);
      for (const run of qm.model.runs) {
        const step = run.steps[qm.stepIndex];
        const readyAt = step?.readyAt ?? null;
        if (!step || readyAt === null) continue;
        const verified = (at: number) =>
          [...walkNodes(qm.model.clusterAt(qm.machineId, at))].filter(
            (node) => node.stepActionId === 'queue-master-deploy',
          );
        for (const node of verified(readyAt)) {
          if (node.health) expect(node.health.status, `${node.kind}/${node.name}`).toBe('Healthy');
        }
        expect(step.outcome).toBe('Success');
        for (const kind of ['StatefulSet', 'DaemonSet']) {
          expect(verified(readyAt).find((node) => node.kind === kind)?.health?.status).toBe(
            'Healthy',
          );
        }
        // The step waited for whichever object became Healthy last.
        expect(
          verified(readyAt - 1).some(
            (node) => node.health !== null && node.health.status !== 'Healthy',
          ),
        ).toBe(true);
      }
    });
  }
});

describe('a rollout that cannot finish', () => {
  const stuck = {
    at: 0,
    key: 'v2',
    timing: { behaviour: { kind: 'image-pull-backoff' as const }, bootMs: 8000, staggerMs: 5000 },
    replicas: 3,
  };

  it('stops a StatefulSet at its first Pod that is never Ready, and never completes', () => {
    expect(workloadSchedule('StatefulSet', [stuck]).map((pod) => pod.ordinal)).toEqual([0]);
    expect(rolloutCompleteAt('StatefulSet', [stuck])).toBeNull();
  });

  it('updates a DaemonSet node by node, halting at a Pod that is never Ready', () => {
    const healthy = {
      ...stuck,
      key: 'v1',
      timing: { ...stuck.timing, behaviour: { kind: 'healthy' as const } },
    };
    const pods = workloadSchedule('DaemonSet', [healthy, { ...stuck, at: seconds(60) }]);
    // Three first Pods, created together; then only node 0's is replaced.
    expect(pods.map((pod) => [pod.ordinal, pod.revision, pod.deletedAt])).toEqual([
      [0, 0, seconds(60)],
      [1, 0, null],
      [2, 0, null],
      [0, 1, null],
    ]);
    expect(rolloutCompleteAt('DaemonSet', [healthy, { ...stuck, at: seconds(60) }])).toBeNull();
  });
});
