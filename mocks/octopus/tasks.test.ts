import { describe, expect, it } from 'vitest';
import { taskDetailsSchema, type ActivityElement } from '../../src/api/contract';
import type { KubeObject } from '../kubernetes/types';
import { TimeProbe } from '../engine/time-probe';
import { planDeployment, seconds } from '../engine/timeline';
import type { ProcessStep } from '../worlds/process-step';
import type { WorldDeployment } from '../worlds/world';
import { toTaskDetails } from './activity-log';
import { toTask, type TaskSubject } from './tasks';

/**
 * Whether a task has warnings or errors is read from its log, as a real server does: these run a
 * one-step deployment on paper and look at the task, and its log, at a moment.
 */
const iso = (ms: number) => new Date(Date.UTC(2026, 10, 21) + ms).toISOString();

function web(nodeSelector: Record<string, string>): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: { spec: { nodeSelector, containers: [{ name: 'web', image: 'web:1.0' }] } },
    },
  };
}

const linux = { 'kubernetes.io/os': 'linux' };
const deprecatedLinux = { 'beta.kubernetes.io/os': 'linux' };

function deployStep(object: KubeObject): ProcessStep {
  return {
    actionId: 'web-deploy',
    name: 'Deploy web',
    type: 'KubernetesYaml',
    verifiesObjects: true,
    timeoutSeconds: 60,
    stabilizationSeconds: 5,
    manifests: null,
    objects: () => [object],
  };
}

/**
 * A task deploying `web` with a node selector, started at 0: applied at 3 s, its Pod Ready at
 * 11 s, the step ended at 16 s and the task completed at 17 s unless `overrides` say otherwise.
 */
function subject(
  nodeSelector: Record<string, string>,
  overrides: Partial<WorldDeployment> = {},
): TaskSubject {
  const deployment: WorldDeployment = {
    id: 'Deployments-1',
    taskId: 'ServerTasks-1',
    releaseId: 'Releases-1',
    version: '1.0',
    queuedAt: -seconds(30),
    startedAt: 0,
    canceledAt: null,
    podBehaviour: { kind: 'healthy' },
    podBootSeconds: 8,
    podStaggerSeconds: 5,
    failingJobs: [],
    ...overrides,
  };
  const steps = [deployStep(web(nodeSelector))];
  // Desired objects are cached by project slug, step and context: one slug per node selector.
  const slug = `tasks-test-${Object.keys(nodeSelector).join('-')}`;
  return {
    spaceId: 'Spaces-1',
    app: {
      key: 'Projects-1/Environments-2/untenanted',
      projectId: 'Projects-1',
      environmentId: 'Environments-2',
      tenantId: null,
      namespace: 'shop',
      machineIds: ['Machines-2'],
      deployments: [deployment],
      incidents: [],
    },
    project: {
      id: 'Projects-1',
      name: 'web',
      slug,
      projectGroupId: 'ProjectGroups-1',
      tenanted: false,
      steps,
    },
    environment: { id: 'Environments-2', name: 'Test', slug: 'test' },
    tenant: null,
    machineName: 'test-cluster',
    run: planDeployment(slug, steps, deployment, {
      environment: 'test',
      namespace: 'shop',
      tenant: null,
    }),
  };
}

const at = (now: number) => new TimeProbe(now);
const rootOf = (task: TaskSubject, now: number) => {
  // Read as the app reads it: the body must parse.
  const root = taskDetailsSchema.parse(toTaskDetails(task, [task.machineName], at(now), iso))
    .ActivityLogs[0];
  if (!root) throw new Error('No activity log');
  return root;
};
const targetLog = (step: ActivityElement | undefined) =>
  (step?.Children[0]?.LogElements ?? []).map((line) => [line.Category, line.MessageText]);

describe('a task’s warnings, from what its log writes', () => {
  it('a success whose kubectl apply printed a warning is a success with warnings', () => {
    const task = subject(deprecatedLinux);
    expect(toTask(task, at(seconds(20)), iso)).toMatchObject({
      State: 'Success',
      HasWarningsOrErrors: true,
    });
    const root = rootOf(task, seconds(20));
    expect(root.Status).toBe('SuccessWithWarning');
    expect(root.Children[0]?.Status).toBe('SuccessWithWarning');
    expect(targetLog(root.Children[0]).slice(2, 4)).toEqual([
      [
        'Warning',
        'Warning: spec.template.spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use "kubernetes.io/os" instead',
      ],
      ['Info', 'deployment/web serverside-applied'],
    ]);
  });

  it('the same deployment without the deprecated label is a plain success', () => {
    const task = subject(linux);
    expect(toTask(task, at(seconds(20)), iso)).toMatchObject({
      State: 'Success',
      HasWarningsOrErrors: false,
    });
    const root = rootOf(task, seconds(20));
    expect(root.Status).toBe('Success');
    expect(root.Children[0]?.Status).toBe('Success');
  });

  it('says so once the task has completed, not while it runs', () => {
    const task = subject(deprecatedLinux);
    expect(toTask(task, at(seconds(10)), iso)).toMatchObject({
      State: 'Executing',
      HasWarningsOrErrors: false,
    });
    expect(toTask(task, at(seconds(17)), iso).HasWarningsOrErrors).toBe(true);
  });

  it('a canceled task: its warning is the cancel, its state Canceled, never with warnings', () => {
    const task = subject(linux, { canceledAt: seconds(9) });
    // The cancel stops the step at 9 s, before its Pod is Ready; the task takes 2 s to stop.
    expect(toTask(task, at(seconds(10)), iso)).toMatchObject({
      State: 'Cancelling',
      IsCompleted: false,
      HasWarningsOrErrors: false,
    });
    expect(rootOf(task, seconds(10)).Status).toBe('Running');
    expect(toTask(task, at(seconds(11)), iso)).toMatchObject({
      State: 'Canceled',
      CompletedTime: iso(seconds(11)),
      HasWarningsOrErrors: true,
    });
    const root = rootOf(task, seconds(60));
    expect(root.Status).toBe('Canceled');
    expect(root.LogElements.at(-1)).toMatchObject({
      Category: 'Warning',
      MessageText: 'The task was canceled by a user.',
      OccurredAt: iso(seconds(11)),
    });
    // The step's log ends at the cancel: one status check at 8 s, no result, no stabilization.
    expect(root.Children[0]?.Status).toBe('Canceled');
    expect(targetLog(root.Children[0]).slice(-2)).toEqual([
      ['Info', 'Checking that Kubernetes objects are running successfully...'],
      ['Verbose', 'Resource status check: waiting for objects to reach their desired state'],
    ]);
  });

  it('a task canceled while queued never starts', () => {
    const task = subject(linux, { canceledAt: -seconds(10) });
    expect(toTask(task, at(0), iso)).toMatchObject({
      State: 'Canceled',
      StartTime: null,
      CompletedTime: iso(-seconds(8)),
      HasBeenPickedUpByProcessor: false,
      HasWarningsOrErrors: true,
    });
    const root = rootOf(task, seconds(60));
    expect(root.LogElements.map((line) => line.MessageText)).toEqual([
      'Queued: Deploy web release 1.0 to Test',
      'The task was canceled by a user.',
    ]);
    expect(root.Children.map((step) => [step.Status, step.Children.length])).toEqual([
      ['Canceled', 0],
    ]);
  });

  it('a timed-out task and a failed one have errors, written by the step that stopped', () => {
    const slow = subject(linux, { podBootSeconds: 120 });
    expect(toTask(slow, at(seconds(120)), iso)).toMatchObject({
      State: 'TimedOut',
      HasWarningsOrErrors: true,
    });
    expect(targetLog(rootOf(slow, seconds(120)).Children[0])).toContainEqual([
      'Error',
      "The step timed out after 60 s while Kubernetes objects were still in progress. See the Kubernetes tab for the objects' state.",
    ]);
    const broken = subject(linux, { podBehaviour: { kind: 'image-pull-backoff' } });
    expect(toTask(broken, at(seconds(120)), iso)).toMatchObject({
      State: 'Failed',
      HasWarningsOrErrors: true,
    });
    expect(targetLog(rootOf(broken, seconds(120)).Children[0])).toContainEqual([
      'Error',
      "The step failed: its 60 s timeout passed with Kubernetes objects in error. See the Kubernetes tab for the objects' state.",
    ]);
  });
});
