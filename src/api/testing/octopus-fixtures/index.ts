/**
 * Octopus REST API response bodies written from public sources, not produced by the simulated
 * server: the REST reference examples (OctopusDeploy/docs), the Octopus CLI's test fixtures
 * (OctopusDeploy/cli), the C# client models (OctopusDeploy/OctopusClients), and the Go and
 * TypeScript clients. `octopus-fixtures.test.ts` parses every one through the API client.
 *
 * File name suffixes say how a body was written:
 * - `.reference.json`: the REST reference page's example as printed. Its placeholder values
 *   ("string", `0`) are kept; only a timestamp printed as "string" is replaced by a realistic
 *   ISO-8601 value, and an array item printed as `{}` (the page's generator leaves nested item
 *   schemas unexpanded) is noted where it was changed.
 * - `.cli.json`: a response the Octopus CLI's tests serve, copied field for field.
 * - `.csharp.json` and the unsuffixed files: written from the C# model (and the reference field
 *   lists) as a C# server serialises it: every property is present, nullable ones as `null`,
 *   except where the model says otherwise (`Resource.Id`, `LastModifiedOn` and `LastModifiedBy`
 *   are left out when null; `ActivityLogElement.Detail` is left out when empty).
 *
 * Timestamps: a C# `DateTimeOffset` serialises as "2025-08-11T04:53:27.123+00:00", a NodaTime
 * `Instant` as "2025-08-11T04:53:27.123Z"; each fixture uses the form of the model it follows.
 * Identifiers, names and messages are example values; no field is added that no source shows.
 */

export type FixtureEndpoint =
  | 'applicationLiveStatusSchema'
  | 'resourceDetailSchema'
  | 'resourceManifestSchema'
  | 'sessionCreatedSchema'
  | 'eventsSessionSchema'
  | 'logsSessionSchema'
  | 'dashboardSchema'
  | 'deploymentSchema'
  | 'releaseSchema'
  | 'taskSchema'
  | 'taskDetailsSchema'
  | 'errorBodySchema'
  | 'machineSchema'
  | 'projectSchema'
  | 'environmentSchema'
  | 'tenantSchema'
  | 'apiRootSchema'
  | 'spacesPageSchema'
  | 'spaceSchema';

export interface FixtureSource {
  /** `owner/name` on GitHub. */
  repo: string;
  /** Path of the file inside the repository. */
  path: string;
  /** The commit the file was read at, when the stored copy names one. */
  commit?: string;
  note?: string;
}

export interface OctopusFixture {
  /** A JSON file in this folder. */
  file: string;
  /** The contract schema (exported from `src/api/contract`) that parses this body. */
  endpoint: FixtureEndpoint;
  source: FixtureSource;
}

const docs = 'OctopusDeploy/docs';
const cli = 'OctopusDeploy/cli';
const clients = 'OctopusDeploy/OctopusClients';

const observabilityReference = {
  repo: docs,
  path: 'src/pages/docs/api/_generated/observability.md',
  commit: 'c3a19ffcb58efd8fe563385c744b713b72ee9cc0',
} as const;
const dashboardReference = {
  repo: docs,
  path: 'src/pages/docs/api/_generated/dashboard.md',
  commit: '028fc30e53efe5e5a9bcfdacdc3c176700577308',
} as const;
const tasksReference = {
  repo: docs,
  path: 'src/pages/docs/api/_generated/tasks.md',
  commit: '4a5a99a7fb5e1ef461083f5d7c706e1e1007f09b',
} as const;
const cliLiveStatusTest = {
  repo: cli,
  path: 'pkg/cmd/kubernetes/live-status/live-status_test.go',
} as const;
const liveStatusModels = 'source/Octopus.Server.Client/Model/Observability/LiveStatus';

export const octopusFixtures: readonly OctopusFixture[] = [
  // Application live status (untenanted and tenanted share one shape).
  {
    file: 'live-status-untenanted.cli.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      ...cliLiveStatusTest,
      commit: '8304eaa1c175951ad48bfbb0cdaf08b45f8a6588',
      note: '`liveStatusResponse`, served for GET …/untenanted/livestatus (with and without summaryOnly=true). A newer-server body: objects carry Group, ResourceSourceId and SourceType and no MachineId; the ReplicaSet child is InSync. The same literal is in every stored version of the file.',
    },
  },
  {
    file: 'live-status-not-supported.cli.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      ...cliLiveStatusTest,
      note: '`notSupportedResponse`, in the newest stored version of the file (commit not recorded by the index; it pairs with pkg/cmd/kubernetes/live-status/live-status.go at 09a99dce300888b4786194551f1204056e02917b, which prints "Live object status is not available" for it).',
    },
  },
  {
    file: 'live-status-orphans.cli.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      ...cliLiveStatusTest,
      note: 'The response of the test "json output preserves fields the command does not model" (newest stored version): OrphanedAt, DeletionTaskState, ArgoCDInstanceStatuses, TotalOrphanCount, Summary.SyncStatusMessage. Copied as the CLI serves it: its Summary has no HealthStatus, SyncStatus or LastUpdated, and its ids are not UUIDs.',
    },
  },
  {
    file: 'live-status-tenanted.reference.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      ...observabilityReference,
      note: 'Example of "Request the live status for a Project/Environment/Tenant" (GET …/tenants/{tenantId}/livestatus). Summary.LastUpdated "string" replaced by a timestamp; MachineStatuses[0].Resources printed as [{}] (an unexpanded item schema) written as [].',
    },
  },
  {
    file: 'live-status-nulls.csharp.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/KubernetesLiveStatusResource.cs`,
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'Every nullable property sent as null, as a C# server does. Object fields: C# model (Name, Namespace, Kind, HealthStatus, SyncStatus, Children, DesiredResourceId, ResourceId) plus the newer fields the CLI models and serves (Group, HealthStatusMessage, SyncStatusMessage, ResourceSourceId, SourceType, LastUpdated, OrphanedAt, DeletionTaskState: OctopusDeploy/cli pkg/cmd/kubernetes/live-status/live-status.go @09a99dce and its test). Summary fields from the REST reference (observability.md @c3a19ffc). Children are NotApplicable (OctopusDeploy/kubernetes-monitor internal/cluster/sync_status.go; docs live-object-status/index.md); a missing Service has ResourceId null; a ClusterRole has Namespace null.',
    },
  },
  {
    file: 'live-status-machine-id.csharp.json',
    endpoint: 'applicationLiveStatusSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/LiveStatusSummaryResource.cs`,
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'An older server: objects as KubernetesLiveStatusResource.cs @796b0bdb (MachineId on every object, no Group, no LastUpdated); Summary as LiveStatusSummaryResource.cs @796b0bdb, which has only Status and a NodaTime Instant LastUpdated (the Go client, OctopusDeploy/go-octopusdeploy pkg/observability/live_status.go @3b48fa6b, models the same two fields).',
    },
  },

  // One object (E3).
  {
    file: 'resource-detail.reference.json',
    endpoint: 'resourceDetailSchema',
    source: {
      ...observabilityReference,
      note: 'Example of "Get a detailed summary of a live Kubernetes resource". Resource.LastUpdated "string" replaced by a timestamp; everything else as printed (HealthStatus "Stale", Kind and SyncStatus "string").',
    },
  },
  {
    file: 'resource-detail-pod.csharp.json',
    endpoint: 'resourceDetailSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/ManifestSummaryResource.cs`,
      note: 'PodManifestSummaryResource with Containers (obsolete) and ContainerDetails { Name, Image }: the newest stored version of the file (commit not recorded; the version at 796b0bdb has Containers only). The object follows KubernetesLiveStatusDetailedResource.cs @8ab56daa6b28f2a3f9563d9d33033df7fe87ce14 (ResourceSourceId, SourceType, DateTimeOffset LastUpdated, ExternalLink) and the reference (HealthStatusMessage, SyncStatusMessage); nullable properties are null.',
    },
  },
  {
    file: 'resource-detail-machine-id.csharp.json',
    endpoint: 'resourceDetailSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/KubernetesLiveStatusDetailedResource.cs`,
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'An older server: MachineId and a NodaTime Instant LastUpdated, no ResourceSourceId, SourceType or ExternalLink; a child with ManifestSummary null.',
    },
  },

  // Manifests (E4 and E5).
  {
    file: 'manifest.reference.json',
    endpoint: 'resourceManifestSchema',
    source: {
      ...observabilityReference,
      note: 'Example of "Request for retrieving the manifest for a live kubernetes resource" (…/manifest), as printed.',
    },
  },
  {
    file: 'manifest-v2.reference.json',
    endpoint: 'resourceManifestSchema',
    source: {
      ...observabilityReference,
      note: 'Example of the same request at …/manifest/v2, as printed.',
    },
  },
  {
    file: 'manifest-diff.csharp.json',
    endpoint: 'resourceManifestSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/LiveResourceDiff.cs`,
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'GetResourceManifestResponse.cs with Diff { Left, Right, Diff } (YAML strings). Left is the desired side and Right the live side, as the docs describe the diff view (docs live-object-status/index.md).',
    },
  },
  {
    file: 'manifest-child.csharp.json',
    endpoint: 'resourceManifestSchema',
    source: {
      repo: clients,
      path: `${liveStatusModels}/GetResourceManifestResponse.cs`,
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'A child object Octopus did not apply: DesiredManifest and Diff are nullable in the model and sent as null.',
    },
  },
  {
    file: 'manifest-v2-missing.csharp.json',
    endpoint: 'resourceManifestSchema',
    source: {
      ...observabilityReference,
      note: '…/manifest/v2 for an object missing from the cluster: LiveManifest is required (minimum length 1) on …/manifest but not on …/manifest/v2, so it is sent as null here; fields as GetResourceManifestResponse.cs.',
    },
  },

  // Events and logs sessions (E6 to E9).
  {
    file: 'session-created.reference.json',
    endpoint: 'sessionCreatedSchema',
    source: {
      ...observabilityReference,
      note: 'Example response of POST …/observability/events/sessions (and …/logs/sessions), as printed.',
    },
  },
  {
    file: 'events-session.reference.json',
    endpoint: 'eventsSessionSchema',
    source: {
      ...observabilityReference,
      note: 'Example of "Request to fetch all the events for the specified session". FirstObservedTime and LastObservedTime "string" replaced by timestamps (Instant form, as KubernetesEventResource.cs); the rest as printed, Error included.',
    },
  },
  {
    file: 'events-session.csharp.json',
    endpoint: 'eventsSessionSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/Observability/ResourceEvents/KubernetesEventResource.cs',
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'GetResourceEventsResponse.cs with Error null and two events.k8s.io events (NodaTime Instant timestamps; Manifest is the event as YAML).',
    },
  },
  {
    file: 'events-session-error.json',
    endpoint: 'eventsSessionSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/Observability/MonitorErrorResource.cs',
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'A completed session that failed: no events and Error { ErrorCode, ErrorMessage } (both required in the model). The code and message are example values.',
    },
  },
  {
    file: 'logs-session.reference.json',
    endpoint: 'logsSessionSchema',
    source: {
      ...observabilityReference,
      note: 'Example of "Request to fetch all the logs for the specified session". Logs[0].Timestamp "string" replaced by a timestamp; the rest as printed, Error included.',
    },
  },
  {
    file: 'logs-session.csharp.json',
    endpoint: 'logsSessionSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/Observability/ContainerLogs/ContainerLogLineResource.cs',
      commit: '796b0bdb590d1a272c10431cf9f1073cc52b3597',
      note: 'GetContainerLogsResponse.cs with Error null: lines of { Timestamp (Instant), Message }.',
    },
  },

  // Space dashboard.
  {
    file: 'dashboard.reference.json',
    endpoint: 'dashboardSchema',
    source: {
      ...dashboardReference,
      note: 'Example of "Return information required to render the Octopus dashboard", as printed (placeholder ids such as "string", ProjectEnvironments keyed "additionalProp1").',
    },
  },
  {
    file: 'dashboard-capped.json',
    endpoint: 'dashboardSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/DashboardResource.cs',
      commit: 'de4e65d137a4f6c9b08a4c9c3a6f71c234acb0c5',
      note: 'A capped, filtered dashboard: ProjectLimit, IsFiltered true and PreviousItems (DashboardResource.cs). Items per DashboardItemResource.cs @cfb48a64 and the reference field list (HasPendingPreconditions, PendingPreconditionTypes; PendingInterruptionTypes value KubernetesResourceVerification); projects, groups, environments and tenants per Dashboard*Resource.cs and dashboard.md @028fc30e.',
    },
  },

  // Deployments, releases, tasks.
  {
    file: 'deployment.json',
    endpoint: 'deploymentSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/api/_generated/deployments.md',
      commit: '4a8c73e01f436037ecc24b49a24bbcf267128d2f',
      note: 'The DeploymentResource fields of the reference (the list item and the create request examples: ExecutionPlanLogContext.Steps, TentacleRetentionPeriod) with example values; nullable values null as DeploymentResource.cs (OctopusClients @4362c26c). Links trimmed to Self.',
    },
  },
  {
    file: 'release.json',
    endpoint: 'releaseSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/api/_generated/releases.md',
      note: 'The ReleaseResource fields of the reference example (stored version not recorded by the index) with example values; VersionControlReference null for a database project (ReleaseResource.cs, OctopusClients @01211ac9). Progression link as the CLI fixtures build it (OctopusDeploy/cli test/fixtures/projects.go).',
    },
  },
  {
    file: 'task.json',
    endpoint: 'taskSchema',
    source: {
      ...tasksReference,
      note: 'Fields of "Get a single Task by ID" with example values; QueueTimeExpiry and ErrorMessage null as TaskResource.cs (OctopusClients @1eab9464) allows; Arguments { DeploymentId } for a deployment task.',
    },
  },
  {
    file: 'task-details.json',
    endpoint: 'taskDetailsSchema',
    source: {
      repo: 'OctopusDeploy/api-client.ts',
      path: 'src/features/serverTasks/serverTaskDetails.ts',
      commit: '86e86e19e7c1a44d54b994e497055658c2bf33a1',
      note: 'A canceled deployment task. Log categories from ActivityLogEntryCategory there (Trace, Verbose, Info, Highlight, Wait, Gap, Alert, Warning, Error, Fatal, Planned, Updated, Finished, Abandoned); Percentage on an Updated entry as ActivityLogElement there. Element fields from ActivityElement.cs (OctopusClients @b883446b: Started and Ended nullable, ProgressPercentage, ProgressMessage) and ActivityLogElement.cs (@de4e65d1: Detail left out when empty); top-level fields (Task, ActivityLogs, Progress, PhysicalLogSize) from tasks.md @4a5a99a7.',
    },
  },

  // Error bodies.
  {
    file: 'error-errors-null.json',
    endpoint: 'errorBodySchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Exceptions/OctopusExceptionFactory.OctopusErrorsContract.cs',
      commit: '443ea87c0fe77936fcb26214f37cf7ab010e122f',
      note: 'OctopusErrorsContract { ErrorMessage, FullException, Errors, HelpText, Details } with Errors null, as a 404 sends it. The message is an example value.',
    },
  },
  {
    file: 'error-validation.json',
    endpoint: 'errorBodySchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Exceptions/OctopusExceptionFactory.OctopusErrorsContract.cs',
      commit: '443ea87c0fe77936fcb26214f37cf7ab010e122f',
      note: 'The same contract with an Errors list (a 400). Messages are example values.',
    },
  },

  // Names: targets, projects, environments, tenants.
  {
    file: 'machine.json',
    endpoint: 'machineSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/api/_generated/deployment-targets.md',
      commit: '2623c2de934f328d86298bf10f86fd8d6c458abc',
      note: 'MachineResource fields of the reference (list item / create response) for a Kubernetes agent (CommunicationStyle KubernetesTentacle, an allowed value there); Endpoint limited to the fields the reference shows; Thumbprint, Uri and OperatingSystemVersion null (MachineBasedResource.cs).',
    },
  },
  {
    file: 'project.json',
    endpoint: 'projectSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/api/_generated/projects.md',
      commit: '2623c2de934f328d86298bf10f86fd8d6c458abc',
      note: 'ProjectResource fields of the reference list item with example values and CombineHealthAndSyncStatusInDashboardLiveStatus true. Arrays the page prints as [{}] are empty; ProjectTemplateDetails null for a project not made from a template. Links as the CLI fixture NewProject builds them (OctopusDeploy/cli test/fixtures/projects.go).',
    },
  },
  {
    file: 'project-combine-null.csharp.json',
    endpoint: 'projectSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/ProjectResource.cs',
      commit: '1965efd807670dcf914a190879213a907729b5c0',
      note: 'The same project with CombineHealthAndSyncStatusInDashboardLiveStatus null: the model declares it bool? (never set on the project).',
    },
  },
  {
    file: 'environment.json',
    endpoint: 'environmentSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/EnvironmentResource.cs',
      commit: '3cfc10c1c85a0f8b037e0c799103aa5551a256d5',
      note: 'EnvironmentResource (with ExtensionSettings from ResourceWithExtensionSettings) and example values.',
    },
  },
  {
    file: 'tenant.json',
    endpoint: 'tenantSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/api/_generated/tenants.md',
      commit: '3a0ac8525e2fb53d65aa3c4a7067ba1658a56201',
      note: 'TenantResource fields of the reference list item (CustomFields, Icon, IsDisabled, ProjectEnvironments, TenantTags) with example values; ClonedFromTenantId and Description null (TenantResource.cs).',
    },
  },

  // API root and spaces.
  {
    file: 'api-root.json',
    endpoint: 'apiRootSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/octopus-rest-api/index.md',
      commit: '26ccb6e2f2afb13e119df42d184100982c984d78',
      note: 'The GET /api example of "REST API Links" as printed (its Links are a reduced set), plus the Spaces link template the CLI test root serves (OctopusDeploy/cli test/testutil/fakeoctopusserver.go @0bc01d129e46107d88ead5c57fa0f8d321f32866, NewRootResource). No Id: Resource.Id is left out when null (Resource.cs); IsEarlyAccessProgram and HasLongTermSupport are left out when false (RootResource.cs).',
    },
  },
  {
    file: 'spaces-page.json',
    endpoint: 'spacesPageSchema',
    source: {
      repo: docs,
      path: 'src/pages/docs/octopus-rest-api/index.md',
      commit: '26ccb6e2f2afb13e119df42d184100982c984d78',
      note: 'The paged collection of "Collections" (ItemType, TotalResults, ItemsPerPage, NumberOfPages, LastPageNumber, Items, Links with Self, Template, Page.All, Page.Current) for GET /api/spaces; items as space.json.',
    },
  },
  {
    file: 'space.json',
    endpoint: 'spaceSchema',
    source: {
      repo: clients,
      path: 'source/Octopus.Server.Client/Model/SpaceResource.cs',
      commit: '07ac46a486de353c76322c206474472258b89013',
      note: 'SpaceResource with example values; Description and PrivateSpaceOwner null.',
    },
  },
];
