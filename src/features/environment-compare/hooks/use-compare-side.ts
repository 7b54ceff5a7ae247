import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMachineNames } from '../../../hooks/use-machine-names';
import type { DashboardItem } from '../../../api/contract';
import { describeFailure, type FailureDescription } from '../../../api/describe-failure';
import { liveStatusQueries } from '../../../api/queries/live-status-queries';
import { spaceResourceQueries } from '../../../api/queries/space-resource-queries';
import { useLastError } from '../../../hooks/use-last-error';
import { sideLabel, type DeployedSide } from '../../../lib/deployed-sides';
import type { OwnValues } from '../../../lib/manifest-comparison';
import { buildObjectTree } from '../../../lib/object-tree';

/** Stable, so the names are combined again only when a target's answer changes. */
/** The latest of the project's deployments to this side; a real server may also send the one before. */
function latestDeploymentOf(
  items: readonly DashboardItem[],
  side: DeployedSide,
): DashboardItem | null {
  const mine = items.filter(
    (item) => item.EnvironmentId === side.environmentId && item.TenantId === side.tenantId,
  );
  let latest: DashboardItem | null = null;
  for (const item of mine) {
    if (item.IsPrevious && mine.length > 1) continue;
    if (!latest || Date.parse(item.QueueTime) > Date.parse(latest.QueueTime)) latest = item;
  }
  return latest;
}

/**
 * One side of the comparison: its live status (polled every 5 s by the live status page's own
 * query options, so both pages share it), its objects as a tree, its names (environment, tenant,
 * targets), its latest deployment, and why it cannot be shown when it cannot.
 */
export function useCompareSide(
  spaceId: string,
  projectId: string,
  side: DeployedSide,
  latestDeployments: readonly DashboardItem[],
) {
  const ids = { spaceId, projectId, ...side };
  const live = useQuery(liveStatusQueries.application(ids));
  const environment = useQuery(spaceResourceQueries.environment(spaceId, side.environmentId));
  const tenant = useQuery({
    ...spaceResourceQueries.tenant(spaceId, side.tenantId ?? ''),
    enabled: side.tenantId !== null,
  });

  const machineNames = useMachineNames(spaceId, live.data);
  const tree = useMemo(
    () => (live.data ? buildObjectTree(live.data, machineNames) : null),
    [live.data, machineNames],
  );

  const environmentName = environment.data?.Name ?? side.environmentId;
  const tenantName = side.tenantId === null ? null : (tenant.data?.Name ?? side.tenantId);
  // The manifests are compared once names are known (or could not be): a label naming the
  // environment is only set aside when its name is.
  const namesKnown = !environment.isPending && (side.tenantId === null || !tenant.isPending);
  const envSlug = environment.data?.Slug;
  const tenantSlug = tenant.data?.Slug;
  const own: OwnValues = useMemo(
    () => ({ names: [environmentName, envSlug, tenantName, tenantSlug] }),
    [environmentName, envSlug, tenantName, tenantSlug],
  );
  const liveError = useLastError(live.error, live.data !== undefined);
  const failure: FailureDescription | null =
    describeFailure(environment.error, { kind: 'environment', id: side.environmentId }) ??
    (side.tenantId === null
      ? null
      : describeFailure(tenant.error, { kind: 'tenant', id: side.tenantId }));

  return {
    side,
    label: sideLabel(environmentName, tenantName),
    environmentName,
    tenantName,
    own,
    namesKnown,
    /** The environment or tenant is still being asked for: a failed live status may be theirs. */
    lookupsPending: environment.isPending || (side.tenantId !== null && tenant.isPending),
    live,
    liveError,
    tree,
    latestDeployment: latestDeploymentOf(latestDeployments, side),
    /** The environment or tenant is not found or not allowed: the side cannot be shown. */
    failure,
  };
}

export type CompareSideData = ReturnType<typeof useCompareSide>;
