import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../kubernetes/types';
import type { ProcessStep } from '../worlds/process-step';
import type { PodBehaviour, WorldDeployment } from '../worlds/world';
import {
  desiredReplicas,
  minutes,
  objectReadyAt,
  planDeployment,
  podCreatedAt,
  podReadyAt,
  seconds,
  timingFor,
  type DeploymentRun,
  type RolloutTiming,
} from './timeline';

const healthy: PodBehaviour = { kind: 'healthy' };
const crashLoop: PodBehaviour = { kind: 'crash-loop', exitCode: 1, reason: 'Error', logTail: '' };
const timing = (behaviour: PodBehaviour = healthy): RolloutTiming => ({
  behaviour,
  bootMs: seconds(10),
  staggerMs: seconds(2),
});

const deploymentObject = (name: string, replicas?: number, image = `${name}:1.0`): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    ...(replicas === undefined ? {} : { replicas }),
    selector: { matchLabels: { app: name } },
    template: { spec: { containers: [{ name, image }] } },
  },
});
const objectOf = (kind: string, name: string): KubeObject => ({
  apiVersion: 'v1',
  kind,
  metadata: { name },
});

describe('a rollout’s Pods, one after another', () => {
  it('starts the first Pods at once (maxSurge 25%), each later one when an earlier is Ready', () => {
    const created = [0, 1, 2, 3].map((index) => podCreatedAt(1000, index, 4, timing()));
    const ready = [0, 1, 2, 3].map((index) => podReadyAt(1000, index, 4, timing()));
    expect(created).toEqual([1000, 11_000, 21_000, 31_000]);
    expect(ready).toEqual([11_000, 21_000, 31_000, 41_000]);
  });

  it('surges two Pods of eight, a stagger apart', () => {
    const created = [0, 1, 2, 3].map((index) => podCreatedAt(0, index, 8, timing()));
    expect(created).toEqual([0, 2000, 10_000, 12_000]);
  });

  it('gets stuck when the first Pods never become Ready', () => {
    expect(podReadyAt(0, 0, 4, timing(crashLoop))).toBeNull();
    expect(podCreatedAt(0, 0, 4, timing(crashLoop))).toBe(0);
    expect(podCreatedAt(0, 1, 4, timing(crashLoop))).toBeNull();
    expect(podReadyAt(0, 0, 1, timing({ kind: 'image-pull-backoff' }))).toBeNull();
  });

  it('holds only the last Pod of a slow rollout until its readiness probe passes', () => {
    const slow = timing({ kind: 'slow-ready', readyAt: seconds(60) });
    expect(podReadyAt(0, 0, 2, slow)).toBe(seconds(10));
    expect(podReadyAt(0, 1, 2, slow)).toBe(seconds(60));
  });
});

describe('objectReadyAt and desiredReplicas', () => {
  it('reads replicas from a workload’s manifest: 1 by default, one per node for a DaemonSet', () => {
    expect(desiredReplicas(deploymentObject('web', 3))).toBe(3);
    expect(desiredReplicas(deploymentObject('web'))).toBe(1);
    expect(desiredReplicas({ ...objectOf('DaemonSet', 'agent'), apiVersion: 'apps/v1' })).toBe(3);
    expect(desiredReplicas(objectOf('ConfigMap', 'config'))).toBe(0);
  });

  it('is ready when the last Pod of a Deployment is, or never', () => {
    expect(objectReadyAt(deploymentObject('web', 4), 1000, timing())).toBe(41_000);
    expect(objectReadyAt(deploymentObject('web', 4), 1000, timing(crashLoop))).toBeNull();
  });

  it('gives each other kind its own delay after the apply', () => {
    const readyAfter = (kind: string) =>
      (objectReadyAt(objectOf(kind, 'x'), 5000, timing()) ?? 0) - 5000;
    expect(readyAfter('Job')).toBe(seconds(12));
    expect(readyAfter('Ingress')).toBe(seconds(3));
    expect(readyAfter('PersistentVolumeClaim')).toBe(seconds(2));
    expect(readyAfter('HorizontalPodAutoscaler')).toBe(seconds(4));
    expect(readyAfter('ConfigMap')).toBe(seconds(1));
  });
});

describe('timingFor: a release’s Pod behaviour', () => {
  const pull = timing({ kind: 'image-pull-backoff' });

  it('breaks the workloads that run the release’s own image', () => {
    expect(timingFor(deploymentObject('user', 1, 'user:0.4.9'), pull, '0.4.9')).toBe(pull);
  });

  it('leaves a workload with a fixed tag healthy', () => {
    expect(timingFor(deploymentObject('user-db', 1, 'mongo:7'), pull, '0.4.9').behaviour).toEqual(
      healthy,
    );
  });
});

describe('planDeployment: a deployment’s process, on paper', () => {
  const script: ProcessStep = {
    actionId: 'notify',
    name: 'Notify',
    type: 'Script',
    verifiesObjects: false,
    timeoutSeconds: null,
    stabilizationSeconds: 0,
    manifests: null,
  };
  const apply = (
    actionId: string,
    objects: KubeObject[],
    options: Partial<ProcessStep> = {},
  ): ProcessStep => ({
    actionId,
    name: actionId,
    type: 'KubernetesYaml',
    verifiesObjects: true,
    timeoutSeconds: 60,
    stabilizationSeconds: 5,
    manifests: null,
    objects: () => objects,
    ...options,
  });
  const deployment = (overrides: Partial<WorldDeployment> = {}): WorldDeployment => ({
    id: 'Deployments-1',
    taskId: 'ServerTasks-1',
    releaseId: 'Releases-1',
    version: '1.0',
    queuedAt: -seconds(30),
    startedAt: 0,
    canceledAt: null,
    podBehaviour: healthy,
    podBootSeconds: 8,
    podStaggerSeconds: 5,
    failingJobs: [],
    ...overrides,
  });
  const context = { environment: 'test', namespace: 'timeline', tenant: null };

  it('runs each step after the last, each applied 2 s in and ended after its stabilization', () => {
    const steps = [
      script,
      apply('deploy', [objectOf('ConfigMap', 'config'), deploymentObject('web', 2)]),
    ];
    const run = planDeployment('timeline-success', steps, deployment(), context);
    expect(
      run.steps.map(({ startedAt, appliedAt, readyAt, endedAt, outcome }) => ({
        startedAt,
        appliedAt,
        readyAt,
        endedAt,
        outcome,
      })),
    ).toEqual([
      { startedAt: 1000, appliedAt: null, readyAt: 4000, endedAt: 4000, outcome: 'Success' },
      // The second Pod starts when the first is Ready (14 s) and is Ready 8 s later.
      { startedAt: 4000, appliedAt: 6000, readyAt: 22_000, endedAt: 27_000, outcome: 'Success' },
    ]);
    expect(run.completedAt).toBe(28_000);
    expect(run.finalState).toBe('Success');
  });

  it('fails a step at its timeout when its objects never become ready, skipping the rest', () => {
    const steps = [apply('deploy', [deploymentObject('web', 2)]), script];
    const run = planDeployment(
      'timeline-timeout',
      steps,
      deployment({ podBehaviour: crashLoop }),
      context,
    );
    expect(run.steps[0]).toMatchObject({ readyAt: null, failedAt: 61_000, endedAt: 66_000 });
    expect(run.steps[0]?.outcome).toBe('Failed');
    expect(run.steps[1]?.outcome).toBe('Skipped');
    expect(run.completedAt).toBe(67_000);
    expect(run.finalState).toBe('Failed');
  });

  it('fails a step when a Job fails, without waiting for its timeout', () => {
    const job = { ...objectOf('Job', 'smoke-test'), apiVersion: 'batch/v1' };
    const run = planDeployment(
      'timeline-job',
      [apply('smoke', [job])],
      deployment({ failingJobs: ['smoke-test'] }),
      context,
    );
    expect(run.steps[0]).toMatchObject({ appliedAt: 3000, failedAt: 15_000, outcome: 'Failed' });
    expect(run.finalState).toBe('Failed');
  });

  it('does not wait for objects when the step does not verify them', () => {
    const step = apply('unverified', [deploymentObject('web', 2)], { verifiesObjects: false });
    const run = planDeployment('timeline-unverified', [step], deployment(), context);
    expect(run.steps[0]).toMatchObject({ appliedAt: 3000, readyAt: 3000, endedAt: 8000 });
  });

  it('runs forever when a step without a timeout never becomes ready', () => {
    const step = apply('forever', [deploymentObject('web', 1)], { timeoutSeconds: null });
    const run = planDeployment(
      'timeline-forever',
      [step, script],
      deployment({ podBehaviour: crashLoop }),
      context,
    );
    expect(run.completedAt).toBe(Number.POSITIVE_INFINITY);
    expect(run.steps).toHaveLength(1);
    expect(run.steps[0]?.endedAt).toBeNull();
  });

  /** The times and outcome of each step, for comparing whole plans. */
  const times = (run: DeploymentRun) =>
    run.steps.map(({ startedAt, appliedAt, readyAt, failedAt, canceledAt, endedAt, outcome }) => ({
      startedAt,
      appliedAt,
      readyAt,
      failedAt,
      canceledAt,
      endedAt,
      outcome,
    }));
  // A script (1-4 s), two Pods applied at 6 s and Ready at 14 s and 22 s, a script after.
  const threeSteps = [script, apply('deploy', [deploymentObject('web', 2)]), script];

  it('times a step out when its timeout expires while its objects are still progressing', () => {
    // Pods 40 s to boot: the second is Ready at 83 s, after the deadline at 61 s.
    const steps = [apply('deploy', [deploymentObject('web', 2)]), script];
    const run = planDeployment('timeline-slow', steps, deployment({ podBootSeconds: 40 }), context);
    expect(times(run)).toEqual([
      {
        startedAt: 1000,
        appliedAt: 3000,
        readyAt: null,
        failedAt: 61_000,
        canceledAt: null,
        endedAt: 66_000,
        outcome: 'TimedOut',
      },
      {
        startedAt: null,
        appliedAt: null,
        readyAt: null,
        failedAt: null,
        canceledAt: null,
        endedAt: null,
        outcome: 'Skipped',
      },
    ]);
    expect(run.completedAt).toBe(67_000);
    expect(run.finalState).toBe('TimedOut');
  });

  it('fails, not times out, the same step when its objects are in error at the deadline', () => {
    const steps = [apply('deploy', [deploymentObject('web', 2)]), script];
    const run = planDeployment(
      'timeline-slow-and-broken',
      steps,
      deployment({ podBootSeconds: 40, podBehaviour: { kind: 'image-pull-backoff' } }),
      context,
    );
    expect(run.steps.map((step) => [step.outcome, step.failedAt])).toEqual([
      ['Failed', 61_000],
      ['Skipped', null],
    ]);
    expect(run.completedAt).toBe(67_000);
    expect(run.finalState).toBe('Failed');
  });

  it('cancels the step running when a user presses Cancel, and every step after it', () => {
    const run = planDeployment(
      'timeline-cancel',
      threeSteps,
      deployment({ canceledAt: seconds(10) }),
      context,
    );
    expect(times(run)).toEqual([
      {
        startedAt: 1000,
        appliedAt: null,
        readyAt: 4000,
        failedAt: null,
        canceledAt: null,
        endedAt: 4000,
        outcome: 'Success',
      },
      // Applied at 6 s, stopped at 10 s before its Pods were Ready: what it applied stays.
      {
        startedAt: 4000,
        appliedAt: 6000,
        readyAt: null,
        failedAt: null,
        canceledAt: 10_000,
        endedAt: 10_000,
        outcome: 'Canceled',
      },
      {
        startedAt: null,
        appliedAt: null,
        readyAt: null,
        failedAt: null,
        canceledAt: null,
        endedAt: null,
        outcome: 'Canceled',
      },
    ]);
    expect(run.completedAt).toBe(12_000);
    expect(run.finalState).toBe('Canceled');
  });

  it('applies nothing when the cancel comes before the step’s kubectl apply', () => {
    const run = planDeployment(
      'timeline-cancel-early',
      threeSteps,
      deployment({ canceledAt: seconds(5) }),
      context,
    );
    expect(run.steps[1]).toMatchObject({
      startedAt: 4000,
      appliedAt: null,
      canceledAt: 5000,
      endedAt: 5000,
      outcome: 'Canceled',
    });
    expect(run.completedAt).toBe(7000);
  });

  it('ends a step that would run forever, and its task, at the cancel', () => {
    const step = apply('forever', [deploymentObject('web', 1)], { timeoutSeconds: null });
    const run = planDeployment(
      'timeline-forever-canceled',
      [step, script],
      deployment({ podBehaviour: crashLoop, canceledAt: minutes(30) }),
      context,
    );
    expect(run.steps.map((stepRun) => [stepRun.outcome, stepRun.endedAt])).toEqual([
      ['Canceled', minutes(30)],
      ['Canceled', null],
    ]);
    expect(run).toMatchObject({ completedAt: minutes(30) + 2000, finalState: 'Canceled' });
  });

  it('keeps a failure that came before the cancel, cutting its stabilization period short', () => {
    const steps = [apply('deploy', [deploymentObject('web', 2)]), script];
    const run = planDeployment(
      'timeline-failed-then-canceled',
      steps,
      deployment({ podBehaviour: crashLoop, canceledAt: seconds(63) }),
      context,
    );
    expect(run.steps[0]).toMatchObject({ failedAt: 61_000, endedAt: 63_000, outcome: 'Failed' });
    expect(run.steps[1]?.outcome).toBe('Canceled');
    expect(run).toMatchObject({ completedAt: 65_000, finalState: 'Canceled' });
  });

  it('changes nothing when the cancel comes after the task completed', () => {
    const done = planDeployment('timeline-done', threeSteps, deployment(), context);
    expect(done).toMatchObject({ completedAt: 31_000, finalState: 'Success' });
    const late = planDeployment(
      'timeline-done',
      threeSteps,
      deployment({ canceledAt: seconds(31) }),
      context,
    );
    expect(times(late)).toEqual(times(done));
    expect(late).toMatchObject({ completedAt: 31_000, finalState: 'Success' });
  });
});
