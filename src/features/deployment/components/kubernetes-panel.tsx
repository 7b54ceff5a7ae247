import type { UseQueryResult } from '@tanstack/react-query';
import type { TaskObjectStatus } from '../../../api/contract';
import type { ObjectRef } from '../model/object-param';
import { KubernetesObjects } from './kubernetes-objects';
import { StaleNotice } from '../../../components/stale-notice/stale-notice';
import { ErrorState, LoadingState } from './query-states';
import styles from './kubernetes-objects.module.css';
import { useLastError } from '../../../hooks/use-last-error';

interface KubernetesPanelProps {
  query: UseQueryResult<TaskObjectStatus>;
  baseSearch: string;
  openObject: ObjectRef | null;
}

/** The Kubernetes tab: loading, failed, nothing yet, or the steps (with a notice when stale). */
export function KubernetesPanel({ query, baseSearch, openObject }: KubernetesPanelProps) {
  const { data, refetch } = query;
  // A first load that failed keeps saying why while it is asked again.
  const error = useLastError(query.error, data !== undefined);
  const retry = () => void refetch();
  if (data === undefined) {
    return error ? (
      <ErrorState
        title="The Kubernetes objects could not be loaded"
        error={error}
        onRetry={retry}
      />
    ) : (
      <LoadingState>Loading the Kubernetes objects…</LoadingState>
    );
  }
  return (
    <>
      {error && (
        <StaleNotice
          what="the objects"
          updatedAt={query.dataUpdatedAt}
          error={error}
          onRetry={retry}
        />
      )}
      {data.Steps.length === 0 ? (
        <p className={styles.empty}>
          No step has applied Kubernetes objects yet. They will show here as soon as one does.
        </p>
      ) : (
        <KubernetesObjects status={data} baseSearch={baseSearch} openObject={openObject} />
      )}
    </>
  );
}
