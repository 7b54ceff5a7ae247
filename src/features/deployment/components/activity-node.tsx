import { faChevronRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { memo, useId } from 'react';
import type { ActivityElement } from '../../../api/contract';
import { StatusIcon, statusToneClass } from '../../../components/status';
import { activityStatusDefinitions } from '../model/activity-status';
import { expandedByDefault } from '../model/task-log';
import { formatClockTime, formatElapsed } from '../model/task-timing';
import { LogLines } from './log-lines';
import styles from './task-log.module.css';

interface ActivityNodeProps {
  element: ActivityElement;
  depth: number;
  /** What the user expanded or collapsed, by element id; the rest follows `expandedByDefault`. */
  overrides: ReadonlyMap<string, boolean>;
  longLog: boolean;
  onToggle: (id: string, expanded: boolean) => void;
}

function NodeTiming({ started, ended }: { started: string | null; ended: string | null }) {
  if (started === null) return null;
  const duration = ended === null ? null : Date.parse(ended) - Date.parse(started);
  return (
    <span className={styles.timing}>
      <time dateTime={started}>{formatClockTime(started)}</time>
      {duration !== null && !Number.isNaN(duration) && (
        <>
          {' · '}
          <span>{formatElapsed(duration)}</span>
        </>
      )}
    </span>
  );
}

/** One node of the task log (the task, a step, a target): a disclosure with its lines inside. */
export const ActivityNode = memo(function ActivityNode({
  element,
  depth,
  overrides,
  longLog,
  onToggle,
}: ActivityNodeProps) {
  const expanded = overrides.get(element.Id) ?? expandedByDefault(element, depth, longLog);
  const definition = activityStatusDefinitions[element.Status];
  const contentId = useId();
  const empty = element.LogElements.length === 0 && element.Children.length === 0;
  return (
    <li className={styles.node} data-depth={depth}>
      <div className={styles.nodeRow}>
        <button
          type="button"
          className={styles.nodeToggle}
          aria-expanded={expanded}
          aria-controls={expanded ? contentId : undefined}
          onClick={() => onToggle(element.Id, !expanded)}
        >
          <FontAwesomeIcon icon={faChevronRight} className={styles.chevron} />
          <StatusIcon definition={definition} />
          <span className={styles.nodeName}>{element.Name}</span>
        </button>
        <span className={[styles.nodeStatus, statusToneClass(definition.tone)].join(' ')}>
          {definition.label}
        </span>
        <NodeTiming started={element.Started} ended={element.Ended} />
      </div>
      {expanded && (
        <div id={contentId} className={styles.nodeContent}>
          {element.LogElements.length > 0 && <LogLines lines={element.LogElements} />}
          {element.Children.length > 0 && (
            <ul className={styles.children}>
              {element.Children.map((child) => (
                <ActivityNode
                  key={child.Id}
                  element={child}
                  depth={depth + 1}
                  overrides={overrides}
                  longLog={longLog}
                  onToggle={onToggle}
                />
              ))}
            </ul>
          )}
          {empty && <p className={styles.nothing}>Nothing logged yet.</p>}
        </div>
      )}
    </li>
  );
});
