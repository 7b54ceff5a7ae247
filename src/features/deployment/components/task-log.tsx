import { faAnglesDown, faCompress, faExpand } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useCallback, useMemo, useState } from 'react';
import type { TaskDetails } from '../../../api/contract';
import { Button } from '../../../components/button/button';
import { useFollowScroll } from '../hooks/use-follow-scroll';
import { activityIds, countLogLines, EXPAND_ALL_LINE_LIMIT } from '../model/task-log';
import { ActivityNode } from './activity-node';
import styles from './task-log.module.css';

/**
 * The task log: the activity tree (task > steps > targets > lines) in its own scroll area. While
 * the task runs it follows new lines, unless the reader has scrolled up: then it stays put and
 * offers to jump to the latest line.
 */
export function TaskLog({ details }: { details: TaskDetails }) {
  const { ActivityLogs: logs, Task: task, Progress: progress } = details;
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const longLog = useMemo(() => countLogLines(logs) > EXPAND_ALL_LINE_LIMIT, [logs]);
  const following = !task.IsCompleted;
  const { ref, onScroll, detached, jumpToEnd } = useFollowScroll<HTMLDivElement>(logs, following);

  const onToggle = useCallback((id: string, expanded: boolean) => {
    setOverrides((previous) => new Map(previous).set(id, expanded));
  }, []);
  const setAll = (expanded: boolean) => {
    setOverrides(new Map(activityIds(logs).map((id) => [id, expanded])));
  };

  return (
    <div className={styles.log}>
      <div className={styles.toolbar}>
        {following ? (
          <p className={styles.progress}>
            <progress
              className={styles.progressBar}
              value={progress.ProgressPercentage}
              max={100}
              aria-label="Task progress"
            />
            {progress.ProgressPercentage}% done
            {progress.EstimatedTimeRemaining !== null &&
              ` · ${progress.EstimatedTimeRemaining} remaining`}
          </p>
        ) : (
          <p className={styles.progress}>The task has completed; its log is complete.</p>
        )}
        <div className={styles.actions}>
          {detached && (
            <Button variant="primary" onClick={jumpToEnd}>
              <FontAwesomeIcon icon={faAnglesDown} />
              Jump to the latest line
            </Button>
          )}
          <Button variant="ghost" onClick={() => setAll(true)}>
            <FontAwesomeIcon icon={faExpand} />
            Expand all
          </Button>
          <Button variant="ghost" onClick={() => setAll(false)}>
            <FontAwesomeIcon icon={faCompress} />
            Collapse all
          </Button>
        </div>
      </div>
      <div
        ref={ref}
        className={styles.scroller}
        onScroll={onScroll}
        role="region"
        aria-label="Activity log"
      >
        <ul className={styles.tree}>
          {logs.map((element) => (
            <ActivityNode
              key={element.Id}
              element={element}
              depth={0}
              overrides={overrides}
              longLog={longLog}
              onToggle={onToggle}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
