import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Deployment } from '../../../api/contract';
import { releaseQueries } from '../../../api/queries/release-queries';
import { isTaskObjectStatusUnavailable } from '../../../api/endpoints/task-object-status';
import {
  APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS,
  liveStatusQueries,
} from '../../../api/queries/live-status-queries';
import { spaceResourceQueries } from '../../../api/queries/space-resource-queries';
import { taskQueries } from '../../../api/queries/task-queries';
import { TabPanel, Tabs, type TabItem } from '../../../components/tabs/tabs';
import { paths } from '../../../config/paths';
import type { StepObjectDrawerSlot } from '../deployment-page';
import { useDeploymentUrlState } from '../hooks/use-deployment-url-state';
import {
  applicationLiveStatusPresence,
  kubernetesAvailability,
  resolveDeploymentTabs,
  type DeploymentTab,
} from '../model/deployment-tab';
import { findStepObject } from '../model/object-param';
import { anyStepLive } from '../model/step-summary';
import {
  DeploymentHeader,
  describeApplication,
  describeDeployment,
  type DeploymentTitle,
} from './deployment-header';
import { KubernetesPanel } from './kubernetes-panel';
import { KubernetesWithoutObjectStatus } from './kubernetes-without-object-status';
import { StaleNotice } from '../../../components/stale-notice/stale-notice';
import { TaskLogPanel } from './task-log-panel';
import styles from './deployment-view.module.css';

/** The loaded deployment: header, tabs (in the URL) and the object drawer (in the URL too). */
export function DeploymentView({
  spaceId,
  deployment,
  objectDrawer: ObjectDrawer,
}: {
  spaceId: string;
  deployment: Deployment;
  objectDrawer: StepObjectDrawerSlot;
}) {
  const url = useDeploymentUrlState();
  const baseId = useId();
  const ids = { spaceId, taskId: deployment.TaskId };
  // Names from their own endpoints: one small request each, not the whole space's dashboard.
  const projectName = useQuery(spaceResourceQueries.project(spaceId, deployment.ProjectId)).data
    ?.Name;
  const environmentName = useQuery(
    spaceResourceQueries.environment(spaceId, deployment.EnvironmentId),
  ).data?.Name;
  const tenantName = useQuery({
    ...spaceResourceQueries.tenant(spaceId, deployment.TenantId ?? ''),
    enabled: deployment.TenantId !== null,
  }).data?.Name;
  const release = useQuery(releaseQueries.detail({ spaceId, releaseId: deployment.ReleaseId }));
  const task = useQuery(taskQueries.detail(ids));
  const taskCompleted = task.data?.IsCompleted ?? false;
  const objectStatus = useQuery(
    taskQueries.objectStatus(ids, { taskCompleted, watching: url.tab === 'kubernetes' }),
  );

  // A real Octopus Server keeps task object status to itself: the tab then shows the
  // application's live status instead, asked once to know whether there is any, polled while open.
  const unavailable = isTaskObjectStatusUnavailable(objectStatus.error) ? objectStatus.error : null;
  const application = {
    spaceId,
    projectId: deployment.ProjectId,
    environmentId: deployment.EnvironmentId,
    tenantId: deployment.TenantId,
  };
  const liveStatus = useQuery({
    ...liveStatusQueries.application(application),
    enabled: unavailable !== null,
    refetchInterval: url.tab === 'kubernetes' ? APPLICATION_LIVE_STATUS_REFETCH_INTERVAL_MS : false,
  });

  const steps = objectStatus.data?.Steps ?? [];
  const { tabs, selected } = resolveDeploymentTabs(
    url.tab,
    kubernetesAvailability({
      stepCount: steps.length,
      loaded: objectStatus.data !== undefined,
      objectStatusUnavailable: unavailable !== null,
      applicationLiveStatus: applicationLiveStatusPresence(liveStatus.data),
      taskCompleted,
    }),
  );
  const live = anyStepLive(steps);
  const tabItems: Record<DeploymentTab, TabItem<DeploymentTab>> = {
    log: { id: 'log', label: 'Task log' },
    kubernetes: {
      id: 'kubernetes',
      label: 'Kubernetes',
      adornment: live ? (
        <>
          <span className={styles.liveDot} />
          Live
        </>
      ) : undefined,
    },
  };

  const { TenantId: tenantId } = deployment;
  const title: DeploymentTitle = {
    project: projectName ?? deployment.ProjectId,
    version: release.data?.Version ?? (release.error ? deployment.ReleaseId : null),
    environment: environmentName ?? deployment.EnvironmentId,
    tenant: tenantId === null ? null : (tenantName ?? tenantId),
  };
  const found =
    url.objectRef && objectStatus.data ? findStepObject(objectStatus.data, url.objectRef) : null;

  return (
    <>
      <title>{`${describeDeployment(title)} · Deployment · Periscope`}</title>
      <DeploymentHeader
        title={title}
        task={task.data}
        confirmedAt={task.dataUpdatedAt}
        fetching={task.isFetching}
      />
      {task.error && (
        <StaleNotice
          what="the task"
          updatedAt={task.dataUpdatedAt}
          error={task.error}
          onRetry={() => void task.refetch()}
          subject={{ kind: 'task', id: deployment.TaskId }}
        />
      )}
      <Tabs
        label="Deployment"
        baseId={baseId}
        tabs={tabs.map((id) => tabItems[id])}
        selected={selected}
        onSelect={url.setTab}
      />
      <TabPanel baseId={baseId} id={selected}>
        {selected === 'log' ? (
          <TaskLogPanel ids={ids} />
        ) : unavailable ? (
          <KubernetesWithoutObjectStatus
            reason={unavailable}
            applicationName={describeApplication(title)}
            liveStatus={liveStatus}
            liveStatusHref={paths.applicationLiveStatus(application)}
            onShowTaskLog={() => url.setTab('log')}
          />
        ) : (
          <KubernetesPanel
            query={objectStatus}
            baseSearch={url.baseSearch}
            openObject={url.objectRef}
          />
        )}
      </TabPanel>
      {url.objectRef && objectStatus.data && (
        <ObjectDrawer
          taskId={deployment.TaskId}
          actionId={url.objectRef.actionId}
          uuid={url.objectRef.uuid}
          stepName={found?.step.StepName ?? null}
          object={found?.object ?? null}
          onClose={url.closeObject}
        />
      )}
    </>
  );
}
