import { apiPaths, buildPath } from '../contract/paths';

export interface SpaceIds {
  spaceId: string;
}

/** One project in one environment, for one tenant or untenanted (`tenantId: null`). */
export interface ApplicationIds extends SpaceIds {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

/** One Kubernetes object of an application: `resourceId` is its DesiredResourceId or UID. */
export interface ResourceIds extends ApplicationIds {
  machineId: string;
  resourceId: string;
}

/** The live status path of an application, tenanted or untenanted. */
export function applicationLiveStatusPath(ids: ApplicationIds): string {
  const { spaceId, projectId, environmentId, tenantId } = ids;
  return tenantId === null
    ? buildPath(apiPaths.untenantedLiveStatus, { spaceId, projectId, environmentId })
    : buildPath(apiPaths.tenantedLiveStatus, { spaceId, projectId, environmentId, tenantId });
}

/** The one-object path, or its manifest's, tenanted or untenanted. */
export function resourcePath(ids: ResourceIds, part: 'resource' | 'manifest'): string {
  const { spaceId, projectId, environmentId, tenantId, machineId, resourceId } = ids;
  const common = { spaceId, projectId, environmentId, machineId, resourceId };
  if (tenantId === null) {
    return buildPath(
      part === 'resource' ? apiPaths.untenantedResource : apiPaths.untenantedManifest,
      common,
    );
  }
  return buildPath(part === 'resource' ? apiPaths.tenantedResource : apiPaths.tenantedManifest, {
    ...common,
    tenantId,
  });
}
