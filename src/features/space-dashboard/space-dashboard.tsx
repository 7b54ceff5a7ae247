import {
  faCircleExclamation,
  faLayerGroup,
  faTowerBroadcast,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { errorKind } from '../../api/api-error';
import { describeFailure } from '../../api/describe-failure';
import { FailurePanel } from '../../components/failure-panel/failure-panel';
import { Button } from '../../components/button/button';
import { StatePanel } from '../../components/state-panel/state-panel';
import { formatExactTime } from '../../lib/relative-time';
import { DashboardContent } from './components/dashboard-content';
import { DashboardHeader } from './components/dashboard-header';
import { DashboardNotice } from './components/dashboard-notice';
import { DashboardSkeleton } from './components/dashboard-skeleton';
import styles from './components/space-dashboard.module.css';
import { useDashboardData } from './hooks/use-dashboard-data';
import { useDashboardUrlState } from './hooks/use-dashboard-url-state';
import { useLiveStatusMode } from './hooks/use-live-status-mode';
import { parseStatusKey } from './model/cell-display';

/**
 * The space dashboard: every project in every environment, with the Live status switch. Owns
 * the loading, error and empty states; the grid itself is `DashboardContent`.
 */
export function SpaceDashboard({ spaceId }: { spaceId: string }) {
  const url = useDashboardUrlState();
  const { mode, setLive } = useLiveStatusMode(url);
  const { model, dashboard, live } = useDashboardData(spaceId, mode);

  const onLiveChange = (next: boolean) => {
    // A status filter that the other mode cannot show would silently hide nothing: drop it.
    const keepsStatus = parseStatusKey(url.status, next ? 'live' : 'deployments') !== null;
    setLive(next, url.status !== null && !keepsStatus ? { status: null } : {});
  };

  const header = (
    <DashboardHeader
      mode={mode}
      onLiveChange={onLiveChange}
      updatedAt={dashboard.updatedAt}
      isFetching={dashboard.isFetching}
      liveProgress={live.progress}
    />
  );

  const failure = describeFailure(dashboard.error, { kind: 'space', id: spaceId });
  let body;
  if (dashboard.status === 'pending') {
    body = <DashboardSkeleton />;
  } else if (!model && failure) {
    // A 403 or 404 of the space: what it means, and what to ask the administrator for.
    body = <FailurePanel failure={failure} headingLevel={2} onRetry={dashboard.refetch} />;
  } else if (!model) {
    const error = dashboard.error ?? new Error('The dashboard did not load.');
    body = (
      <StatePanel
        icon={faTriangleExclamation}
        tone="danger"
        headingLevel={2}
        eyebrow={errorKind(error)}
        title="The dashboard could not be loaded"
        actions={
          <Button variant="primary" onClick={dashboard.refetch}>
            Retry
          </Button>
        }
      >
        <p className={styles.errorMessage}>{error.message}</p>
      </StatePanel>
    );
  } else if (model.projectCount === 0 || model.environments.length === 0) {
    body = (
      <StatePanel icon={faLayerGroup} headingLevel={2} title="This space has nothing to show yet">
        <p>
          {model.projectCount === 0
            ? 'It has no projects. Once a project is deployed, it appears here with its status in each environment.'
            : 'It has no environments to deploy to yet.'}
        </p>
      </StatePanel>
    );
  } else {
    body = (
      <>
        {dashboard.refreshFailed && dashboard.error && (
          <DashboardNotice icon={faCircleExclamation} tone="warning" onRetry={dashboard.refetch}>
            Showing the dashboard as of {formatExactTime(dashboard.updatedAt)}: the latest refresh
            failed. {dashboard.error.message}
          </DashboardNotice>
        )}
        {mode === 'live' && live.state === 'error' && live.error && (
          <DashboardNotice icon={faTowerBroadcast} tone="danger" onRetry={live.refetch}>
            Live status could not be loaded, so cells show it as Unknown. {live.error.message}
          </DashboardNotice>
        )}
        <DashboardContent
          model={model}
          mode={mode}
          liveState={live.state}
          query={url.query}
          groupId={url.groupId}
          status={url.status}
          updateUrl={url.update}
          onViewportChange={live.reportViewport}
        />
      </>
    );
  }

  return (
    <div className={styles.page}>
      {header}
      {body}
    </div>
  );
}
