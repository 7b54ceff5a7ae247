import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Deployment } from '../../../api/contract';
import { deploymentQueries } from '../../../api/queries/deployment-queries';
import { releaseQueries } from '../../../api/queries/release-queries';
import { taskQueries } from '../../../api/queries/task-queries';
import { TabPanel, Tabs, type TabItem } from '../../../components/tabs/tabs';
import { isApiError } from '../../../api/api-error';
import type { StepObjectDrawerSlot } from '../deployment-page';
import { useDeploymentUrlState } from '../hooks/use-deployment-url-state';
import {
  kubernetesAvailability,
  resolveDeploymentTabs,
  type DeploymentTab,
} from '../model/deployment-tab';
import { findStepObject } from '../model/object-param';
import { anyStepLive } from '../model/step-summary';
import { DeploymentHeader, describeDeployment, type DeploymentTitle } from './deployment-header';
import { KubernetesPanel } from './kubernetes-panel';
import { StaleNotice } from './query-states';
import { StepObjectDialog } from './step-object-dialog';
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
  objectDrawer?: StepObjectDrawerSlot | undefined;
}) {
  const url = useDeploymentUrlState();
  const baseId = useId();
  const ids = { spaceId, taskId: deployment.TaskId };
  const names = useQuery(deploymentQueries.names(spaceId)).data;
  const release = useQuery(releaseQueries.detail({ spaceId, releaseId: deployment.ReleaseId }));
  const task = useQuery(taskQueries.detail(ids));
  const taskCompleted = task.data?.IsCompleted ?? false;
  const objectStatus = useQuery(
    taskQueries.objectStatus(ids, { taskCompleted, watching: url.tab === 'kubernetes' }),
  );

  const steps = objectStatus.data?.Steps ?? [];
  const { tabs, selected } = resolveDeploymentTabs(
    url.tab,
    kubernetesAvailability({
      stepCount: steps.length,
      loaded: objectStatus.data !== undefined,
      unsupported: isApiError(objectStatus.error) && objectStatus.error.status === 404,
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
    project: names?.projects[deployment.ProjectId] ?? deployment.ProjectId,
    version: release.data?.Version ?? (release.error ? deployment.ReleaseId : null),
    environment: names?.environments[deployment.EnvironmentId] ?? deployment.EnvironmentId,
    tenant: tenantId === null ? null : (names?.tenants[tenantId] ?? tenantId),
  };
  const found =
    url.objectRef && objectStatus.data ? findStepObject(objectStatus.data, url.objectRef) : null;

  return (
    <>
      <title>{`${describeDeployment(title)} · Deployment · Periscope`}</title>
      <DeploymentHeader title={title} task={task.data} />
      {task.error && (
        <StaleNotice
          what="the task"
          updatedAt={task.dataUpdatedAt}
          error={task.error}
          onRetry={() => void task.refetch()}
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
        ) : (
          <KubernetesPanel
            query={objectStatus}
            baseSearch={url.baseSearch}
            openObject={url.objectRef}
          />
        )}
      </TabPanel>
      {url.objectRef &&
        objectStatus.data &&
        (ObjectDrawer ? (
          <ObjectDrawer
            taskId={deployment.TaskId}
            actionId={url.objectRef.actionId}
            uuid={url.objectRef.uuid}
            stepName={found?.step.StepName ?? null}
            object={found?.object ?? null}
            onClose={url.closeObject}
          />
        ) : (
          <StepObjectDialog
            object={found?.object ?? null}
            stepName={found?.step.StepName ?? null}
            onClose={url.closeObject}
          />
        ))}
    </>
  );
}
