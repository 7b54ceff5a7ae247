import {
  faLock,
  faMagnifyingGlass,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { describeFailure } from '../../../api/describe-failure';
import type { DetailedResource } from '../../../api/contract';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { liveStatusQueries } from '../../../api/queries/live-status-queries';
import {
  OBJECT_DETAIL_REFETCH_INTERVAL_MS,
  objectQueries,
} from '../../../api/queries/object-queries';
import { Drawer } from '../../../components/drawer/drawer';
import { FailureWayOutAction } from '../../../components/failure-panel/failure-panel';
import { TabPanel, Tabs } from '../../../components/tabs/tabs';
import { formatObjectRef } from '../../../config/object-search-param';
import { useObjectDrawerUrlState } from '../hooks/use-object-drawer-url-state';
import { errorMessage } from '../model/error-message';
import { findOpenerLink } from '../model/find-opener-link';
import { findLiveResource } from '../model/find-live-resource';
import { findOwner } from '../model/find-owner';
import {
  liveObjectTabs,
  objectTabLabels,
  resolveObjectTab,
  type ObjectTab,
} from '../model/object-tabs';
import type { LiveObjectTarget } from '../object-drawer-target';
import { EventsTab } from './events-tab';
import { LiveSummary } from './live-summary';
import { LogsTab } from './logs-tab';
import styles from './object-drawer.module.css';
import { Freshness } from '../../../components/freshness/freshness';
import { StaleNotice } from '../../../components/stale-notice/stale-notice';
import { ObjectStatusLine } from './object-status-line';
import { TabLoading, TabMessage } from './tab-message';
import { useLastError } from '../../../hooks/use-last-error';
import { displayedSync } from '../../../lib/displayed-sync';

// The manifest tab brings the YAML parser and, through the viewer, Monaco: only on first open.
const ManifestTab = lazy(() => import('./manifest-tab'));

function idsOf(target: LiveObjectTarget): ResourceIds {
  const { spaceId, projectId, environmentId, tenantId, machineId, resourceId } = target;
  return { spaceId, projectId, environmentId, tenantId, machineId, resourceId };
}

interface LiveObjectDrawerProps {
  target: LiveObjectTarget;
  onClose: () => void;
}

/** The drawer of a live object: Summary, Events, Logs (Pods and their owners), Manifest. */
export function LiveObjectDrawer({ target, onClose }: LiveObjectDrawerProps) {
  const ids = idsOf(target);
  const detail = useQuery(objectQueries.detail(ids));
  // The page's own live status (the same cached query): who owns this object.
  const live = useQuery(liveStatusQueries.application(ids));
  const owner = findOwner(live.data, ids.resourceId);
  const url = useObjectDrawerUrlState();
  const baseId = useId();
  const resource = detail.data?.Resource ?? null;
  // Whether it is orphaned, and being deleted, only the tree says: the object endpoint does not.
  const inTree = findLiveResource(live.data, ids.resourceId);
  const syncOf = (object: DetailedResource) =>
    displayedSync({
      SyncStatus: object.SyncStatus,
      OrphanedAt: inTree?.OrphanedAt ?? null,
      DeletionTaskState: inTree?.DeletionTaskState ?? null,
    });
  const tabs = liveObjectTabs(resource?.Kind ?? null, url.requestedTab);
  const tab = resolveObjectTab(url.requestedTab, tabs);
  const objectTitle = resource ? `${resource.Kind} ${resource.Name}` : null;

  // A first load that failed keeps saying why while the drawer asks again (every poll).
  const detailError = useLastError(detail.error, detail.data !== undefined);
  // A 403 or 404 of the object itself: not monitored any more, or not allowed.
  const failure = describeFailure(detailError, {
    kind: 'object',
    id: ids.resourceId,
    name: objectTitle,
  });
  const title =
    objectTitle ?? failure?.title ?? (detailError ? 'Object not available' : 'Loading object…');

  const panel = (selected: ObjectTab) => {
    if (selected === 'events') {
      return <EventsTab ids={ids} objectTitle={objectTitle ?? 'this object'} />;
    }
    if (selected === 'manifest') {
      return (
        <Suspense fallback={<TabLoading>Loading the manifest viewer…</TabLoading>}>
          <ManifestTab
            ids={ids}
            kind={resource?.Kind ?? null}
            name={resource?.Name ?? null}
            showDiff={url.showDiff}
            onShowDiffChange={url.setShowDiff}
            showServerFields={url.showServerFields}
            onShowServerFieldsChange={url.setShowServerFields}
            onClose={onClose}
          />
        </Suspense>
      );
    }
    if (failure) {
      return (
        <TabMessage
          icon={failure.status === 403 ? faLock : faMagnifyingGlass}
          tone="danger"
          title={objectTitle === null ? failure.detail : failure.title}
          actions={<FailureWayOutAction wayOut={failure.wayOut} onClose={onClose} />}
        >
          {objectTitle !== null && <p>{failure.detail}</p>}
          {failure.serverMessage && <p>{failure.serverMessage}</p>}
          {failure.advice && <p>{failure.advice}</p>}
        </TabMessage>
      );
    }
    if (detailError && !resource) {
      return (
        <TabMessage
          icon={faTriangleExclamation}
          tone="danger"
          title="This object could not be loaded"
          onRetry={() => void detail.refetch()}
        >
          <p>{errorMessage(detailError)}</p>
          <p>It may have been replaced (a new Pod) or deleted since the link was made.</p>
        </TabMessage>
      );
    }
    if (!resource) return <TabLoading>Loading the object…</TabLoading>;
    return (
      <>
        {/* A refresh failed: the object as last read stays, and this says so. */}
        {detail.isError && (
          <StaleNotice
            what="this object"
            updatedAt={detail.dataUpdatedAt}
            error={detail.error}
            onRetry={() => void detail.refetch()}
          />
        )}
        {selected === 'logs' ? (
          <LogsTab ids={ids} resource={resource} />
        ) : (
          <LiveSummary
            resource={resource}
            sync={syncOf(resource)}
            machineId={ids.machineId}
            owner={owner}
          />
        )}
      </>
    );
  };

  return (
    <Drawer
      title={title}
      eyebrow={resource ? (resource.Namespace ?? 'Cluster-scoped') : undefined}
      meta={
        resource ? (
          <>
            <ObjectStatusLine resource={resource} sync={syncOf(resource)} />
            <Freshness
              confirmedAt={detail.dataUpdatedAt}
              pollIntervalMs={OBJECT_DETAIL_REFETCH_INTERVAL_MS}
              fetching={detail.isFetching}
            />
          </>
        ) : undefined
      }
      onClose={onClose}
      fallbackFocus={() => findOpenerLink(formatObjectRef(target))}
      layout="fill"
      size="wide"
    >
      <Tabs
        label={objectTitle ?? 'Object'}
        baseId={baseId}
        tabs={tabs.map((id) => ({ id, label: objectTabLabels[id] }))}
        selected={tab}
        onSelect={url.selectTab}
        className={styles.tabs}
      />
      <TabPanel
        // Another object (its owner, a child) starts with fresh pickers and filters.
        key={formatObjectRef(target)}
        baseId={baseId}
        id={tab}
        className={tab === 'manifest' || tab === 'logs' ? styles.fillPanel : styles.panel}
      >
        {panel(tab)}
      </TabPanel>
    </Drawer>
  );
}
