/**
 * Response bodies in the shapes a real Octopus Server (2025.3+) sends, written from its public
 * sources:
 *
 * - the REST reference, OctopusDeploy/docs src/pages/docs/api/_generated/observability.md,
 *   dashboard.md and tasks.md;
 * - the C# models, OctopusDeploy/OctopusClients source/Octopus.Server.Client/Model/**
 *   (Observability/LiveStatus/*, ResourceEvents/*, ContainerLogs/*, MonitorErrorResource.cs,
 *   Dashboard*.cs, DeploymentResource.cs, ReleaseResource.cs, ActivityElement.cs,
 *   ActivityLogElement.cs);
 * - the Octopus CLI's fixtures, OctopusDeploy/cli pkg/cmd/kubernetes/live-status/live-status_test.go.
 *
 * C#-style: PascalCase, every property present, null for an absent optional value, except where
 * the server is known to leave a property out (`HealthStatusMessage`, `SyncStatusMessage`, a log
 * element's `Detail`). Live status objects carry `ResourceSourceId` and `SourceType`, never
 * `MachineId` or `MachineName`; object details have no `Group`.
 */
import { stringify } from 'yaml';
import {
  PROJECT_GROUP,
  SPACE,
  allEnvironments,
  allProjects,
  allTenants,
  applications,
  deployments,
  machines,
  walkObjects,
  type NamedThing,
  type WorldApplication,
  type WorldContainer,
  type WorldDeployment,
  type WorldMachine,
  type WorldObject,
  type WorldProject,
  type WorldRelease,
} from './world';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, Json>;

export const SERVER_VERSION = '2025.3.10517';

/** A `DateTimeOffset` as the server writes it: `2026-01-15T10:30:00.123+00:00`. */
export function offsetTime(secondsAgo: number, now: number): string {
  return new Date(now - secondsAgo * 1000).toISOString().replace('Z', '+00:00');
}

/** A NodaTime `Instant`, as the Kubernetes monitor reports times: `2026-01-15T10:30:00Z`. */
export function instant(secondsAgo: number, now: number): string {
  return new Date(now - Math.round(secondsAgo) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A log line's timestamp as the monitor splits it off a container log line (RFC 3339, ns). */
function nanoTime(secondsAgo: number, now: number): string {
  return new Date(now - secondsAgo * 1000).toISOString().replace(/Z$/, '451203Z');
}

/** Octopus's own duration text ("1 minute", "11 minutes"). */
function durationText(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** An Octopus error response: `{ ErrorMessage, Errors }`, `Errors` null unless there is a list. */
export function errorBody(message: string, errors: string[] | null = null): JsonObject {
  return { ErrorMessage: message, Errors: errors };
}

const audit = { LastModifiedOn: null, LastModifiedBy: null } satisfies JsonObject;

const spacePath = (rest: string) => `/api/${SPACE.id}/${rest}`;

// ---------------------------------------------------------------------------------------------
// The API root, spaces and the space root

export function apiRoot(): JsonObject {
  return {
    Application: 'Octopus Deploy',
    Version: SERVER_VERSION,
    ApiVersion: '3.0.0',
    InstallationId: '5f0b8a52-93d1-4c2a-bb6e-7e2c4d1f9a10',
    IsEarlyAccessProgram: false,
    HasLongTermSupport: false,
    Links: {
      Self: '/api',
      Spaces: '/api/spaces{/id}{?skip,ids,take,partialName}',
      CurrentUser: '/api/users/me',
      Dashboard:
        '/api/dashboard{?projectId,releaseId,selectedTenants,selectedTags,showAll,highestLatestVersionPerProjectAndEnvironment}',
      Tasks:
        '/api/tasks{/id}{?skip,active,environment,project,name,node,running,states,hasPendingInterruptions,hasWarningsOrErrors,take,ids,partialName,spaces,includeSystem,description,fromCompletedDate,toCompletedDate,fromQueueDate,toQueueDate,fromStartDate,toStartDate}',
    },
  };
}

export function space(): JsonObject {
  return {
    Id: SPACE.id,
    Name: SPACE.name,
    Slug: SPACE.slug,
    Description: null,
    IsDefault: true,
    IsPrivate: false,
    TaskQueueStopped: false,
    SpaceManagersTeams: ['teams-spacemanagers-Spaces-1'],
    SpaceManagersTeamMembers: [],
    Icon: null,
    ExtensionSettings: [],
    ...audit,
    Links: {
      Self: `/api/spaces/${SPACE.id}`,
      SpaceHome: `/api/${SPACE.id}`,
      Web: `/app#/spaces/${SPACE.id}`,
    },
  };
}

/** `GET /api/spaces`: a page of spaces (`partialName`, `skip`, `take`). */
export function spacesPage(query: URLSearchParams): JsonObject {
  const partialName = query.get('partialName')?.toLowerCase() ?? '';
  const skip = Number(query.get('skip') ?? '0') || 0;
  const take = Number(query.get('take') ?? '30') || 30;
  const all = SPACE.name.toLowerCase().includes(partialName) ? [space()] : [];
  return page('Space', all, skip, take, '/api/spaces');
}

function page(itemType: string, all: JsonObject[], skip: number, take: number, self: string) {
  return {
    ItemType: itemType,
    TotalResults: all.length,
    ItemsPerPage: take,
    NumberOfPages: Math.max(1, Math.ceil(all.length / take)),
    LastPageNumber: Math.max(0, Math.ceil(all.length / take) - 1),
    Items: all.slice(skip, skip + take),
    ...audit,
    Links: { Self: self, 'Page.All': `${self}?skip=0&take=2147483647`, 'Page.Current': self },
  };
}

/** `GET /api/{spaceId}`: the space root, whose links are URI templates (S4, S5, S6). */
export function spaceRoot(): JsonObject {
  const ls = `/api/${SPACE.id}/projects/{projectId}/environments/{environmentId}`;
  return {
    Links: {
      Self: `/api/${SPACE.id}`,
      Dashboard: `/api/${SPACE.id}/dashboard{?projectId,releaseId,selectedTenants,selectedTags,showAll,highestLatestVersionPerProjectAndEnvironment}`,
      DashboardDynamic: `/api/${SPACE.id}/dashboard/dynamic{?projects,environments,includePrevious}`,
      DashboardConfiguration: `/api/${SPACE.id}/dashboardconfiguration`,
      Deployments: `/api/${SPACE.id}/deployments{/id}{?skip,take,ids,projects,environments,tenants,channels,taskState,partialName}`,
      Environments: `/api/${SPACE.id}/environments{/id}{?name,skip,ids,take,partialName}`,
      Machines: `/api/${SPACE.id}/machines{/id}{?skip,take,name,ids,partialName,roles,environmentIds}`,
      Projects: `/api/${SPACE.id}/projects{/id}{?name,skip,ids,clone,take,partialName,clonedFromProjectId}`,
      Releases: `/api/${SPACE.id}/releases{/id}{?skip,take,ids}`,
      Tasks: `/api/${SPACE.id}/tasks{/id}{?skip,active,environment,project,name,node,running,states,take,ids,partialName}`,
      Tenants: `/api/${SPACE.id}/tenants{/id}{?skip,projectId,name,tags,take,ids,clone,partialName}`,
      LiveStatus: `${ls}/untenanted/livestatus{?summaryOnly}`,
      TenantedLiveStatus: `${ls}/tenants/{tenantId}/livestatus{?summaryOnly}`,
      KubernetesResource: `${ls}/untenanted/machines/{machineId}/resources/{desiredOrKubernetesMonitoredResourceId}`,
      TenantedKubernetesResource: `${ls}/tenants/{tenantId}/machines/{machineId}/resources/{desiredOrKubernetesMonitoredResourceId}`,
      KubernetesResourceManifest: `${ls}/untenanted/machines/{machineId}/resources/{desiredOrKubernetesMonitoredResourceId}/manifest`,
      TenantedKubernetesResourceManifest: `${ls}/tenants/{tenantId}/machines/{machineId}/resources/{desiredOrKubernetesMonitoredResourceId}/manifest`,
      ContainerLogs: `/api/${SPACE.id}/observability/logs/sessions{/sessionId}`,
      ResourceEvents: `/api/${SPACE.id}/observability/events/sessions{/sessionId}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Projects, environments, tenants, machines

export function project(item: WorldProject): JsonObject {
  return {
    Id: item.id,
    SpaceId: SPACE.id,
    VariableSetId: `variableset-${item.id}`,
    DeploymentProcessId: `deploymentprocess-${item.id}`,
    ClonedFromProjectId: null,
    DiscreteChannelRelease: false,
    IncludedLibraryVariableSetIds: [],
    DefaultToSkipIfAlreadyInstalled: false,
    TenantedDeploymentMode: item.tenanted ? 'Tenanted' : 'Untenanted',
    DefaultGuidedFailureMode: 'EnvironmentDefault',
    VersioningStrategy: {
      Template:
        '#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}',
      DonorPackage: null,
      DonorPackageStepId: null,
    },
    ReleaseCreationStrategy: {
      ChannelId: null,
      ReleaseCreationPackage: null,
      ReleaseCreationPackageStepId: null,
    },
    Templates: [],
    AutoDeployReleaseOverrides: [],
    Name: item.name,
    Slug: item.slug,
    Description: item.description,
    IsDisabled: false,
    ProjectGroupId: PROJECT_GROUP.id,
    LifecycleId: 'Lifecycles-1',
    AutoCreateRelease: false,
    IsVersionControlled: false,
    PersistenceSettings: { Type: 'Database' },
    ProjectConnectivityPolicy: {
      SkipMachineBehavior: 'None',
      TargetRoles: [],
      AllowDeploymentsToNoTargets: false,
      ExcludeUnhealthyTargets: false,
    },
    CombineHealthAndSyncStatusInDashboardLiveStatus: false,
    Icon: null,
    ExtensionSettings: [],
    ...audit,
    Links: {
      Self: spacePath(`projects/${item.id}`),
      Releases: spacePath(`projects/${item.id}/releases{/version}{?skip,take,searchByVersion}`),
      Channels: spacePath(`projects/${item.id}/channels{?skip,take,partialName}`),
      DeploymentProcess: spacePath(`projects/${item.id}/deploymentprocesses`),
      Web: `/app#/${SPACE.id}/projects/${item.id}`,
    },
  };
}

export function environment(item: NamedThing, index: number): JsonObject {
  return {
    Id: item.id,
    Name: item.name,
    Slug: item.slug,
    Description: '',
    SortOrder: index,
    UseGuidedFailure: false,
    AllowDynamicInfrastructure: false,
    SpaceId: SPACE.id,
    ExtensionSettings: [],
    ...audit,
    Links: {
      Self: spacePath(`environments/${item.id}`),
      Machines: spacePath(`environments/${item.id}/machines{?skip,take,partialName,roles}`),
      Web: `/app#/${SPACE.id}/infrastructure/environments/${item.id}`,
    },
  };
}

/** Every tenant is connected to the tenanted project in every environment. */
function tenantProjectEnvironments(): Record<string, string[]> {
  return Object.fromEntries(
    allProjects
      .filter((item) => item.tenanted)
      .map((item) => [item.id, allEnvironments.map((env) => env.id)]),
  );
}

export function tenant(item: NamedThing): JsonObject {
  return {
    Id: item.id,
    Name: item.name,
    Slug: item.slug,
    Description: null,
    ClonedFromTenantId: null,
    IsDisabled: false,
    TenantTags: [],
    ProjectEnvironments: tenantProjectEnvironments(),
    SpaceId: SPACE.id,
    ...audit,
    Links: {
      Self: spacePath(`tenants/${item.id}`),
      Variables: spacePath(`tenants/${item.id}/variables`),
      Web: `/app#/${SPACE.id}/tenants/${item.id}/overview`,
      Logo: `/api/${SPACE.id}/tenants/${item.id}/logo?cb=${SERVER_VERSION}`,
    },
  };
}

/** A Kubernetes agent deployment target (`MachineResource`, `KubernetesTentacleEndpoint`). */
export function machine(item: WorldMachine): JsonObject {
  return {
    Id: item.id,
    Name: item.name,
    Slug: item.slug,
    SpaceId: SPACE.id,
    Thumbprint:
      item.id === machines.staging.id
        ? '2B5B0F2A4DC2B8BC47C1F1A0C9D6E0B7DA3A3E15'
        : '8A1C0E9F6D4B2A7C5E3F1B9D7A5C3E1F0B2D4A6C',
    Uri: 'poll://h3jv0xw8lq2k7c5n9r1t/',
    IsDisabled: false,
    MachinePolicyId: 'MachinePolicies-1',
    HealthStatus: 'Healthy',
    HasLatestCalamari: true,
    StatusSummary: 'Kubernetes agent was online when last checked.',
    IsInProcess: false,
    Endpoint: {
      CommunicationStyle: 'KubernetesTentacle',
      TentacleEndpointConfiguration: {
        CommunicationMode: 'Polling',
        Thumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
        Uri: 'poll://h3jv0xw8lq2k7c5n9r1t/',
      },
      KubernetesAgentDetails: {
        AgentVersion: '2.19.4',
        TentacleVersion: '8.3.2947',
        UpgradeStatus: 'NoUpgrades',
        HelmReleaseName: `octopus-agent-${item.slug}`,
        KubernetesNamespace: `octopus-agent-${item.slug}`,
      },
      DefaultNamespace: null,
      Id: null,
      ...audit,
      Links: {},
    },
    OperatingSystem: 'Linux',
    ShellName: 'Bash',
    ShellVersion: '5.2.21',
    Architecture: 'x64',
    EnvironmentIds: [item.environmentId],
    Roles: ['k8s'],
    TenantedDeploymentParticipation: 'TenantedOrUntenanted',
    TenantIds: allTenants.map((entry) => entry.id),
    TenantTags: [],
    ...audit,
    Links: {
      Self: spacePath(`machines/${item.id}`),
      Connection: spacePath(`machines/${item.id}/connection`),
      TasksForMachine: spacePath(`machines/${item.id}/tasks{?skip,take,type}`),
      Web: `/app#/${SPACE.id}/infrastructure/machines/${item.id}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The dashboard

function dashboardItem(deployment: WorldDeployment, now: number): JsonObject {
  const { release } = deployment;
  const started = deployment.queuedAgo - 2;
  const completed = started - deployment.durationSeconds;
  return {
    Id: deployment.id,
    ProjectId: release.project.id,
    EnvironmentId: deployment.environment.id,
    ReleaseId: release.id,
    DeploymentId: deployment.id,
    TaskId: deployment.taskId,
    TenantId: deployment.tenant?.id ?? null,
    ChannelId: release.channelId,
    ReleaseVersion: release.version,
    Created: offsetTime(deployment.queuedAgo, now),
    QueueTime: offsetTime(deployment.queuedAgo, now),
    StartTime: offsetTime(started, now),
    CompletedTime: offsetTime(completed, now),
    State: deployment.state,
    HasPendingInterruptions: false,
    HasPendingPreconditions: false,
    HasWarningsOrErrors: deployment.hasWarningsOrErrors,
    ErrorMessage: '',
    Duration: durationText(deployment.durationSeconds),
    IsCurrent: deployment.isCurrent,
    IsPrevious: deployment.isPrevious,
    IsCompleted: true,
    PendingInterruptionTypes: [],
    PendingPreconditionTypes: [],
    ...audit,
    Links: {
      Self: spacePath(`deployments/${deployment.id}`),
      Release: spacePath(`releases/${release.id}`),
      Task: spacePath(`tasks/${deployment.taskId}`),
    },
  };
}

/** `GET /api/{spaceId}/dashboard`; `projectId` narrows it to one project (and says so). */
export function dashboard(query: URLSearchParams, now: number): JsonObject {
  const projectId = query.get('projectId');
  const shownProjects = allProjects.filter((item) => projectId === null || item.id === projectId);
  const shown = (deployment: WorldDeployment) =>
    shownProjects.some((item) => item.id === deployment.release.project.id);
  const environmentIds = allEnvironments.map((item) => item.id);
  return {
    Projects: shownProjects.map((item) => ({
      Id: item.id,
      Name: item.name,
      Slug: item.slug,
      ProjectGroupId: PROJECT_GROUP.id,
      EnvironmentIds: environmentIds,
      TenantedDeploymentMode: item.tenanted ? 'Tenanted' : 'Untenanted',
      CanPerformUntenantedDeployment: !item.tenanted,
      IsDisabled: false,
      ...audit,
      Links: { Self: spacePath(`projects/${item.id}`) },
    })),
    ProjectGroups: [
      {
        Id: PROJECT_GROUP.id,
        Name: PROJECT_GROUP.name,
        EnvironmentIds: environmentIds,
        ...audit,
        Links: { Self: spacePath(`projectgroups/${PROJECT_GROUP.id}`) },
      },
    ],
    Environments: allEnvironments.map((item) => ({
      Id: item.id,
      Name: item.name,
      ...audit,
      Links: { Self: spacePath(`environments/${item.id}`) },
    })),
    Tenants: allTenants.map((item) => ({
      Id: item.id,
      Name: item.name,
      ProjectEnvironments: tenantProjectEnvironments(),
      TenantTags: [],
      IsDisabled: false,
      ...audit,
      Links: { Self: spacePath(`tenants/${item.id}`) },
    })),
    Items: deployments
      .filter((deployment) => deployment.isCurrent && shown(deployment))
      .map((deployment) => dashboardItem(deployment, now)),
    PreviousItems: deployments
      .filter((deployment) => deployment.isPrevious && shown(deployment))
      .map((deployment) => dashboardItem(deployment, now)),
    ProjectLimit: null,
    IsFiltered: projectId !== null,
    Id: null,
    ...audit,
    Links: { Self: spacePath('dashboard') },
  };
}

// ---------------------------------------------------------------------------------------------
// Deployments, releases, tasks

function deploymentName(deployment: WorldDeployment): string {
  const { release, environment: env, tenant: who } = deployment;
  const forTenant = who ? ` for ${who.name}` : '';
  return `Deploy ${release.project.name} release ${release.version} to ${env.name}${forTenant}`;
}

export function deployment(item: WorldDeployment, now: number): JsonObject {
  const app = applicationOf(item);
  return {
    Id: item.id,
    SpaceId: SPACE.id,
    ReleaseId: item.release.id,
    ChannelId: item.release.channelId,
    DeploymentProcessId: `deploymentprocess-${item.release.project.id}-s${item.release.id}`,
    Changes: [],
    ChangesMarkdown: '',
    EnvironmentId: item.environment.id,
    TenantId: item.tenant?.id ?? null,
    ForcePackageDownload: false,
    ForcePackageRedeployment: false,
    SkipActions: [],
    SpecificMachineIds: [],
    ExcludedMachineIds: [],
    ManifestVariableSetId: `variableset-${item.id}`,
    TaskId: item.taskId,
    ProjectId: item.release.project.id,
    UseGuidedFailure: false,
    DebugMode: null,
    Priority: 'LifecycleDefault',
    Comments: null,
    FormValues: {},
    QueueTime: null,
    QueueTimeExpiry: null,
    Name: `Deploy to ${item.environment.name}`,
    Created: offsetTime(item.queuedAgo, now),
    TentacleRetentionPeriod: null,
    DeployedBy: 'jane.doe',
    DeployedById: 'Users-42',
    FailureEncountered: item.state === 'Failed',
    DeployedToMachineIds: app ? [app.machine.id] : [],
    ...audit,
    Links: {
      Self: spacePath(`deployments/${item.id}`),
      Release: spacePath(`releases/${item.release.id}`),
      Environment: spacePath(`environments/${item.environment.id}`),
      Project: spacePath(`projects/${item.release.project.id}`),
      Task: spacePath(`tasks/${item.taskId}`),
      Web: `/app#/${SPACE.id}/deployments/${item.id}`,
    },
  };
}

export function release(item: WorldRelease, now: number): JsonObject {
  return {
    Id: item.id,
    SpaceId: SPACE.id,
    ProjectId: item.project.id,
    Version: item.version,
    ChannelId: item.channelId,
    ReleaseNotes: null,
    ProjectDeploymentProcessSnapshotId: `deploymentprocess-${item.project.id}-s${item.id}`,
    ProjectVariableSetSnapshotId: `variableset-${item.project.id}-s${item.id}`,
    LibraryVariableSetSnapshotIds: [],
    SelectedPackages: [
      {
        ActionName: `Deploy ${item.project.name}`,
        PackageReferenceName: item.project.name,
        Version: item.version,
      },
    ],
    BuildInformation: [],
    VersionControlReference: null,
    Assembled: offsetTime(item.assembledAgo, now),
    ...audit,
    Links: {
      Self: spacePath(`releases/${item.id}`),
      Project: spacePath(`projects/${item.project.id}`),
      Deployments: spacePath(`releases/${item.id}/deployments{?skip,take}`),
      Web: `/app#/${SPACE.id}/releases/${item.id}`,
    },
  };
}

export function task(item: WorldDeployment, now: number): JsonObject {
  const started = item.queuedAgo - 2;
  const completed = started - item.durationSeconds;
  const completedAt = new Date(now - completed * 1000);
  return {
    Id: item.taskId,
    SpaceId: SPACE.id,
    EstimatedRemainingQueueDurationSeconds: 0,
    Name: 'Deploy',
    Description: deploymentName(item),
    Arguments: { DeploymentId: item.id },
    State: item.state,
    Completed: completedAt.toUTCString(),
    QueueTime: offsetTime(item.queuedAgo, now),
    QueueTimeExpiry: null,
    StartTime: offsetTime(started, now),
    LastUpdatedTime: offsetTime(completed, now),
    CompletedTime: offsetTime(completed, now),
    ServerNode: 'OCTOPUS-NODE-1',
    Duration: durationText(item.durationSeconds),
    ErrorMessage: '',
    HasBeenPickedUpByProcessor: true,
    IsCompleted: true,
    FinishedSuccessfully: item.state === 'Success',
    HasPendingInterruptions: false,
    CanRerun: false,
    HasWarningsOrErrors: item.hasWarningsOrErrors,
    PendingInterruptionTypes: [],
    HasPendingPreconditions: false,
    PendingPreconditionTypes: [],
    ProjectId: item.release.project.id,
    ...audit,
    Links: {
      Self: spacePath(`tasks/${item.taskId}`),
      Web: `/app#/${SPACE.id}/tasks/${item.taskId}`,
      Raw: spacePath(`tasks/${item.taskId}/raw`),
      Details: spacePath(`tasks/${item.taskId}/details{?verbose,tail,ranges}`),
      Artifacts: spacePath(`artifacts?regarding=${item.taskId}`),
      Interruptions: spacePath(`interruptions?regarding=${item.taskId}`),
    },
  };
}

interface LogLine {
  category: string;
  at: number;
  text: string;
  detail?: string;
}

function logElements(lines: readonly LogLine[], now: number): JsonObject[] {
  return lines.map((line) => ({
    Category: line.category,
    OccurredAt: offsetTime(line.at, now),
    MessageText: line.text,
    // Written only when there is one (DefaultValueHandling.Ignore in ActivityLogElement.cs).
    ...(line.detail === undefined ? {} : { Detail: line.detail }),
  }));
}

interface Activity {
  id: string;
  name: string;
  status: string;
  started: number;
  ended: number;
  summary: boolean;
  logs: LogLine[];
  children: Activity[];
}

function activityElement(activity: Activity, now: number): JsonObject {
  return {
    Id: activity.id,
    Name: activity.name,
    Started: offsetTime(activity.started, now),
    Ended: offsetTime(activity.ended, now),
    Status: activity.status,
    Children: activity.children.map((child) => activityElement(child, now)),
    ShowAtSummaryLevel: activity.summary,
    LogElements: logElements(activity.logs, now),
    ProgressPercentage: 0,
    ProgressMessage: null,
  };
}

/** The log tree of a deployment: acquire packages, deploy (on its target), verify. */
function deploymentActivity(item: WorldDeployment): Activity {
  const app = applicationOf(item);
  const target = app?.machine.name ?? 'k8s';
  const name = item.release.project.name;
  const start = item.queuedAgo - 2;
  const end = start - item.durationSeconds;
  const step1End = start - Math.round(item.durationSeconds * 0.2);
  const step2End = start - Math.round(item.durationSeconds * 0.8);
  const id = (suffix: string) => `${item.taskId}_${suffix}`;
  const namespace = app?.objects[0]?.namespace ?? 'default';
  const warn = item.hasWarningsOrErrors;
  return {
    id: item.taskId,
    name: deploymentName(item),
    status: warn ? 'SuccessWithWarning' : 'Success',
    started: start,
    ended: end,
    summary: false,
    logs: [],
    children: [
      {
        id: id('ACQ'),
        name: 'Acquire packages',
        status: 'Success',
        started: start,
        ended: step1End,
        summary: true,
        logs: [
          { category: 'Planned', at: start, text: 'Acquire packages' },
          { category: 'Info', at: start - 1, text: 'Acquiring packages' },
          {
            category: 'Verbose',
            at: start - 2,
            text: `Package ${name} ${item.release.version} found in the built-in feed`,
          },
          { category: 'Info', at: step1End, text: 'All packages have been acquired' },
        ],
        children: [],
      },
      {
        id: id('STEP1'),
        name: `Step 1: Deploy ${name}`,
        status: warn ? 'SuccessWithWarning' : 'Success',
        started: step1End,
        ended: step2End,
        summary: true,
        logs: [{ category: 'Planned', at: step1End, text: `Deploy ${name}` }],
        children: [
          {
            id: id('STEP1_T'),
            name: `Deploying ${name} on ${target}`,
            status: warn ? 'SuccessWithWarning' : 'Success',
            started: step1End,
            ended: step2End,
            summary: false,
            logs: [
              { category: 'Verbose', at: step1End - 1, text: `Using namespace ${namespace}` },
              {
                category: 'Info',
                at: step1End - 2,
                text: `Applying Kubernetes manifests to ${target}`,
              },
              { category: 'Info', at: step1End - 3, text: `deployment.apps/${name} configured` },
              ...(name === 'checkout'
                ? [
                    { category: 'Info', at: step1End - 3, text: 'service/checkout unchanged' },
                    {
                      category: 'Info',
                      at: step1End - 3,
                      text: 'configmap/checkout-config unchanged',
                    },
                  ]
                : []),
              ...(warn
                ? [
                    {
                      category: 'Warning',
                      at: step2End + 5,
                      text: `Deployment ${name} has not become ready: 0 of 1 updated replicas are available`,
                    },
                  ]
                : []),
              {
                category: 'Highlight',
                at: step2End,
                text: `The ${name} resources were applied to ${target}`,
                detail: 'kubectl apply finished',
              },
            ],
            children: [],
          },
        ],
      },
      {
        id: id('STEP2'),
        name: `Step 2: Verify ${name}`,
        status: 'Success',
        started: step2End,
        ended: end,
        summary: true,
        logs: [
          { category: 'Planned', at: step2End, text: `Verify ${name}` },
          { category: 'Info', at: step2End - 1, text: `GET https://${name}.internal/healthz 200` },
          { category: 'Highlight', at: end, text: 'Deployment complete' },
        ],
        children: [],
      },
    ],
  };
}

export function taskDetails(item: WorldDeployment, now: number): JsonObject {
  const activity = activityElement(deploymentActivity(item), now);
  return {
    Task: task(item, now),
    ActivityLogs: [activity],
    Progress: { ProgressPercentage: 100, EstimatedTimeRemaining: null },
    PhysicalLogSize: JSON.stringify(activity).length,
    ...audit,
    Links: { Self: spacePath(`tasks/${item.taskId}/details`) },
  };
}

// ---------------------------------------------------------------------------------------------
// Live status (E1/E2), object detail (E3) and manifests (E4/E5)

export function applicationOf(item: WorldDeployment): WorldApplication | undefined {
  return applications.find(
    (app) =>
      app.project.id === item.release.project.id &&
      app.environment.id === item.environment.id &&
      (app.tenant?.id ?? null) === (item.tenant?.id ?? null),
  );
}

/** A message the server may leave out altogether (`undefined`), send as null, or send. */
function maybe(name: string, value: string | null | undefined): JsonObject {
  return value === undefined ? {} : { [name]: value };
}

/** How long ago the monitor last heard about the objects: a few seconds. */
const MONITOR_LAG_SECONDS = 7;

function liveObject(object: WorldObject, app: WorldApplication, now: number): JsonObject {
  return {
    Name: object.name,
    Namespace: object.namespace,
    Kind: object.kind,
    Group: object.group,
    HealthStatus: object.health,
    ...maybe('HealthStatusMessage', object.healthMessage),
    ...maybe('SyncStatus', object.sync),
    ...maybe('SyncStatusMessage', object.syncMessage),
    ResourceSourceId: app.machine.id,
    SourceType: 'KubernetesMonitor',
    LastUpdated: offsetTime(MONITOR_LAG_SECONDS, now),
    DesiredResourceId: object.desiredResourceId,
    ResourceId: object.resourceId,
    OrphanedAt: object.orphan ? instant(object.orphan.orphanedAgo, now) : null,
    DeletionTaskState: object.orphan?.deletionTaskState ?? null,
    Children: object.children.map((child) => liveObject(child, app, now)),
  };
}

export function liveStatus(app: WorldApplication, summaryOnly: boolean, now: number): JsonObject {
  return {
    MachineStatuses: summaryOnly
      ? []
      : [
          {
            MachineId: app.machine.id,
            Status: app.summary.health,
            Resources: app.objects.map((object) => liveObject(object, app, now)),
          },
        ],
    Summary: {
      Status: app.summary.status,
      HealthStatus: app.summary.health,
      SyncStatus: app.summary.sync,
      ...maybe('SyncStatusMessage', app.summary.syncMessage),
      LastUpdated: offsetTime(MONITOR_LAG_SECONDS, now),
      TotalOrphanCount: app.objects.filter((object) => object.orphan !== undefined).length,
    },
    ArgoCDInstanceStatuses: [],
  };
}

function manifestSummary(object: WorldObject, now: number): JsonObject {
  const base: JsonObject = {
    Kind: object.kind,
    Labels: object.labels,
    Annotations: object.annotations,
    CreationTimestamp: offsetTime(object.createdAgo, now),
  };
  if (object.kind !== 'Pod') return base;
  const containers = object.containers ?? [];
  return {
    ...base,
    Containers: containers.map((container) => container.name),
    ContainerDetails: containers.map((container) => ({
      Name: container.name,
      Image: container.image,
    })),
  };
}

function detailedObject(object: WorldObject, app: WorldApplication, now: number): JsonObject {
  return {
    Name: object.name,
    Namespace: object.namespace,
    Kind: object.kind,
    HealthStatus: object.health,
    ...maybe('HealthStatusMessage', object.healthMessage),
    ...maybe('SyncStatus', object.sync),
    ...maybe('SyncStatusMessage', object.syncMessage),
    ResourceSourceId: app.machine.id,
    SourceType: 'KubernetesMonitor',
    LastUpdated: offsetTime(MONITOR_LAG_SECONDS, now),
    ManifestSummary: manifestSummary(object, now),
    Children: object.children.map((child) => detailedObject(child, app, now)),
    DesiredResourceId: object.desiredResourceId,
    ResourceId: object.resourceId,
    ExternalLink: null,
  };
}

export function resourceDetail(object: WorldObject, app: WorldApplication, now: number) {
  return { Resource: detailedObject(object, app, now) };
}

/** Finds an object of an application by the id the API addresses it with. */
export function findObject(app: WorldApplication, id: string): WorldObject | undefined {
  const wanted = id.toLowerCase();
  for (const object of walkObjects(app.objects)) {
    if (object.desiredResourceId === wanted || object.resourceId === wanted) return object;
  }
  return undefined;
}

function liveManifestObject(object: WorldObject, now: number): Record<string, unknown> {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: {
      name: object.name,
      ...(object.namespace === null ? {} : { namespace: object.namespace }),
      uid: object.resourceId,
      resourceVersion: String(48_213 + (object.createdAgo % 997)),
      creationTimestamp: instant(object.createdAgo, now),
      ...(Object.keys(object.labels).length > 0 ? { labels: object.labels } : {}),
      ...(Object.keys(object.annotations).length > 0 ? { annotations: object.annotations } : {}),
    },
    ...object.body,
  };
}

function desiredManifestObject(object: WorldObject): Record<string, unknown> {
  const { status: _status, ...spec } = object.desiredBody ?? object.body;
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: {
      name: object.name,
      ...(object.namespace === null ? {} : { namespace: object.namespace }),
      labels: object.labels,
    },
    ...spec,
  };
}

/** The live object reduced to what the applied manifest says, for comparing the two. */
function comparableLive(object: WorldObject): Record<string, unknown> {
  const { status: _status, ...spec } = object.body;
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: {
      name: object.name,
      ...(object.namespace === null ? {} : { namespace: object.namespace }),
      labels: object.labels,
    },
    ...spec,
  };
}

/** A unified diff of two texts (longest common subsequence of lines), one hunk. */
export function unifiedDiff(left: string, right: string): string {
  const a = left.split('\n');
  const b = right.split('\n');
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => lcs[i * cols + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(` ${a[i] ?? ''}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || at(i + 1, j) >= at(i, j + 1))) {
      lines.push(`-${a[i] ?? ''}`);
      i++;
    } else {
      lines.push(`+${b[j] ?? ''}`);
      j++;
    }
  }
  return [`--- desired`, `+++ live`, `@@ -1,${a.length} +1,${b.length} @@`, ...lines].join('\n');
}

/** `/manifest` and `/manifest/v2`: YAML strings; children have no desired manifest and no diff. */
export function resourceManifest(object: WorldObject, now: number): JsonObject {
  const live = stringify(liveManifestObject(object, now));
  if (object.desiredResourceId === null) {
    return { LiveManifest: live, DesiredManifest: null, Diff: null };
  }
  const desired = stringify(desiredManifestObject(object));
  const comparable = stringify(comparableLive(object));
  return {
    LiveManifest: live,
    DesiredManifest: desired,
    Diff:
      desired === comparable
        ? null
        : { Left: desired, Right: comparable, Diff: unifiedDiff(desired, comparable) },
  };
}

// ---------------------------------------------------------------------------------------------
// Events and logs sessions (E6–E9)

export function kubernetesEvents(object: WorldObject, now: number): JsonObject[] {
  return object.events.map((event, index) => ({
    FirstObservedTime: instant(event.firstSeenAgo, now),
    LastObservedTime: instant(event.lastSeenAgo, now),
    Count: event.count,
    Action: event.action,
    Reason: event.reason,
    Note: event.note,
    ReportingController: event.reportingController,
    ReportingInstance:
      event.reportingController === 'kubelet' ? 'aks-nodepool1-31544-vmss000001' : '',
    Type: event.type,
    Manifest: stringify({
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: {
        name: `${object.name}.${(0x17e2a4b0c9d1f000 + index).toString(16)}`,
        namespace: object.namespace,
      },
      regarding: {
        kind: object.kind,
        name: object.name,
        namespace: object.namespace,
        uid: object.resourceId,
      },
      reason: event.reason,
      note: event.note,
      type: event.type,
      action: event.action,
      reportingController: event.reportingController,
      deprecatedCount: event.count,
      deprecatedFirstTimestamp: instant(event.firstSeenAgo, now),
      deprecatedLastTimestamp: instant(event.lastSeenAgo, now),
    }),
  }));
}

export function containerLogs(
  container: WorldContainer,
  previous: boolean,
  now: number,
): JsonObject[] {
  const lines = previous ? (container.previousLogs ?? []) : container.logs;
  return lines.map((message, index) => ({
    Timestamp: nanoTime((lines.length - index) * 3, now),
    Message: message,
  }));
}

export function monitorError(code: string, message: string): JsonObject {
  return { ErrorCode: code, ErrorMessage: message };
}
