import {
  faBoxOpen,
  faRotateRight,
  faStopwatch,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ResourceDetail } from '../../../api/contract';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { isSessionTimeoutError, objectQueries } from '../../../api/queries/object-queries';
import { Button } from '../../../components/button/button';
import { Switch } from '../../../components/switch/switch';
import { useLastGoodSession } from '../hooks/use-last-good-session';
import { errorMessage } from '../model/error-message';
import { containersOf } from '../model/containers';
import { defaultLogPod, logSourcesOf } from '../model/log-sources';
import { FetchedAt } from './fetched-at';
import { LogLines } from './log-lines';
import styles from './logs-tab.module.css';
import { MonitorErrorMessage } from './monitor-error-message';
import { SessionFailureAlert } from './session-failure-alert';
import { TabLoading, TabMessage } from './tab-message';
import toolbar from './toolbar.module.css';

interface LogsTabProps {
  ids: ResourceIds;
  resource: ResourceDetail['Resource'];
}

/**
 * Container logs, through a logs session: a Pod picker (for a workload), a container picker, the
 * previous container (before the last restart), timestamps and wrapping, and a refresh. A
 * refresh that fails keeps the lines read before in view, under an alert saying why.
 */
export function LogsTab({ ids, resource }: LogsTabProps) {
  const sources = logSourcesOf(resource);
  const [chosenPod, setChosenPod] = useState<string | null>(null);
  const [chosenContainer, setChosenContainer] = useState<string | null>(null);
  const [previous, setPrevious] = useState(false);
  const [showTimestamps, setShowTimestamps] = useState(true);
  const [wrap, setWrap] = useState(false);
  const podId = useId();
  const containerId = useId();

  // A chosen Pod that has gone (replaced in a rollout) falls back to the default one.
  const pod =
    sources.pods.find((candidate) => candidate.name === chosenPod) ?? defaultLogPod(sources.pods);
  const podName = pod?.name ?? null;
  // A server that does not summarise a workload's Pods is asked about the chosen Pod itself.
  const podDetail = useQuery({
    ...objectQueries.detail({ ...ids, resourceId: pod?.resourceId ?? '' }),
    enabled: pod !== null && pod.containers.length === 0 && pod.resourceId !== null,
  });
  const containers =
    pod && pod.containers.length > 0
      ? pod.containers
      : containersOf(podDetail.data?.Resource.ManifestSummary ?? null).map(
          (container) => container.name,
        );
  const containerName =
    chosenContainer !== null && containers.includes(chosenContainer)
      ? chosenContainer
      : (containers[0] ?? null);

  const logsOptions = objectQueries.logs(ids, {
    podName: podName ?? '',
    containerName: containerName ?? '',
    previous,
  });
  const logs = useQuery({ ...logsOptions, enabled: podName !== null && containerName !== null });
  const { lastGood, failure } = useLastGoodSession(logs, logsOptions.queryKey);
  const retry = () => void logs.refetch();

  if (pod !== null && containerName === null && podDetail.isPending && podDetail.isFetching) {
    return <TabLoading>Asking for the Pod’s containers…</TabLoading>;
  }
  if (podName === null || containerName === null) {
    return (
      <TabMessage icon={faBoxOpen} title="No containers to read">
        <p>
          {podName === null
            ? `This ${resource.Kind} has no Pods right now, so there are no container logs to show.`
            : 'Kubernetes reported no containers for this Pod.'}
        </p>
      </TabMessage>
    );
  }

  let content;
  if (logs.isPending) {
    content = <TabLoading>Asking the Kubernetes monitor for the logs…</TabLoading>;
  } else if (lastGood === null && logs.isError) {
    content = (
      <TabMessage
        icon={isSessionTimeoutError(logs.error) ? faStopwatch : faTriangleExclamation}
        tone="danger"
        title="The logs could not be read"
        onRetry={retry}
      >
        <p>{errorMessage(logs.error)}</p>
      </TabMessage>
    );
  } else if (lastGood === null && logs.data?.Error) {
    content = <MonitorErrorMessage what="logs" error={logs.data.Error} onRetry={retry} />;
  } else if (!lastGood || lastGood.session.Logs.length === 0) {
    content = (
      <TabMessage icon={faBoxOpen} title="No log lines">
        <p>The container has not written anything yet.</p>
      </TabMessage>
    );
  } else {
    const lines = lastGood.session.Logs;
    const count = lines.length;
    content = (
      <>
        <p className={toolbar.note}>
          {`${count.toLocaleString('en')} ${count === 1 ? 'line' : 'lines'}, oldest first`}
        </p>
        <LogLines
          lines={lines}
          label={`Log of container ${containerName}${previous ? ' (previous)' : ''} in Pod ${podName}`}
          showTimestamps={showTimestamps}
          wrap={wrap}
        />
      </>
    );
  }

  return (
    <div className={styles.tab}>
      <div className={toolbar.toolbar}>
        {(resource.Kind !== 'Pod' || sources.pods.length > 1) && (
          <span className={toolbar.field}>
            <label htmlFor={podId}>Pod</label>
            <select
              id={podId}
              className={toolbar.select}
              value={podName}
              onChange={(event) => setChosenPod(event.target.value)}
            >
              {sources.pods.map((pod) => (
                <option key={pod.name} value={pod.name}>
                  {pod.health === 'Healthy' ? pod.name : `${pod.name} (${pod.health})`}
                </option>
              ))}
            </select>
          </span>
        )}
        <span className={toolbar.field}>
          <label htmlFor={containerId}>Container</label>
          <select
            id={containerId}
            className={toolbar.select}
            value={containerName}
            onChange={(event) => setChosenContainer(event.target.value)}
          >
            {containers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <Switch checked={previous} onCheckedChange={setPrevious}>
          Previous container
        </Switch>
        <Switch checked={showTimestamps} onCheckedChange={setShowTimestamps}>
          Timestamps
        </Switch>
        <Switch checked={wrap} onCheckedChange={setWrap}>
          Wrap lines
        </Switch>
        <span className={toolbar.spacer} />
        <FetchedAt updatedAt={lastGood?.readAt ?? logs.dataUpdatedAt} fetching={logs.isFetching} />
        <Button onClick={retry} disabled={logs.isFetching}>
          <FontAwesomeIcon icon={faRotateRight} spin={logs.isFetching} />
          Refresh
        </Button>
      </div>
      {failure && lastGood && (
        <SessionFailureAlert
          what="logs"
          failure={failure}
          readAt={lastGood.readAt}
          onRetry={retry}
          retrying={logs.isFetching}
        />
      )}
      {content}
    </div>
  );
}
