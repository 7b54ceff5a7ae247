import { useMemo, type ComponentType } from 'react';
import type { ObjectRef } from '../../config/object-search-param';
import { ApplicationFailurePanel } from './components/application-failure-panel';
import { ApplicationSummary } from './components/application-summary';
import { KnownLimitationsNote } from './components/known-limitations-note';
import { LiveStatusHeader } from './components/live-status-header';
import {
  LiveStatusError,
  LiveStatusLoading,
  RefreshFailedNotice,
} from './components/live-status-notices';
import styles from './components/live-status-page.module.css';
import { ObjectsSection } from './components/objects-section';
import { isSpecialStatus, SpecialStatePanel } from './components/special-state-panel';
import { useLiveStatusData } from './hooks/use-live-status-data';
import { applicationTitle } from './model/application-context';
import { applicationFailure } from './model/application-failure';
import { orphanCount, orphanSyncFilter } from './model/orphaned-objects';

/** The drawer of the object the URL names: the route composes the object drawer feature. */
export type ObjectDrawerSlot = ComponentType<{ objectRef: ObjectRef; onClose: () => void }>;

export interface LiveStatusPageProps {
  spaceId: string;
  projectId: string;
  environmentId: string;
  /** Null for an untenanted application. */
  tenantId: string | null;
  /** The object drawer; without it, a placeholder shows the object's row. */
  objectDrawer: ObjectDrawerSlot;
}

/**
 * One application's live status: which application, how it is doing and why, and every object
 * it deployed. Polls every 5 s; a failed poll keeps the last good data on screen, marked stale.
 * Mount it with a `key` per application, so switching tenants starts afresh.
 */
export function LiveStatusPage({ objectDrawer, ...ids }: LiveStatusPageProps) {
  const { projectId, environmentId, tenantId } = ids;
  const { live, liveError: error, context, tree, machineNames, lookups } = useLiveStatusData(ids);
  const { data } = live;
  const summary = data?.Summary;
  const orphans = useMemo(
    () => ({
      count: summary ? orphanCount(summary, tree) : 0,
      sync: orphanSyncFilter(tree),
    }),
    [summary, tree],
  );
  // A 403 or 404 of the project, the environment, the tenant or the live status itself.
  const failed = applicationFailure(lookups, ids, applicationTitle(context));

  if (failed !== null && failed !== 'pending') {
    return (
      <ApplicationFailurePanel
        failed={failed}
        context={context}
        projectId={projectId}
        environmentId={environmentId}
        tenantId={tenantId}
      />
    );
  }

  const retry = () => void live.refetch();
  const status = data?.Summary.Status;
  let body;
  if (!data) {
    body =
      error && failed === null ? (
        <LiveStatusError error={error} onRetry={retry} />
      ) : (
        <LiveStatusLoading />
      );
  } else {
    body = (
      <>
        {live.isRefetchError && (
          <RefreshFailedNotice error={live.error} updatedAt={live.dataUpdatedAt} onRetry={retry} />
        )}
        <ApplicationSummary
          summary={data.Summary}
          latestDeployment={context.latestDeployment}
          isFetching={live.isFetching}
          confirmedAt={live.dataUpdatedAt}
          orphans={orphans}
        />
        {status !== undefined && isSpecialStatus(status) && (
          <SpecialStatePanel
            status={status}
            context={context}
            machines={data.MachineStatuses}
            machineNames={machineNames}
            lastUpdated={data.Summary.LastUpdated}
          />
        )}
        {status !== 'NotSupported' && tree && (
          <>
            <KnownLimitationsNote />
            <ObjectsSection tree={tree} stale={live.isRefetchError} objectDrawer={objectDrawer} />
          </>
        )}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <title>{`${applicationTitle(context)} · Live status · Periscope`}</title>
      <LiveStatusHeader
        context={context}
        projectId={projectId}
        environmentId={environmentId}
        spaceId={ids.spaceId}
        tenantId={tenantId}
      />
      {body}
    </div>
  );
}
