import type { ApplicationLiveStatus, LiveResource, MachineStatus } from '../contract';

/** Test data: a live object with sensible defaults (Healthy, In Sync, no children). */
export function liveResource(overrides: Partial<LiveResource> & { Name: string }): LiveResource {
  return {
    Namespace: 'shop',
    Kind: 'Deployment',
    Group: 'apps',
    HealthStatus: 'Healthy',
    SyncStatus: 'InSync',
    HealthStatusMessage: null,
    SyncStatusMessage: null,
    MachineId: 'Machines-1',
    ResourceSourceId: null,
    SourceType: null,
    DesiredResourceId: `desired-${overrides.Name}`,
    ResourceId: `uid-${overrides.Name}`,
    LastUpdated: '2026-11-21T10:00:00.000Z',
    OrphanedAt: null,
    DeletionTaskState: null,
    Children: [],
    ...overrides,
  };
}

/** A child (ReplicaSet, Pod): addressed by its UID, never applied, so sync is NotApplicable. */
export function childResource(overrides: Partial<LiveResource> & { Name: string }): LiveResource {
  return liveResource({
    DesiredResourceId: null,
    SyncStatus: 'NotApplicable',
    ...overrides,
  });
}

export function machineStatus(
  resources: LiveResource[],
  overrides: Partial<MachineStatus> = {},
): MachineStatus {
  return {
    MachineId: 'Machines-1',
    Status: 'Healthy',
    Resources: resources,
    ...overrides,
  };
}

export function applicationLiveStatus(machines: MachineStatus[]): ApplicationLiveStatus {
  return {
    MachineStatuses: machines,
    Summary: {
      Status: 'Healthy',
      HealthStatus: 'Healthy',
      SyncStatus: 'InSync',
      SyncStatusMessage: null,
      LastUpdated: '2026-11-21T10:00:00.000Z',
      TotalOrphanCount: null,
    },
    ArgoCDInstanceStatuses: [],
  };
}

/**
 * The carts application in Production, as the demo world has it: a Deployment whose new
 * ReplicaSet has a crash-looping Pod, an old ReplicaSet with two healthy Pods, and a Service.
 */
export function cartsLiveStatus(): ApplicationLiveStatus {
  const pod = (name: string, health: LiveResource['HealthStatus'], message: string | null = null) =>
    childResource({
      Name: name,
      Kind: 'Pod',
      Group: '',
      HealthStatus: health,
      HealthStatusMessage: message,
    });
  return applicationLiveStatus([
    machineStatus([
      liveResource({
        Name: 'carts',
        HealthStatus: 'Degraded',
        HealthStatusMessage: 'Deployment "carts" exceeded its progress deadline',
        LastUpdated: '2026-11-21T10:05:00.000Z',
        Children: [
          childResource({
            Name: 'carts-new',
            Kind: 'ReplicaSet',
            HealthStatus: 'Progressing',
            Children: [
              pod('carts-new-crash', 'Degraded', 'Back-off restarting failed container carts'),
            ],
          }),
          childResource({
            Name: 'carts-old',
            Kind: 'ReplicaSet',
            LastUpdated: '2026-11-14T10:00:00.000Z',
            Children: [pod('carts-old-a', 'Healthy'), pod('carts-old-b', 'Healthy')],
          }),
        ],
      }),
      liveResource({
        Name: 'carts',
        Kind: 'Service',
        Group: '',
        LastUpdated: '2026-11-20T10:00:00.000Z',
      }),
      liveResource({
        Name: 'carts-db',
        Kind: 'Service',
        Group: '',
        HealthStatus: 'Missing',
        SyncStatus: 'OutOfSync',
        HealthStatusMessage: 'Object is missing from the cluster',
        SyncStatusMessage: 'Object is missing from the cluster',
        ResourceId: null,
      }),
    ]),
  ]);
}
