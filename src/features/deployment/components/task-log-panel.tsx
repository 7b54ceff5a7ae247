import { useQuery } from '@tanstack/react-query';
import type { TaskIds } from '../../../api/endpoints/task';
import { taskQueries } from '../../../api/queries/task-queries';
import { StaleNotice } from '../../../components/stale-notice/stale-notice';
import { ErrorState, LoadingState } from './query-states';
import { TaskLog } from './task-log';
import { useLastError } from '../../../hooks/use-last-error';

/** The Task log tab: the log polled while the task runs, with loading and error states. */
export function TaskLogPanel({ ids }: { ids: TaskIds }) {
  const query = useQuery(taskQueries.details(ids));
  const { data, refetch } = query;
  // A first load that failed keeps saying why while it is asked again.
  const error = useLastError(query.error, data !== undefined);
  const retry = () => void refetch();
  if (data === undefined) {
    return error ? (
      <ErrorState
        title="The task log could not be loaded"
        error={error}
        onRetry={retry}
        subject={{ kind: 'task', id: ids.taskId }}
      />
    ) : (
      <LoadingState>Loading the task log…</LoadingState>
    );
  }
  return (
    <>
      {error && (
        <StaleNotice
          what="the task log"
          updatedAt={query.dataUpdatedAt}
          error={error}
          onRetry={retry}
          subject={{ kind: 'task', id: ids.taskId }}
        />
      )}
      <TaskLog details={data} />
    </>
  );
}
