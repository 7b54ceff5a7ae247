import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApplicationIds } from '../../../api/endpoints/application-ids';
import { dashboardQueries } from '../../../api/queries/dashboard-queries';
import { liveStatusQueries } from '../../../api/queries/live-status-queries';
import { applicationContext } from '../model/application-context';
import { buildObjectTree } from '../model/object-tree';

/**
 * One application's live status (polled every 5 s by its query options) and what the space's
 * dashboard says about it (names, tenants, latest deployment), with its objects as a tree.
 */
export function useLiveStatusData(ids: ApplicationIds) {
  const { spaceId, projectId, environmentId, tenantId } = ids;
  const live = useQuery(liveStatusQueries.application(ids));
  const dashboard = useQuery(dashboardQueries.space(spaceId));
  const context = useMemo(
    () => applicationContext(dashboard.data, { projectId, environmentId, tenantId }),
    [dashboard.data, projectId, environmentId, tenantId],
  );
  const tree = useMemo(() => (live.data ? buildObjectTree(live.data) : null), [live.data]);
  return { live, context, tree };
}
