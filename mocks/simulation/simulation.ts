import type {
  ApplicationLiveStatus,
  Dashboard,
  Deployment,
  LiveStatusSummaries,
  Release,
  ResourceDetail,
  ResourceManifest,
  Space,
  StepObjectManifest,
  Task,
  TaskDetails,
  TaskObjectStatus,
} from '../../src/api/contract';
import { toTaskDetails } from './activity-log';
import { ApplicationModel, summarize } from './application-state';
import type { Timestamps } from './cluster/object-meta';
import { toStepObjectManifest, toTaskObjectStatus } from './object-status';
import { findNode, toLiveResource, toResourceDetail, toResourceManifest } from './resources';
import { toDashboardItem, toDeployment, toTask, type TaskSubject } from './tasks';
import { TimeProbe } from './time-probe';
import type { DeploymentRun } from './timeline';
import { applicationKey, type World } from './world';

export interface SimulationOptions {
  world: World;
  /** The wall-clock moment the scenario started (epoch ms): anchors every timestamp. */
  startedAt: number;
  /** Virtual milliseconds since the scenario started. */
  elapsed: () => number;
}

export type SimResult<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

const ok = <T>(body: T): SimResult<T> => ({ ok: true, body });
const notFound = (message: string): SimResult<never> => ({ ok: false, status: 404, message });

export interface ApplicationIds {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

export interface ResourceIds extends ApplicationIds {
  machineId: string;
  resourceId: string;
}

/**
 * The simulated Octopus server's logic: what each endpoint answers at the current virtual time.
 * Transport-free, so MSW in the browser, msw/node in tests and the HTTP server all share it.
 */
export function createSimulation({ world, startedAt, elapsed }: SimulationOptions) {
  const iso: Timestamps = (virtualMs) => new Date(startedAt + virtualMs).toISOString();
  const projects = new Map(world.projects.map((project) => [project.id, project]));
  const environments = new Map(
    world.environments.map((environment) => [environment.id, environment]),
  );
  const tenants = new Map(world.tenants.map((tenant) => [tenant.id, tenant]));
  const machines = new Map(world.machines.map((machine) => [machine.id, machine]));
  const releases = new Map(world.releases.map((release) => [release.id, release]));

  const models = new Map<string, ApplicationModel>();
  const deployments = new Map<string, { model: ApplicationModel; run: DeploymentRun }>();
  const tasks = new Map<string, { model: ApplicationModel; run: DeploymentRun }>();
  for (const app of world.applications) {
    const project = projects.get(app.projectId);
    if (!project) throw new Error(`Application ${app.key} has no project`);
    const model = new ApplicationModel(world, app, project, iso);
    models.set(app.key, model);
    for (const run of model.runs) {
      deployments.set(run.deployment.id, { model, run });
      tasks.set(run.deployment.taskId, { model, run });
    }
  }

  const probeNow = () => new TimeProbe(elapsed());

  const subjectOf = (model: ApplicationModel, run: DeploymentRun): TaskSubject => {
    const environment = environments.get(model.app.environmentId);
    if (!environment) throw new Error(`No environment ${model.app.environmentId}`);
    return {
      app: model.app,
      project: model.project,
      environment,
      tenant: model.app.tenantId === null ? null : (tenants.get(model.app.tenantId) ?? null),
      run,
    };
  };

  const machinesOf = (model: ApplicationModel) =>
    model.app.machineIds.flatMap((id) => {
      const machine = machines.get(id);
      return machine ? [machine] : [];
    });

  /** An application that exists and has been deployed, or why not. */
  const findApplication = (ids: ApplicationIds, probe: TimeProbe) => {
    const project = projects.get(ids.projectId);
    if (!project) return notFound(`Project ${ids.projectId} was not found.`);
    const environment = environments.get(ids.environmentId);
    if (!environment) return notFound(`Environment ${ids.environmentId} was not found.`);
    if (ids.tenantId !== null && !tenants.has(ids.tenantId)) {
      return notFound(`Tenant ${ids.tenantId} was not found.`);
    }
    if (project.tenanted !== (ids.tenantId !== null)) {
      return notFound(
        project.tenanted
          ? `${project.name} is tenanted: ask for its live status per tenant.`
          : `${project.name} is not tenanted.`,
      );
    }
    const model = models.get(applicationKey(ids.projectId, ids.environmentId, ids.tenantId));
    const latest = model?.latestRun(probe);
    if (!model || !latest) {
      return notFound(`${project.name} has not been deployed to ${environment.name}.`);
    }
    return ok({ model, latest });
  };

  const summaryOf = (model: ApplicationModel, latest: DeploymentRun, probe: TimeProbe) => {
    const states = model.supportsLiveStatus
      ? machinesOf(model).map((machine) => model.machineState(machine, probe))
      : [];
    return { states, summary: summarize(model, states, latest, probe, iso) };
  };

  const resourceContext = (ids: ResourceIds) => {
    const probe = probeNow();
    const found = findApplication(ids, probe);
    if (!found.ok) return found;
    const machine = machines.get(ids.machineId);
    if (!machine || !found.body.model.app.machineIds.includes(ids.machineId)) {
      return notFound(`Deployment target ${ids.machineId} is not part of this application.`);
    }
    const state = found.body.model.machineState(machine, probe);
    const node = findNode(state.nodes, ids.resourceId);
    if (!node) return notFound(`Object ${ids.resourceId} was not found on ${machine.name}.`);
    return ok({ state, node, model: found.body.model });
  };

  return {
    world,
    iso,
    elapsed,

    space(spaceId: string): SimResult<Space> {
      if (spaceId !== world.space.id) return notFound(`Space ${spaceId} was not found.`);
      return ok({ Id: world.space.id, Name: world.space.name, Description: null });
    },

    dashboard(): SimResult<Dashboard> {
      const probe = probeNow();
      const environmentIds = world.environments.map((environment) => environment.id);
      const items = [...models.values()].flatMap((model) => {
        const latest = model.latestRun(probe);
        return latest ? [toDashboardItem(subjectOf(model, latest), false, probe, iso)] : [];
      });
      return ok({
        Projects: world.projects.map((project) => ({
          Id: project.id,
          Name: project.name,
          Slug: project.slug,
          ProjectGroupId: project.projectGroupId,
          EnvironmentIds: environmentIds,
          TenantedDeploymentMode: project.tenanted ? 'Tenanted' : 'Untenanted',
          IsDisabled: false,
        })),
        ProjectGroups: world.projectGroups.map((group) => ({
          Id: group.id,
          Name: group.name,
          EnvironmentIds: environmentIds,
        })),
        Environments: world.environments.map((environment) => ({
          Id: environment.id,
          Name: environment.name,
        })),
        Tenants: world.tenants.map((tenant) => ({
          Id: tenant.id,
          Name: tenant.name,
          ProjectEnvironments: Object.fromEntries(
            Object.entries(tenant.projectEnvironments).map(([id, envs]) => [id, [...envs]]),
          ),
        })),
        Items: items,
      });
    },

    liveStatusSummaries(): SimResult<LiveStatusSummaries> {
      const probe = probeNow();
      const summaries = [...models.values()].flatMap((model) => {
        const latest = model.latestRun(probe);
        if (!latest) return [];
        return [
          {
            ProjectId: model.app.projectId,
            EnvironmentId: model.app.environmentId,
            TenantId: model.app.tenantId,
            Summary: summaryOf(model, latest, probe).summary,
          },
        ];
      });
      return ok({ Summaries: summaries });
    },

    applicationLiveStatus(
      ids: ApplicationIds,
      summaryOnly: boolean,
    ): SimResult<ApplicationLiveStatus> {
      const probe = probeNow();
      const found = findApplication(ids, probe);
      if (!found.ok) return found;
      const { model, latest } = found.body;
      const { states, summary } = summaryOf(model, latest, probe);
      return ok({
        Summary: summary,
        MachineStatuses: summaryOnly
          ? []
          : states.map((state) => ({
              MachineId: state.machine.id,
              MachineName: state.machine.name,
              Status: summarize(model, [state], latest, probe, iso).Status,
              Resources: state.nodes.map((node) => toLiveResource(node, state, iso)),
            })),
      });
    },

    resource(ids: ResourceIds): SimResult<ResourceDetail> {
      const found = resourceContext(ids);
      if (!found.ok) return found;
      const { state, node } = found.body;
      return ok(toResourceDetail(state.nodes, node, state, iso));
    },

    manifest(ids: ResourceIds): SimResult<ResourceManifest> {
      const found = resourceContext(ids);
      if (!found.ok) return found;
      return ok(toResourceManifest(found.body.node));
    },

    /** For the events and logs sessions: the object a session is about. */
    resourceNode(ids: ResourceIds) {
      return resourceContext(ids);
    },

    deployment(deploymentId: string): SimResult<Deployment> {
      const found = deployments.get(deploymentId);
      if (!found || !probeNow().reached(found.run.deployment.queuedAt)) {
        return notFound(`Deployment ${deploymentId} was not found.`);
      }
      return ok(toDeployment(subjectOf(found.model, found.run), iso));
    },

    release(releaseId: string): SimResult<Release> {
      const release = releases.get(releaseId);
      if (!release) return notFound(`Release ${releaseId} was not found.`);
      return ok({
        Id: release.id,
        ProjectId: release.projectId,
        Version: release.version,
        Assembled: iso(release.assembledAt),
      });
    },

    task(taskId: string): SimResult<Task> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      return ok(toTask(subjectOf(found.model, found.run), probe, iso));
    },

    taskDetails(taskId: string): SimResult<TaskDetails> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      const machineName = machinesOf(found.model)
        .map((machine) => machine.name)
        .join(', ');
      return ok(toTaskDetails(subjectOf(found.model, found.run), machineName, probe, iso));
    },

    taskObjectStatus(taskId: string): SimResult<TaskObjectStatus> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      return ok(toTaskObjectStatus(found.model, found.run, machinesOf(found.model), probe, iso));
    },

    stepObjectManifest(
      taskId: string,
      actionId: string,
      uuid: string,
    ): SimResult<StepObjectManifest> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      const manifest = toStepObjectManifest(
        found.model,
        found.run,
        machinesOf(found.model),
        actionId,
        uuid,
        probe,
      );
      return manifest
        ? ok(manifest)
        : notFound(
            `Step ${actionId} of ${taskId} applied no object ${uuid}: children have no manifest of their own.`,
          );
    },
  };
}

export type Simulation = ReturnType<typeof createSimulation>;
