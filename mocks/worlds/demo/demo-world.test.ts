import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  applicationLiveStatusSchema,
  buildPath,
  dashboardSchema,
  eventsSessionSchema,
  liveStatusSummariesSchema,
  machineSchema,
  resourceDetailSchema,
  resourceManifestSchema,
  sessionCreatedSchema,
  taskDetailsSchema,
  taskObjectStatusSchema,
  taskSchema,
  type ActivityElement,
  type LiveResource,
  type StepObject,
} from '../../../src/api/contract';
import { createTestServer, demo } from '../../server/node';

/** The demo world, through its HTTP routes, as the app and `npm run mock-server` see it. */
const simulated = createTestServer();
beforeAll(() => {
  simulated.server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  simulated.server.close();
});

const base = 'http://octopus.test';
const spaceId = 'Spaces-1';

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as unknown;
}

async function dashboard() {
  return dashboardSchema.parse(await get(buildPath(apiPaths.dashboard, { spaceId })));
}

async function idsOf(projectName: string, environmentName: string, tenantName?: string) {
  const board = await dashboard();
  const project = board.Projects.find((entry) => entry.Name === projectName);
  const environment = board.Environments.find((entry) => entry.Name === environmentName);
  const tenant = board.Tenants.find((entry) => entry.Name === tenantName);
  if (!project || !environment) throw new Error(`No ${projectName} in ${environmentName}`);
  return {
    board,
    projectId: project.Id,
    environmentId: environment.Id,
    tenantId: tenant?.Id ?? null,
  };
}

async function liveStatus(projectName: string, environmentName: string, tenantName?: string) {
  const { projectId, environmentId, tenantId } = await idsOf(
    projectName,
    environmentName,
    tenantName,
  );
  const path =
    tenantId === null
      ? buildPath(apiPaths.untenantedLiveStatus, { spaceId, projectId, environmentId })
      : buildPath(apiPaths.tenantedLiveStatus, { spaceId, projectId, environmentId, tenantId });
  return applicationLiveStatusSchema.parse(await get(path));
}

function* walk(resources: readonly LiveResource[]): Generator<LiveResource> {
  for (const resource of resources) {
    yield resource;
    yield* walk(resource.Children);
  }
}

async function taskObjects(projectName: string, environmentName: string) {
  const { board, projectId, environmentId } = await idsOf(projectName, environmentName);
  const item = board.Items.find(
    (entry) => entry.ProjectId === projectId && entry.EnvironmentId === environmentId,
  );
  if (!item) throw new Error('not deployed');
  return taskObjectStatusSchema.parse(
    await get(buildPath(apiPaths.taskObjectStatus, { spaceId, taskId: item.TaskId })),
  );
}

function* walkObjects(objects: readonly StepObject[]): Generator<StepObject> {
  for (const object of objects) {
    yield object;
    yield* walkObjects(object.Children);
  }
}

/**
 * Where each object sits in its tree: kinds and names down from the top, the same on every target
 * but for a DaemonSet's Pods, named after the nodes of their own cluster.
 */
function shapeOf(resources: readonly LiveResource[], path = ''): string[] {
  return resources.flatMap((resource) => {
    const name = path.includes('/DaemonSet:') ? '(per node)' : resource.Name;
    const here = `${path}/${resource.Kind}:${name}`;
    return [here, ...shapeOf(resource.Children, here)];
  });
}

describe('the demo world at the start of the scenario', () => {
  const landmarks = Object.values(demo);

  it.each(landmarks.filter((landmark) => 'liveStatus' in landmark))(
    '$cell: live status $liveStatus',
    async (landmark) => {
      const status = await liveStatus(landmark.project, landmark.environment, landmark.tenant);
      expect(status.Summary.Status).toBe(landmark.liveStatus);
    },
  );

  it.each(landmarks.filter((landmark) => 'release' in landmark))(
    '$project in $environment runs release $release',
    async (landmark) => {
      const { board } = await idsOf(landmark.project, landmark.environment, landmark.tenant);
      const item = board.Items.find(
        (entry) =>
          entry.ProjectId === landmark.projectId &&
          entry.EnvironmentId === landmark.environmentId &&
          (entry.TenantId ?? null) === landmark.tenantId,
      );
      expect(item?.ReleaseVersion).toBe(landmark.release);
    },
  );

  it.each(landmarks.filter((landmark) => 'taskState' in landmark))(
    '$cell: the latest deployment is $taskState',
    async (landmark) => {
      const board = await dashboard();
      const item = board.Items.find(
        (entry) =>
          entry.ProjectId === landmark.projectId &&
          entry.EnvironmentId === landmark.environmentId &&
          (entry.TenantId ?? null) === landmark.tenantId,
      );
      expect(item).toMatchObject({
        State: landmark.taskState,
        DeploymentId: landmark.deploymentId,
        TaskId: landmark.taskId,
      });
      // A failed task has errors; of the successful ones, only the one with warnings says so.
      if (landmark.taskState === 'Success')
        expect(item?.HasWarningsOrErrors).toBe(
          landmark.deploymentLabel === 'Success with warnings',
        );
      if ('release' in landmark) expect(item?.ReleaseVersion).toBe(landmark.release);
    },
  );

  it('guestbook in Staging is Stale: its monitor has been silent for over 10 minutes', async () => {
    const status = await liveStatus('guestbook', 'Staging');
    expect(status.Summary.Status).toBe('Stale');
    expect(status.MachineStatuses[0]?.Status).toBe('Stale');
  });

  it('nightly-reports is Healthy while its CronJob is Suspended', async () => {
    const status = await liveStatus('nightly-reports', 'Production');
    expect(status.Summary.HealthStatus).toBe('Suspended');
    const cronJob = status.MachineStatuses[0]?.Resources.find((entry) => entry.Kind === 'CronJob');
    expect(cronJob?.HealthStatus).toBe('Suspended');
  });

  it('carts: the crash-looping Pod sits under its ReplicaSet with the back-off message', async () => {
    const status = await liveStatus('carts', 'Production');
    const deployment = status.MachineStatuses[0]?.Resources.find((entry) => entry.Name === 'carts');
    expect(deployment?.HealthStatus).toBe('Degraded');
    expect(deployment?.HealthStatusMessage).toBe(
      'Deployment "carts" exceeded its progress deadline',
    );
    const pods = deployment?.Children.flatMap((replicaSet) => replicaSet.Children) ?? [];
    const crashing = pods.find((pod) => pod.HealthStatus === 'Degraded');
    expect(crashing?.HealthStatusMessage).toMatch(
      /^Back-off restarting failed container carts in pod carts-\w+-\w+_sock-shop-production\(/,
    );
    expect(crashing?.SyncStatus).toBe('NotApplicable');
    expect(pods.filter((pod) => pod.HealthStatus === 'Healthy')).toHaveLength(2);
  });

  it('orders: the deleted Service is Missing and OutOfSync', async () => {
    const status = await liveStatus('orders', 'Production');
    const service = [...walk(status.MachineStatuses[0]?.Resources ?? [])].find(
      (entry) => entry.Kind === 'Service' && entry.Name === 'orders',
    );
    expect(service).toMatchObject({
      HealthStatus: 'Missing',
      SyncStatus: 'OutOfSync',
      ResourceId: null,
    });
  });

  it('payment: replicas scaled by hand make the Deployment OutOfSync, still Healthy', async () => {
    const status = await liveStatus('payment', 'Production');
    const deployment = status.MachineStatuses[0]?.Resources.find(
      (entry) => entry.Kind === 'Deployment',
    );
    expect(deployment).toMatchObject({
      HealthStatus: 'Healthy',
      SyncStatus: 'OutOfSync',
      SyncStatusMessage: 'spec.replicas: applied 2, live 3',
    });
    const pods = deployment?.Children.flatMap((replicaSet) => replicaSet.Children) ?? [];
    expect(pods).toHaveLength(3);
  });

  it('payment: applies 2 replicas of 0.4.3 in Production and 1 of 0.4.4 in Staging', async () => {
    const applied = async (environmentName: string) => {
      const { projectId, environmentId } = await idsOf('payment', environmentName);
      const status = await liveStatus('payment', environmentName);
      const machine = status.MachineStatuses[0];
      const deployment = machine?.Resources.find((entry) => entry.Kind === 'Deployment');
      const path = buildPath(apiPaths.untenantedManifest, {
        spaceId,
        projectId,
        environmentId,
        machineId: machine?.MachineId ?? '',
        resourceId: deployment?.DesiredResourceId ?? '',
      });
      return resourceManifestSchema.parse(await get(path)).DesiredManifest ?? '';
    };
    const production = await applied('Production');
    const staging = await applied('Staging');
    expect(production).toMatch(/^ {2}replicas: 2$/m);
    expect(production).toContain('image: weaveworksdemos/payment:0.4.3');
    expect(staging).toMatch(/^ {2}replicas: 1$/m);
    expect(staging).toContain('image: weaveworksdemos/payment:0.4.4');
  });

  it('catalogue: 2 of 3 replicas available', async () => {
    const status = await liveStatus('catalogue', 'Production');
    const deployment = status.MachineStatuses[0]?.Resources.find(
      (entry) => entry.Name === 'catalogue',
    );
    expect(deployment?.HealthStatusMessage).toBe(
      'Waiting for rollout to finish: 2 of 3 updated replicas are available...',
    );
  });

  it('shipping: every object is Unknown while the monitor cannot reach the cluster', async () => {
    const status = await liveStatus('shipping', 'Production');
    const objects = [...walk(status.MachineStatuses[0]?.Resources ?? [])];
    expect(objects.length).toBeGreaterThan(2);
    expect(new Set(objects.map((entry) => entry.HealthStatus))).toEqual(new Set(['Unknown']));
  });

  it('the summaries endpoint agrees with the per-application endpoint', async () => {
    const summaries = liveStatusSummariesSchema.parse(
      await get(buildPath(apiPaths.liveStatusSummaries, { spaceId })),
    );
    const { projectId, environmentId } = await idsOf('carts', 'Production');
    const carts = summaries.Summaries.find(
      (entry) => entry.ProjectId === projectId && entry.EnvironmentId === environmentId,
    );
    expect(carts?.Summary.Status).toBe('Degraded');
  });

  it('the dashboard shows the failed user deployment and never-deployed cells', async () => {
    const { board, projectId, environmentId } = await idsOf('user', 'Production');
    const user = board.Items.find(
      (entry) => entry.ProjectId === projectId && entry.EnvironmentId === environmentId,
    );
    expect(user?.State).toBe('Failed');
    const reports = board.Projects.find((entry) => entry.Name === 'nightly-reports');
    const test = board.Environments.find((entry) => entry.Name === 'Test');
    expect(
      board.Items.some(
        (entry) => entry.ProjectId === reports?.Id && entry.EnvironmentId === test?.Id,
      ),
    ).toBe(false);
  });

  it('user: the Kubernetes tab shows the Pod in error and the Deployment timed out', async () => {
    const { Steps } = await taskObjects('user', 'Production');
    const step = Steps.find((entry) => entry.StepName === 'Deploy user');
    expect(step).toMatchObject({ Status: 'Failed', IsLive: false });
    const objects = [...walkObjects(step?.Resources ?? [])];
    expect(
      objects.find((entry) => entry.Kind === 'Deployment' && entry.Name === 'user')?.Status,
    ).toBe('TimedOut');
    const pod = objects.find((entry) => entry.Kind === 'Pod' && entry.Status === 'Failed');
    expect(pod?.Data.Status).toBe('ImagePullBackOff');
  });
});

describe('an old ReplicaSet, kept at zero replicas under its Deployment', () => {
  it('shows under the Deployment, Healthy, with no Pods, and answers every object endpoint', async () => {
    const { projectId, environmentId } = await idsOf('front-end', 'Development');
    const status = await liveStatus('front-end', 'Development');
    const machine = status.MachineStatuses[0];
    const deployment = machine?.Resources.find((entry) => entry.Kind === 'Deployment');
    const [current, ...old] = deployment?.Children ?? [];
    // Five releases deployed there: the current ReplicaSet with its Pods, then four old ones.
    expect(current?.Children.length).toBeGreaterThan(0);
    expect(old).toHaveLength(4);
    for (const replicaSet of old) {
      expect(replicaSet).toMatchObject({
        Kind: 'ReplicaSet',
        HealthStatus: 'Healthy',
        SyncStatus: current?.SyncStatus,
        Children: [],
      });
      expect(replicaSet.SyncStatus).toBe('NotApplicable');
      expect(replicaSet.Name).toMatch(/^front-end-[a-z0-9]{10}$/);
    }

    const oldest = old.at(-1);
    const machineId = machine?.MachineId ?? '';
    const ids = {
      spaceId,
      projectId,
      environmentId,
      machineId,
      resourceId: oldest?.ResourceId ?? '',
    };
    const detail = resourceDetailSchema.parse(
      await get(buildPath(apiPaths.untenantedResource, ids)),
    );
    expect(detail.Resource).toMatchObject({ Name: oldest?.Name, HealthStatus: 'Healthy' });
    expect(detail.Resource.ManifestSummary?.Annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '1',
    });
    const manifest = resourceManifestSchema.parse(
      await get(buildPath(apiPaths.untenantedManifest, ids)),
    );
    expect(manifest.LiveManifest).toContain('replicas: 0');
    expect(manifest.LiveManifest).toContain(`uid: ${deployment?.ResourceId ?? '-'}`);
    expect(manifest.DesiredManifest).toBeNull();

    const created = await fetch(`${base}${buildPath(apiPaths.eventsSessions, { spaceId })}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ProjectId: projectId,
        EnvironmentId: environmentId,
        TenantId: null,
        MachineId: machineId,
        DesiredOrKubernetesMonitoredResourceId: ids.resourceId,
        SpaceId: spaceId,
      }),
    });
    const { SessionId } = sessionCreatedSchema.parse(await created.json());
    const sessionPath = buildPath(apiPaths.eventsSession, { spaceId, sessionId: SessionId });
    await get(sessionPath);
    const events = eventsSessionSchema.parse(await get(sessionPath));
    expect(events).toMatchObject({ IsSessionCompleted: true, Error: null });
  });
});

describe('an application on two deployment targets', () => {
  const twoTargets = demo.twoTargets;

  it('has a MachineStatus per target, each with the full set of objects and ids of its own', async () => {
    const status = await liveStatus(twoTargets.project, twoTargets.environment);
    expect(status.MachineStatuses.map((machine) => machine.MachineId)).toEqual([
      'Machines-4',
      'Machines-8',
    ]);
    const [first, second] = status.MachineStatuses;
    if (!first || !second) throw new Error('two targets expected');
    expect(first.Status).toBe('Healthy');
    expect(second.Status).toBe('Healthy');
    // The same objects on both: Deployments, their ReplicaSets and Pods, the StatefulSet, ...
    expect(shapeOf(first.Resources).length).toBeGreaterThan(10);
    expect(shapeOf(second.Resources)).toEqual(shapeOf(first.Resources));
    // ... each with its own ids, on its own target.
    const idsOn = (resources: readonly LiveResource[]) =>
      [...walk(resources)].flatMap((entry) => [entry.ResourceId, entry.DesiredResourceId]);
    const firstIds = idsOn(first.Resources).filter((id) => id !== null);
    const secondIds = idsOn(second.Resources).filter((id) => id !== null);
    expect(new Set([...firstIds, ...secondIds]).size).toBe(firstIds.length + secondIds.length);
    for (const [machine, resources] of [
      ['Machines-4', first.Resources],
      ['Machines-8', second.Resources],
    ] as const) {
      for (const entry of walk(resources)) {
        expect(entry.ResourceSourceId ?? entry.MachineId, entry.Name).toBe(machine);
      }
    }

    // The summary is of both targets' objects, and the summaries endpoint agrees.
    expect(status.Summary).toMatchObject({ Status: 'Healthy', HealthStatus: 'Healthy' });
    const summaries = liveStatusSummariesSchema.parse(
      await get(buildPath(apiPaths.liveStatusSummaries, { spaceId })),
    );
    const entry = summaries.Summaries.find(
      (summary) =>
        summary.ProjectId === twoTargets.projectId &&
        summary.EnvironmentId === twoTargets.environmentId,
    );
    expect(entry?.Summary).toEqual(status.Summary);
  });

  it('names both targets, and each answers for its own objects only', async () => {
    const names = await Promise.all(
      ['Machines-4', 'Machines-8'].map(
        async (machineId) =>
          machineSchema.parse(await get(buildPath(apiPaths.machine, { spaceId, machineId }))).Name,
      ),
    );
    expect(names).toEqual(twoTargets.targets);

    const status = await liveStatus(twoTargets.project, twoTargets.environment);
    const [first, second] = status.MachineStatuses;
    const deployment = second?.Resources.find((resource) => resource.Kind === 'Deployment');
    const ids = {
      spaceId,
      projectId: twoTargets.projectId,
      environmentId: twoTargets.environmentId,
      resourceId: deployment?.DesiredResourceId ?? '',
    };
    const detail = resourceDetailSchema.parse(
      await get(buildPath(apiPaths.untenantedResource, { ...ids, machineId: 'Machines-8' })),
    );
    expect(detail.Resource.ResourceId).toBe(deployment?.ResourceId);
    const elsewhere = await fetch(
      `${base}${buildPath(apiPaths.untenantedResource, { ...ids, machineId: first?.MachineId ?? '' })}`,
    );
    expect(elsewhere.status).toBe(404);
  });

  it("lists each step's objects per target on the Kubernetes tab, and logs each target", async () => {
    const { Steps } = taskObjectStatusSchema.parse(
      await get(buildPath(apiPaths.taskObjectStatus, { spaceId, taskId: twoTargets.taskId })),
    );
    const step = Steps.find((entry) => entry.Resources.length > 0);
    const byTarget = (machineId: string) =>
      (step?.Resources ?? []).filter((object) => object.MachineId === machineId);
    const first = byTarget('Machines-4');
    const second = byTarget('Machines-8');
    expect(first.length).toBeGreaterThan(0);
    expect(second.map((object) => [object.Kind, object.Name])).toEqual(
      first.map((object) => [object.Kind, object.Name]),
    );
    expect(first.length + second.length).toBe(step?.Resources.length);
    for (const object of walkObjects(second)) expect(object.MachineId).toBe('Machines-8');
    const uuids = [...walkObjects(step?.Resources ?? [])].map((object) => object.Uuid);
    expect(new Set(uuids).size).toBe(uuids.length);

    const details = taskDetailsSchema.parse(
      await get(buildPath(apiPaths.taskDetails, { spaceId, taskId: twoTargets.taskId })),
    );
    const steps: readonly ActivityElement[] = details.ActivityLogs[0]?.Children ?? [];
    expect(steps.length).toBeGreaterThan(0);
    for (const entry of steps) {
      expect(entry.Children.map((target) => target.Name)).toEqual(twoTargets.targets);
      const ids = entry.Children.map((target) => target.Id);
      expect(new Set(ids).size).toBe(ids.length);
      const [one, two] = entry.Children;
      expect(two?.LogElements.map((line) => line.MessageText.replace('prod-us-east', '*'))).toEqual(
        one?.LogElements.map((line) => line.MessageText.replace('prod-cluster', '*')),
      );
    }
  });
});

describe('the outcomes the demo world simulates, in its task logs and Kubernetes tabs', () => {
  async function details(taskId: string) {
    return taskDetailsSchema.parse(await get(buildPath(apiPaths.taskDetails, { spaceId, taskId })));
  }
  function* lines(elements: readonly ActivityElement[]): Generator<[string, string]> {
    for (const element of elements) {
      for (const line of element.LogElements) yield [line.Category, line.MessageText];
      yield* lines(element.Children);
    }
  }

  it('shipping in Test: the only warning is kubectl’s, about a deprecated node label', async () => {
    const { ActivityLogs } = await details(demo.withWarnings.taskId);
    expect(ActivityLogs[0]?.Status).toBe('SuccessWithWarning');
    expect(
      [...lines(ActivityLogs)].filter(
        ([category]) => category === 'Warning' || category === 'Error',
      ),
    ).toEqual([
      [
        'Warning',
        'Warning: spec.template.spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use "kubernetes.io/os" instead',
      ],
    ]);
  });

  it('orders in Development: canceled while its Pods were starting', async () => {
    const { ActivityLogs } = await details(demo.canceled.taskId);
    expect(ActivityLogs[0]?.Children.map((step) => [step.Name, step.Status])).toEqual([
      ['Step 1: Deploy orders', 'Canceled'],
      ['Step 2: Notify Slack', 'Canceled'],
    ]);
    expect(ActivityLogs[0]?.LogElements.at(-1)).toMatchObject({
      Category: 'Warning',
      MessageText: 'The task was canceled by a user.',
    });
    const { Steps } = await taskObjects('orders', 'Development');
    expect(Steps.map((step) => [step.StepName, step.Status, step.IsLive])).toEqual([
      ['Deploy orders', 'InProgress', false],
    ]);
    const deployments = Steps[0]?.Resources.filter((entry) => entry.Kind === 'Deployment');
    expect(deployments?.map((entry) => [entry.Name, entry.Status])).toEqual([
      ['orders', 'InProgress'],
      ['orders-db', 'InProgress'],
    ]);
  });

  it('catalogue in Test: the step timed out with its objects in progress', async () => {
    const { Steps } = await taskObjects('catalogue', 'Test');
    expect(Steps.map((step) => [step.StepName, step.Status])).toEqual([
      ['Deploy catalogue', 'TimedOut'],
    ]);
    expect(Steps[0]?.Resources.map((entry) => [entry.Kind, entry.Name, entry.Status])).toEqual([
      ['Deployment', 'catalogue', 'TimedOut'],
      ['Service', 'catalogue', 'Successful'],
      ['Deployment', 'catalogue-db', 'TimedOut'],
      ['Service', 'catalogue-db', 'Successful'],
    ]);
    // The cluster finished the rollout: its objects are Healthy, the deployment still timed out.
    const status = await liveStatus('catalogue', 'Test');
    expect(status.Summary).toMatchObject({ Status: 'Unavailable', HealthStatus: 'Healthy' });
  });
});

describe('an orphaned object: a ConfigMap a later release stopped deploying', () => {
  const { orphaned } = demo;
  const application = () => {
    const found = simulated.simulation.world.applications.find(
      (entry) =>
        entry.projectId === orphaned.projectId &&
        entry.environmentId === orphaned.environmentId &&
        entry.tenantId === null,
    );
    if (!found) throw new Error(`${orphaned.cell} is not deployed`);
    return found;
  };
  const findOrphan = (resources: readonly LiveResource[]) =>
    resources.find(
      (entry) => entry.Kind === orphaned.orphan.kind && entry.Name === orphaned.orphan.name,
    );

  it('stays in live status, Orphaned since the release that left it out succeeded', async () => {
    const status = await liveStatus(orphaned.project, orphaned.environment);
    const [machine] = status.MachineStatuses;
    const orphan = findOrphan(machine?.Resources ?? []);
    const task = taskSchema.parse(
      await get(buildPath(apiPaths.task, { spaceId, taskId: orphaned.taskId })),
    );
    expect(task.State).toBe('Success');
    expect(orphan).toMatchObject({
      HealthStatus: 'Healthy',
      SyncStatus: 'Orphaned',
      SyncStatusMessage: null,
      DeletionTaskState: null,
      Children: [],
    });
    expect(orphan?.OrphanedAt).toBe(task.CompletedTime);
    // Only it: the objects 0.3.4 applies are In Sync.
    const others = (machine?.Resources ?? []).filter((entry) => entry !== orphan);
    expect(others.length).toBeGreaterThan(0);
    expect(
      others.every((entry) => entry.SyncStatus === 'InSync' && entry.OrphanedAt === null),
    ).toBe(true);
  });

  it('counts apart from health and sync, in the summary, the target and the summaries batch', async () => {
    const status = await liveStatus(orphaned.project, orphaned.environment);
    expect(status.Summary).toMatchObject({
      Status: 'Healthy',
      HealthStatus: 'Healthy',
      SyncStatus: 'InSync',
      TotalOrphanCount: 1,
    });
    expect(status.MachineStatuses[0]?.Status).toBe('Healthy');
    const summaries = liveStatusSummariesSchema.parse(
      await get(buildPath(apiPaths.liveStatusSummaries, { spaceId })),
    );
    const entry = summaries.Summaries.find(
      (summary) =>
        summary.ProjectId === orphaned.projectId &&
        summary.EnvironmentId === orphaned.environmentId,
    );
    expect(entry?.Summary).toEqual(status.Summary);
    // No other application of the demo has one.
    const others = summaries.Summaries.filter((summary) => summary !== entry);
    expect(others.every((summary) => (summary.Summary.TotalOrphanCount ?? 0) === 0)).toBe(true);
  });

  it('answers its detail, its manifests (as last applied, no diff) and its events', async () => {
    const status = await liveStatus(orphaned.project, orphaned.environment);
    const machineId = status.MachineStatuses[0]?.MachineId ?? '';
    const orphan = findOrphan(status.MachineStatuses[0]?.Resources ?? []);
    const ids = {
      spaceId,
      projectId: orphaned.projectId,
      environmentId: orphaned.environmentId,
      machineId,
      resourceId: orphan?.DesiredResourceId ?? '',
    };
    const detail = resourceDetailSchema.parse(
      await get(buildPath(apiPaths.untenantedResource, ids)),
    );
    expect(detail.Resource).toMatchObject({
      Kind: 'ConfigMap',
      Name: orphaned.orphan.name,
      HealthStatus: 'Healthy',
      SyncStatus: 'Orphaned',
    });
    const manifest = resourceManifestSchema.parse(
      await get(buildPath(apiPaths.untenantedManifest, ids)),
    );
    expect(manifest.LiveManifest).toContain(`name: ${orphaned.orphan.name}`);
    // The release before 0.3.4 applied it last: its manifest is the desired one Octopus kept.
    const versions = application().deployments.map((deployment) => deployment.version);
    expect(versions.at(-1)).toBe(orphaned.release);
    expect(manifest.DesiredManifest).toContain(
      `app.kubernetes.io/version: ${versions.at(-2) ?? ''}`,
    );
    expect(manifest.Diff).toBeNull();

    const created = await fetch(`${base}${buildPath(apiPaths.eventsSessions, { spaceId })}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ProjectId: orphaned.projectId,
        EnvironmentId: orphaned.environmentId,
        TenantId: null,
        MachineId: machineId,
        DesiredOrKubernetesMonitoredResourceId: ids.resourceId,
        SpaceId: spaceId,
      }),
    });
    const { SessionId } = sessionCreatedSchema.parse(await created.json());
    const sessionPath = buildPath(apiPaths.eventsSession, { spaceId, sessionId: SessionId });
    await get(sessionPath);
    expect(eventsSessionSchema.parse(await get(sessionPath))).toMatchObject({
      IsSessionCompleted: true,
      Error: null,
    });
  });

  it('is on the Kubernetes tab of the release that applied it, not of the one that left it out', async () => {
    const [previous, latest] = application().deployments.slice(-2);
    const names = async (taskId: string) => {
      const { Steps } = taskObjectStatusSchema.parse(
        await get(buildPath(apiPaths.taskObjectStatus, { spaceId, taskId })),
      );
      return Steps.flatMap((step) => step.Resources.map((object) => object.Name));
    };
    expect(latest?.taskId).toBe(orphaned.taskId);
    expect(await names(orphaned.taskId)).not.toContain(orphaned.orphan.name);
    expect(await names(previous?.taskId ?? '')).toContain(orphaned.orphan.name);
  });
});

describe('the demo world as time passes', () => {
  it('front-end in Production: In progress, then Healthy and a snapshot about 60 s in', async () => {
    const early = await taskObjects('front-end', 'Production');
    const deploy = early.Steps.find((step) => step.StepName === 'Deploy front-end');
    expect(deploy?.IsLive).toBe(true);
    expect(
      [...walkObjects(deploy?.Resources ?? [])].some((entry) => entry.Status === 'InProgress'),
    ).toBe(true);

    simulated.advanceSeconds(45);
    expect((await liveStatus('front-end', 'Production')).Summary.Status).toBe('Waiting');

    simulated.advanceSeconds(20);
    const done = await taskObjects('front-end', 'Production');
    expect(done.Steps.map((step) => [step.StepName, step.Status, step.IsLive])).toEqual([
      ['Deploy front-end config', 'Successful', false],
      ['Deploy front-end', 'Successful', false],
      ['Run smoke tests', 'Successful', false],
    ]);
    expect(done.Steps.every((step) => step.SnapshotTakenAt !== null)).toBe(true);
    for (const step of done.Steps) {
      for (const object of walkObjects(step.Resources)) expect(object.Status).toBe('Successful');
    }
    expect((await liveStatus('front-end', 'Production')).Summary.Status).toBe('Healthy');

    // A snapshot does not change afterwards.
    simulated.advanceSeconds(600);
    expect(await taskObjects('front-end', 'Production')).toEqual(done);
  });
});
