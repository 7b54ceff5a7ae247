import type {
  ApplicationLiveStatusBody,
  DashboardBody,
  DeploymentBody,
  EnvironmentBody,
  LiveStatusSummariesBody,
  MachineBody,
  ProjectBody,
  ReleaseBody,
  ResourceDetailBody,
  ResourceManifestBody,
  SpaceBody,
  StepObjectManifestBody,
  TaskBody,
  TaskDetailsBody,
  TaskObjectStatusBody,
  TenantBody,
  TenantsPageBody,
} from '../../src/api/contract';
import { spaceResource } from './server-root';
import { toTaskDetails } from './activity-log';
import { ApplicationModel } from '../engine/application-state';
import type { Timestamps } from '../engine/cluster/object-meta';
import { summarize } from './live-status-summary';
import { toStepObjectManifest, toTaskObjectStatus } from './object-status';
import { findNode, toLiveResource, toResourceDetail, toResourceManifest } from './resources';
import { toDashboardItem, toDeployment, toTask, type TaskSubject } from './tasks';
import { TimeProbe } from '../engine/time-probe';
import type { DeploymentRun } from '../engine/timeline';
import { applicationKey, type World, type WorldTenant } from '../worlds/world';

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

  const tenantBody = (tenant: WorldTenant): TenantBody => ({
    Id: tenant.id,
    Name: tenant.name,
    Slug: tenant.slug,
    Description: null,
    SpaceId: world.space.id,
    IsDisabled: false,
    TenantTags: [],
    ProjectEnvironments: Object.fromEntries(
      Object.entries(tenant.projectEnvironments).map(([id, envs]) => [id, [...envs]]),
    ),
    Links: { Self: `/api/${world.space.id}/tenants/${tenant.id}` },
  });

  const machinesOf = (model: ApplicationModel) =>
    model.app.machineIds.flatMap((id) => {
      const machine = machines.get(id);
      return machine ? [machine] : [];
    });

  /** An application's targets as its task logs name them, worked out once per application. */
  const machineNames = new Map<ApplicationModel, string>();
  const machineNameOf = (model: ApplicationModel) => {
    let name = machineNames.get(model);
    if (name === undefined) {
      name = machinesOf(model)
        .map((machine) => machine.name)
        .join(', ');
      machineNames.set(model, name);
    }
    return name;
  };

  const subjectOf = (model: ApplicationModel, run: DeploymentRun): TaskSubject => {
    const environment = environments.get(model.app.environmentId);
    if (!environment) throw new Error(`No environment ${model.app.environmentId}`);
    return {
      spaceId: world.space.id,
      app: model.app,
      project: model.project,
      environment,
      tenant: model.app.tenantId === null ? null : (tenants.get(model.app.tenantId) ?? null),
      machineName: machineNameOf(model),
      run,
    };
  };

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

    space(spaceId: string): SimResult<SpaceBody> {
      if (spaceId !== world.space.id) return notFound(`Space ${spaceId} was not found.`);
      return ok(spaceResource(world));
    },

    /** The space's dashboard, or one project's (`?projectId=`, which marks it filtered). */
    dashboard(projectId: string | null = null): SimResult<DashboardBody> {
      const probe = probeNow();
      if (projectId !== null && !projects.has(projectId)) {
        return notFound(`Project ${projectId} was not found.`);
      }
      const shown = world.projects.filter(
        (project) => projectId === null || project.id === projectId,
      );
      const environmentIds = world.environments.map((environment) => environment.id);
      const items = [...models.values()].flatMap((model) => {
        if (projectId !== null && model.app.projectId !== projectId) return [];
        const latest = model.latestRun(probe);
        return latest ? [toDashboardItem(subjectOf(model, latest), false, probe, iso)] : [];
      });
      const space = world.space.id;
      return ok({
        Id: `dashboard-${space}`,
        Projects: shown.map((project) => ({
          Id: project.id,
          Name: project.name,
          Slug: project.slug,
          ProjectGroupId: project.projectGroupId,
          EnvironmentIds: environmentIds,
          TenantedDeploymentMode: project.tenanted ? 'Tenanted' : 'Untenanted',
          CanPerformUntenantedDeployment: !project.tenanted,
          IsDisabled: false,
          Links: { Self: `/api/${space}/projects/${project.id}` },
        })),
        ProjectGroups: world.projectGroups.map((group) => ({
          Id: group.id,
          Name: group.name,
          EnvironmentIds: environmentIds,
          Links: { Self: `/api/${space}/projectgroups/${group.id}` },
        })),
        Environments: world.environments.map((environment) => ({
          Id: environment.id,
          Name: environment.name,
          Links: { Self: `/api/${space}/environments/${environment.id}` },
        })),
        Tenants: world.tenants.map((tenant) => ({
          Id: tenant.id,
          Name: tenant.name,
          ProjectEnvironments: Object.fromEntries(
            Object.entries(tenant.projectEnvironments).map(([id, envs]) => [id, [...envs]]),
          ),
          TenantTags: [],
          IsDisabled: false,
          Links: { Self: `/api/${space}/tenants/${tenant.id}` },
        })),
        Items: items,
        PreviousItems: [],
        ProjectLimit: null,
        IsFiltered: projectId !== null,
        Links: { Self: `/api/${space}/dashboard` },
      });
    },

    liveStatusSummaries(): SimResult<LiveStatusSummariesBody> {
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
    ): SimResult<ApplicationLiveStatusBody> {
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
              Status: summarize(model, [state], latest, probe, iso).Status,
              Resources: state.nodes.map((node) => toLiveResource(node, state, iso)),
            })),
      });
    },

    resource(ids: ResourceIds): SimResult<ResourceDetailBody> {
      const found = resourceContext(ids);
      if (!found.ok) return found;
      const { state, node } = found.body;
      return ok(toResourceDetail(node, state, iso));
    },

    manifest(ids: ResourceIds): SimResult<ResourceManifestBody> {
      const found = resourceContext(ids);
      if (!found.ok) return found;
      return ok(toResourceManifest(found.body.node));
    },

    /** For the events and logs sessions: the object a session is about. */
    resourceNode(ids: ResourceIds) {
      return resourceContext(ids);
    },

    deployment(deploymentId: string): SimResult<DeploymentBody> {
      const found = deployments.get(deploymentId);
      if (!found || !probeNow().reached(found.run.deployment.queuedAt)) {
        return notFound(`Deployment ${deploymentId} was not found.`);
      }
      return ok(toDeployment(subjectOf(found.model, found.run), iso));
    },

    release(releaseId: string): SimResult<ReleaseBody> {
      const release = releases.get(releaseId);
      if (!release) return notFound(`Release ${releaseId} was not found.`);
      return ok({
        Id: release.id,
        SpaceId: world.space.id,
        ProjectId: release.projectId,
        Version: release.version,
        ReleaseNotes: null,
        Assembled: iso(release.assembledAt),
        Links: { Self: `/api/${world.space.id}/releases/${release.id}` },
      });
    },

    machine(machineId: string): SimResult<MachineBody> {
      const machine = machines.get(machineId);
      if (!machine) return notFound(`Deployment target ${machineId} was not found.`);
      return ok({
        Id: machine.id,
        Name: machine.name,
        SpaceId: world.space.id,
        EnvironmentIds: [machine.environmentId],
        Roles: ['k8s'],
        TenantIds: [],
        TenantedDeploymentParticipation: 'TenantedOrUntenanted',
        IsDisabled: false,
        HealthStatus: machine.monitor.kind === 'connected' ? 'Healthy' : 'Unhealthy',
        StatusSummary:
          machine.monitor.kind === 'connected'
            ? 'Kubernetes agent is connected.'
            : 'The Kubernetes monitor is not reporting.',
        Slug: machine.name,
        Links: { Self: `/api/${world.space.id}/machines/${machine.id}` },
      });
    },

    project(projectId: string): SimResult<ProjectBody> {
      const project = projects.get(projectId);
      if (!project) return notFound(`Project ${projectId} was not found.`);
      return ok({
        Id: project.id,
        Name: project.name,
        Slug: project.slug,
        Description: null,
        SpaceId: world.space.id,
        ProjectGroupId: project.projectGroupId,
        IsDisabled: false,
        TenantedDeploymentMode: project.tenanted ? 'Tenanted' : 'Untenanted',
        CombineHealthAndSyncStatusInDashboardLiveStatus: true,
        Links: { Self: `/api/${world.space.id}/projects/${project.id}` },
      });
    },

    environment(environmentId: string): SimResult<EnvironmentBody> {
      const environment = environments.get(environmentId);
      if (!environment) return notFound(`Environment ${environmentId} was not found.`);
      return ok({
        Id: environment.id,
        Name: environment.name,
        Slug: environment.slug,
        Description: null,
        SpaceId: world.space.id,
        SortOrder: world.environments.indexOf(environment),
        Links: { Self: `/api/${world.space.id}/environments/${environment.id}` },
      });
    },

    /** `GET /api/{spaceId}/tenants`, filtered by `projectId` when given, one page. */
    tenants(projectId: string | null, skip: number, take: number): SimResult<TenantsPageBody> {
      const matching = world.tenants.filter(
        (tenant) => projectId === null || projectId in tenant.projectEnvironments,
      );
      const items = matching.slice(skip, skip + take).map((tenant) => tenantBody(tenant));
      return ok({
        ItemType: 'Tenant',
        TotalResults: matching.length,
        ItemsPerPage: take,
        NumberOfPages: Math.max(1, Math.ceil(matching.length / Math.max(1, take))),
        LastPageNumber: Math.max(0, Math.ceil(matching.length / Math.max(1, take)) - 1),
        Items: items,
        Links: { Self: `/api/${world.space.id}/tenants` },
      });
    },

    tenant(tenantId: string): SimResult<TenantBody> {
      const tenant = tenants.get(tenantId);
      if (!tenant) return notFound(`Tenant ${tenantId} was not found.`);
      return ok(tenantBody(tenant));
    },

    task(taskId: string): SimResult<TaskBody> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      return ok(toTask(subjectOf(found.model, found.run), probe, iso));
    },

    taskDetails(taskId: string): SimResult<TaskDetailsBody> {
      const probe = probeNow();
      const found = tasks.get(taskId);
      if (!found || !probe.reached(found.run.deployment.queuedAt)) {
        return notFound(`Task ${taskId} was not found.`);
      }
      const machineNames = machinesOf(found.model).map((machine) => machine.name);
      return ok(toTaskDetails(subjectOf(found.model, found.run), machineNames, probe, iso));
    },

    taskObjectStatus(taskId: string): SimResult<TaskObjectStatusBody> {
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
    ): SimResult<StepObjectManifestBody> {
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
